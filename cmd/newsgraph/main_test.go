package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// runCmd runs the newsgraph command line and returns its exit code and
// output streams.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), streams{In: strings.NewReader(stdin), Out: &out, Err: &errOut}, args)
	return code, out.String(), errOut.String()
}

// executeFlags runs cmd with args as the root command would, flag errors
// being usage errors, with its output discarded. With wantErr it checks
// that cmd failed with a usage error, else that it did not fail; it
// returns whether cmd ran, for the caller to check the options.
func executeFlags(t *testing.T, cmd *cobra.Command, args []string, wantErr bool) bool {
	t.Helper()
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err.Error()} })
	cmd.SetArgs(args)
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	err := cmd.Execute()
	if wantErr {
		if !errors.As(err, new(*usageError)) {
			t.Errorf("got error %v, want a usage error", err)
		}
		return false
	}
	if err != nil {
		t.Fatal(err)
	}
	return true
}

// writeFile writes a text file into dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const article = `Ministers meet in Geneva

Russian Foreign Minister Sergey Lavrov met with Antony Blinken, the U.S. secretary of state, in Geneva on Friday.
Lavrov's deputy, Alexander Grushko, said the Minsk agreements could still end the war.
The Minsk agreements were signed by Russia and Ukraine in 2015.
`

// ingestArticle ingests the test article into a new store and returns the
// store's path.
func ingestArticle(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, "in/article.txt", article)
	db := filepath.Join(dir, "test.db")
	code, out, errOut := runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, "in"))
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errOut)
	}
	return db
}

func TestIngestSummaryAndIdempotence(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "article.txt", article)
	db := filepath.Join(dir, "test.db")
	code, out, errOut := runCmd(t, "", "ingest", "--db", db, p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"ingested 1 document(s)", "1 added", "Person 3", "deputy_of 1", "party_to 2"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCmd(t, "", "ingest", "--db", db, p)
	if code != 0 || !strings.Contains(out, "1 unchanged") || !strings.Contains(out, "0 quads written") {
		t.Errorf("second ingest: exit %d\n%s", code, out)
	}
	// A changed file replaces its facts: Grushko is gone.
	writeFile(t, dir, "article.txt", "Poland joined NATO in 1999.\n")
	code, out, _ = runCmd(t, "", "ingest", "--db", db, p)
	if code != 0 || !strings.Contains(out, "1 replaced") {
		t.Errorf("changed file: exit %d\n%s", code, out)
	}
	_, out, _ = runCmd(t, "", "entities", "--db", db, "--type", "Person")
	if strings.Contains(out, "Grushko") {
		t.Errorf("replaced document's entities remain:\n%s", out)
	}
	_, out, _ = runCmd(t, "", "stats", "--db", db)
	if !strings.Contains(out, "documents") || !strings.Contains(out, "member_of") {
		t.Errorf("stats:\n%s", out)
	}
}

func TestIngestSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "in/good.txt", article)
	writeFile(t, dir, "in/empty.txt", "")
	writeFile(t, dir, "in/image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	db := filepath.Join(dir, "test.db")
	code, out, errOut := runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, "in"), filepath.Join(dir, "missing.txt"))
	if code != 3 {
		t.Errorf("exit %d, want 3 (partial)", code)
	}
	for _, want := range []string{"empty.txt: not text: empty", "image.png: not text: a PNG image", "missing.txt: no such file"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, "1 added") || !strings.Contains(out, "3 skipped") {
		t.Errorf("summary:\n%s", out)
	}
}

func TestExtractFormats(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "article.txt", article)
	code, out, errOut := runCmd(t, "", "extract", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "<https://newsgraph.dev/ns/deputy_of>") || !strings.Contains(out, `"Alexander Grushko"`) {
		t.Errorf("nquads lack the deputy_of edge:\n%s", out)
	}
	code, out, _ = runCmd(t, "", "extract", "--format", "json", p)
	if code != 0 {
		t.Fatalf("json: exit %d", code)
	}
	var doc struct {
		Entities  []struct{ Name, Type string }
		Relations []struct {
			Subject, Predicate, Object string
			Evidence                   struct{ Sentence string }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("json output: %v\n%s", err, out)
	}
	found := false
	for _, r := range doc.Relations {
		if r.Predicate == "deputy_of" && strings.HasPrefix(r.Evidence.Sentence, "Lavrov's deputy") {
			found = true
		}
	}
	if !found {
		t.Errorf("json lacks deputy_of with its sentence: %+v", doc.Relations)
	}
	code, out, _ = runCmd(t, "", "extract", "--format", "jsonld", p)
	if code != 0 || !json.Valid([]byte(out)) {
		t.Errorf("jsonld: exit %d, valid %v", code, json.Valid([]byte(out)))
	}
	code, _, errOut = runCmd(t, "", "extract", "--format", "xml", p)
	if code != 2 || !strings.Contains(errOut, "unknown --format") {
		t.Errorf("bad format: exit %d, %s", code, errOut)
	}
	code, out, _ = runCmd(t, article, "extract", "-")
	if code != 0 || !strings.Contains(out, "deputy_of") {
		t.Errorf("stdin: exit %d", code)
	}
}

func TestQuery(t *testing.T) {
	db := ingestArticle(t)
	q := `g.V().Has("<name>", "Alexander Grushko").Out("<deputy_of>").Out("<name>").All()`
	code, out, errOut := runCmd(t, "", "query", "--db", db, q)
	if code != 0 || strings.TrimSpace(out) != `{"id":"Sergey Lavrov"}` {
		t.Errorf("exit %d, got %q, %s", code, out, errOut)
	}
	code, out, _ = runCmd(t, "", "query", "--db", db, "--format", "table", q)
	if code != 0 || !strings.Contains(out, "ID") || !strings.Contains(out, "Sergey Lavrov") || !strings.Contains(out, "(1 rows)") {
		t.Errorf("table: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "", "query", "--db", db, "--format", "json", q)
	if code != 0 || !json.Valid([]byte(out)) {
		t.Errorf("json: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "", "query", "--db", db, "--saved", "evidence", "Grushko", "Lavrov")
	if code != 0 || !strings.Contains(out, "Lavrov's deputy, Alexander Grushko") {
		t.Errorf("saved evidence: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "", "query", "--db", db, "--min-confidence", "0.99", "--saved", "evidence", "Grushko", "Lavrov")
	if code != 0 || out != "" {
		t.Errorf("evidence above every statement's confidence: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "", "query", "--db", db, "--min-confidence", "0.5", `g.Emit(MIN_CONFIDENCE)`)
	if code != 0 || strings.TrimSpace(out) != "0.5" {
		t.Errorf("MIN_CONFIDENCE in a script: exit %d, %q", code, out)
	}
	code, out, _ = runCmd(t, "", "query", "--list")
	if code != 0 || !strings.Contains(out, "evidence A B") {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	qf := writeFile(t, t.TempDir(), "q.js", q)
	code, out, _ = runCmd(t, "", "query", "--db", db, "--file", qf)
	if code != 0 || !strings.Contains(out, "Sergey Lavrov") {
		t.Errorf("--file: exit %d\n%s", code, out)
	}
	code, _, errOut = runCmd(t, "", "query", "--db", db, "--timeout", "200ms", "while(true){}")
	if code != 1 || !strings.Contains(errOut, "timeout") {
		t.Errorf("runaway query: exit %d, %s", code, errOut)
	}
	code, _, errOut = runCmd(t, "", "query", "--db", filepath.Join(t.TempDir(), "none.db"), q)
	if code != 1 || !strings.Contains(errOut, "no store") {
		t.Errorf("missing store: exit %d, %s", code, errOut)
	}
	code, _, _ = runCmd(t, "", "query", "--db", db, "--saved", "evidence", "Grushko")
	if code != 2 {
		t.Errorf("saved query with too few arguments: exit %d, want 2", code)
	}
}

func TestEntities(t *testing.T) {
	db := ingestArticle(t)
	code, out, _ := runCmd(t, "", "entities", "--db", db, "--type", "person")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Sergey Lavrov", "Alexander Grushko", "Antony Blinken"} {
		if !strings.Contains(out, want) {
			t.Errorf("entities lack %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Country") {
		t.Errorf("--type person lists other types:\n%s", out)
	}
	code, _, _ = runCmd(t, "", "entities", "--db", db, "--type", "Planet")
	if code != 2 {
		t.Errorf("bad type: exit %d, want 2", code)
	}
}

func TestIngestAcrossDocuments(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	writeFile(t, dir, "1.txt", "Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev.\nGeorge Bush and Jeb Bush said so.\n")
	writeFile(t, dir, "2.txt", "Putin said the talks went well. Bush said otherwise.\n")
	for _, f := range []string{"1.txt", "2.txt"} {
		if code, out, errOut := runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, f)); code != 0 {
			t.Fatalf("ingest %s: exit %d\n%s%s", f, code, out, errOut)
		}
	}
	// One node for Putin, with both documents and the alias.
	_, out, _ := runCmd(t, "", "entities", "--db", db, "--format", "json", "--type", "Person")
	var putin, bush map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		switch e["name"] {
		case "Vladimir Putin":
			putin = e
		case "Bush":
			bush = e
		case "Putin":
			t.Errorf("a second node for Putin: %v", e)
		}
	}
	if putin == nil || putin["documents"] != float64(2) || !strings.Contains(fmt.Sprint(putin["aliases"]), "Putin") {
		t.Errorf("Vladimir Putin across documents: %v", putin)
	}
	if bush == nil {
		t.Fatalf("the ambiguous Bush has no node of its own:\n%s", out)
	}
	q := `g.V("<person/bush>").Out("<possibly_same_as>").Out("<name>").All()`
	_, out, _ = runCmd(t, "", "query", "--db", db, q)
	if !strings.Contains(out, "George Bush") || !strings.Contains(out, "Jeb Bush") {
		t.Errorf("possibly_same_as edges from Bush: %s", out)
	}
	// The first article changes and no longer names the Bushes: 2.txt's
	// edges still point at nodes with a type and a name.
	writeFile(t, dir, "1.txt", "Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev.\n")
	if code, out, errOut := runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, "1.txt")); code != 0 {
		t.Fatalf("re-ingest: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := runCmd(t, "", "check", "--db", db); code != 0 {
		t.Errorf("check after the replacement: exit %d\n%s%s", code, out, errOut)
	}
}
