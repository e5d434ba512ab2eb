package evalgold

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/text"
)

// TestScoreDirFixture scores testdata with the fixture's quads; every count
// below is worked out by hand from testdata/gold and fixture_test.go.
func TestScoreDirFixture(t *testing.T) {
	r, err := ScoreDir(context.Background(), "testdata", fixtureExtractor)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		want  Counts
		preds map[string]Tally
		lines []string
	}{
		{
			name: "alliance-abidjan",
			// ivory_coast, uk, ouattara, abidjan; britain DUP; johnson and
			// african_union (only an untyped node) missing; deal optional.
			want: Counts{Entities: Tally{4, 1, 2}, Relations: Tally{3, 1, 2}, Attributes: Tally{1, 0, 1}},
			preds: map[string]Tally{
				"allied_with": {1, 0, 0}, "leader_of": {1, 0, 1}, "located_in": {0, 1, 0},
				"member_of": {1, 0, 0}, "met_with": {0, 0, 1},
			},
			lines: []string{
				"  entity DUP Country      britain (another node is already uk)",
				"  entity FN  Person       Boris Johnson",
				"  entity FN  Organization African Union",
				"  rel FP     located_in       abidjan -> cote d ivoire/cote d'ivoire",
				"  rel FN     leader_of        johnson -> uk   [British Prime Minister Boris Johnson]",
				"  rel FN     met_with         ouattara -> johnson   [Alassane Ouattara met British Prime Minister Boris Johnson]",
				"  attr FN    title            johnson = ['prime minister']",
			},
		},
		{
			name: "geneva-talks",
			// 8 found, grushko DUP and friday FP, izvestia missing,
			// kiev_city optional.
			want: Counts{Entities: Tally{8, 2, 1}, Relations: Tally{3, 1, 1}, Attributes: Tally{2, 1, 0}},
			preds: map[string]Tally{
				"official_of": {1, 0, 1}, "met_with": {1, 0, 0}, "deputy_of": {1, 0, 0}, "borders": {0, 1, 0},
			},
			lines: []string{
				"  entity DUP Person       grushko (another node is already grushko)",
				"  entity FP  Person       friday",
				"  entity FN  Organization Izvestia",
				"  rel FP     borders          moscow/russia -> ukraine",
				"  rel FN     official_of      blinken -> united_states   [U.S. Secretary of State Antony Blinken]",
				"  attr FP    title            friday = day",
			},
		},
		{
			name: "minsk-signing",
			// minsk typed Country (gold says Place) is an FP and leaves
			// the Place missing; russia missing.
			want: Counts{Entities: Tally{4, 1, 2}, Relations: Tally{5, 1, 1}, Attributes: Tally{2, 0, 0}},
			preds: map[string]Tally{
				"party_to": {2, 1, 1}, "leader_of": {1, 0, 0}, "borders": {1, 0, 0}, "located_in": {1, 0, 0},
			},
			lines: []string{
				"  entity FP  Country      minsk (gold says Place)",
				"  entity FN  Country      Russia",
				"  entity FN  Place        Minsk",
				"  rel FP     party_to         belarus -> accords/minsk agreements",
				"  rel FN     party_to         russia -> minsk_agreements   [signed by Russia and Ukraine]",
			},
		},
	}
	if len(r.Docs) != len(tests) {
		t.Fatalf("got %d documents, want %d", len(r.Docs), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := r.Docs[i]
			if d.Name != tt.name {
				t.Fatalf("got document %q, want %q", d.Name, tt.name)
			}
			if d.Err != nil {
				t.Errorf("got error %v", d.Err)
			}
			if d.Counts != tt.want {
				t.Errorf("got %+v, want %+v", d.Counts, tt.want)
			}
			if !reflect.DeepEqual(d.PerPredicate, tt.preds) {
				t.Errorf("per predicate: got %v, want %v", d.PerPredicate, tt.preds)
			}
			if got := strings.Join(d.Lines, "\n"); got != strings.Join(tt.lines, "\n") {
				t.Errorf("got lines\n%s\nwant\n%s", got, strings.Join(tt.lines, "\n"))
			}
		})
	}

	wantTotal := Counts{Entities: Tally{16, 4, 5}, Relations: Tally{11, 3, 4}, Attributes: Tally{5, 1, 1}}
	if r.Total != wantTotal {
		t.Errorf("total: got %+v, want %+v", r.Total, wantTotal)
	}
	var table bytes.Buffer
	if err := r.WriteTable(&table, false); err != nil {
		t.Fatal(err)
	}
	wantTable := `alliance-abidjan                         entities F1 0.727  relations F1 0.667 (P 0.75 R 0.60)  attributes F1 0.667
geneva-talks                             entities F1 0.842  relations F1 0.750 (P 0.75 R 0.75)  attributes F1 0.800
minsk-signing                            entities F1 0.727  relations F1 0.833 (P 0.83 R 0.83)  attributes F1 1.000
per predicate (tp/fp/fn): allied_with 1/0/0, borders 1/1/0, deputy_of 1/0/0, leader_of 2/0/1, located_in 1/1/0, member_of 1/0/0, met_with 1/0/1, official_of 1/0/1, party_to 2/1/1
TOTAL entities P 0.800 R 0.762 F1 0.780 | relations P 0.786 R 0.733 F1 0.759 | attributes P 0.833 R 0.833 F1 0.833
`
	if table.String() != wantTable {
		t.Errorf("got table\n%s\nwant\n%s", table.String(), wantTable)
	}

	var js bytes.Buffer
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Docs []struct {
			Doc         string  `json:"doc"`
			EntityF1    float64 `json:"entity_f1"`
			RelationF1  float64 `json:"relation_f1"`
			AttributeF1 float64 `json:"attribute_f1"`
		} `json:"docs"`
		Entities, Relations, Attributes map[string]float64
		PerPredicate                    map[string]map[string]float64 `json:"per_predicate"`
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatalf("%v:\n%s", err, js.String())
	}
	if d := got.Docs[1]; d.Doc != "geneva-talks" || d.EntityF1 != 0.842 || d.RelationF1 != 0.75 || d.AttributeF1 != 0.8 {
		t.Errorf("got docs[1] %+v", d)
	}
	for _, c := range []struct {
		name      string
		got, want map[string]float64
	}{
		{"entities", got.Entities, map[string]float64{"p": 0.8, "r": 0.7619, "f": 0.7805}},
		{"relations", got.Relations, map[string]float64{"p": 0.7857, "r": 0.7333, "f": 0.7586}},
		{"attributes", got.Attributes, map[string]float64{"p": 0.8333, "r": 0.8333, "f": 0.8333}},
		{"borders", got.PerPredicate["borders"], map[string]float64{"p": 0.5, "r": 1, "f": 0.6667}},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	if !strings.Contains(js.String(), `"entities": {"p": 0.8, "r": 0.7619, "f": 0.7805}`) ||
		!strings.Contains(js.String(), `"deputy_of": {"p": 1.0, "r": 1.0, "f": 1.0}`) {
		t.Errorf("not in score.py's layout:\n%s", js.String())
	}
}

func TestScoreDirErrors(t *testing.T) {
	gold := `{"doc": "a.txt", "entities": [{"id": "x", "type": "Person", "names": ["X"]}], "relations": []}`
	tests := []struct {
		name    string
		files   map[string]string
		wantErr string // "" for a report
	}{
		{"no gold directory", map[string]string{"docs/a.txt": "X."}, "gold"},
		{"no gold files", map[string]string{"gold/README": "", "docs/a.txt": "X."}, "no gold files"},
		{"invalid gold", map[string]string{"gold/a.json": `{"doc": "a.txt", "entities": []}`}, `no "relations"`},
		{"missing document", map[string]string{"gold/a.json": gold}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tt.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			r, err := ScoreDir(context.Background(), dir, fixtureExtractor)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// Scored as an empty graph, with the reason.
			d := r.Docs[0]
			if !errors.Is(d.Err, os.ErrNotExist) {
				t.Errorf("got error %v, want a missing file", d.Err)
			}
			if want := (Counts{Entities: Tally{0, 0, 1}}); d.Counts != want {
				t.Errorf("got %+v, want %+v", d.Counts, want)
			}
		})
	}
}

func TestScoreExtractorError(t *testing.T) {
	failing := ExtractorFunc(func(*text.Document) ([]quad.Quad, error) { return nil, errors.New("boom") })
	r, err := ScoreDir(context.Background(), "testdata", failing)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range r.Docs {
		if d.Err == nil || d.Err.Error() != "boom" || d.Counts.Entities.TP != 0 {
			t.Errorf("%s: got %v %+v, want boom and nothing found", d.Name, d.Err, d.Counts)
		}
	}
}

func TestParseGold(t *testing.T) {
	ents := `"entities": [{"id": "a", "type": "Person", "names": ["A"]}, {"id": "b", "type": "Country", "names": ["B"]}]`
	tests := []struct {
		name, json, wantErr string
	}{
		{"minimal", `{"doc": "d.txt", "entities": [], "relations": []}`, ""},
		{"lists and flags", `{"doc": "d.txt", ` + ents + `, "relations": [{"s": ["a", "b"], "p": "party_to", "o": "a", "optional": 1}], "attributes": [{"s": "a", "p": "title", "o": "x"}]}`, ""},
		{"not JSON", `{"doc": `, "unexpected end"},
		{"no doc", `{"entities": [], "relations": []}`, `no "doc"`},
		{"no entities", `{"doc": "d.txt", "relations": []}`, `no "entities"`},
		{"entity without type", `{"doc": "d.txt", "entities": [{"id": "a", "names": []}], "relations": []}`, `needs an "id" and a "type"`},
		{"unknown entity", `{"doc": "d.txt", ` + ents + `, "relations": [{"s": "a", "p": "met_with", "o": "c"}]}`, "unknown entity c"},
		{"unknown predicate", `{"doc": "d.txt", ` + ents + `, "relations": [{"s": "a", "p": "likes", "o": "b"}]}`, "unknown predicate likes"},
		{"bad attribute", `{"doc": "d.txt", ` + ents + `, "relations": [], "attributes": [{"s": "a", "p": "age", "o": "3"}]}`, "bad attribute a age"},
		{"s neither string nor list", `{"doc": "d.txt", ` + ents + `, "relations": [{"s": 1, "p": "met_with", "o": "b"}]}`, "want a string or a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold("g.json", []byte(tt.json))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("got error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("got error %v, want one with %q", err, tt.wantErr)
			}
		})
	}
}

func TestNorm(t *testing.T) {
	// Expected values are score.py's norm() and norm_value().
	tests := []struct{ in, want string }{
		{"The Kremlin", "kremlin"},
		{"Russia\u2019s", "russia"},
		{"  Vladimir   Putin ", "vladimir putin"},
		{"C\u00f4te d\u2019Ivoire", "cote d'ivoire"},
		{`"NATO"`, "nato"},
		{"\u201cthe alliance\u201d", "alliance"},
		{"Stra\u00dfe", "strasse"},
		{"war\u2014peace", "war peace"},
		{"Moscow\u2013Kiev", "moscow-kiev"},
		{"the", "the"},
		{"Theresa May", "theresa may"},
		{"BOSS'S", "boss"},
		{"the the end", "the end"},
		{"\u0130stanbul", "istanbul"},
		{"\ufb01nance", "finance"},
		{"ABC\tdef\nghi", "abc def ghi"},
		{"U.S.", "u.s."},
		{"\u13a0\uab70", "\u13a0\u13a0"}, // Cherokee folds to upper case
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Norm(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	values := []struct{ in, want string }{
		{"Deputy Foreign Minister", "deputy foreign minister"},
		{"secretary-general.", "secretary-general"},
		{"2015-02-12", "2015-02-12"},
		{"\u201cpresident\u201d", "president"},
		{"Prime  Minister (acting)", "prime minister acting"},
		{"N\u00b0 1", "n 1"},
		{"foo_bar", "foo_bar"},
		{"a, b; c", "a b c"},
	}
	for _, tt := range values {
		t.Run("value "+tt.in, func(t *testing.T) {
			if got := NormValue(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTermNames(t *testing.T) {
	tests := []struct{ in, local, snake string }{
		{"<https://newsgraph.dev/ns/person/vladimir_putin>", "vladimir_putin", "vladimir_putin"},
		{"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "type", "type"},
		{"<rdf:type>", "type", "type"},
		{"<http://www.w3.org/2004/02/skos/core#altLabel>", "altLabel", "alt_label"},
		{"<leader_of>", "leader_of", "leader_of"},
		{"<ex:Leader-Of>", "Leader-Of", "leader_of"},
		{"<ex:ABCDef>", "ABCDef", "abcdef"},
		{"<ex:a1B>", "a1B", "a1_b"},
		{"_:person", "person", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := localName(tt.in); got != tt.local {
				t.Errorf("localName: got %q, want %q", got, tt.local)
			}
			if got := snake(localName(tt.in)); got != tt.snake {
				t.Errorf("snake: got %q, want %q", got, tt.snake)
			}
		})
	}
}

func TestPythonFormats(t *testing.T) {
	floats := []struct {
		x      float64
		places int
		want   string
	}{
		{1, 4, "1.0"}, {0, 3, "0.0"}, {2.0 / 3, 4, "0.6667"}, {0.0625, 3, "0.062"}, {0.1875, 3, "0.188"},
		{0.99995, 4, "1.0"}, {0.00005, 4, "0.0001"}, {0.5, 3, "0.5"},
	}
	for _, tt := range floats {
		if got := pyFloat(tt.x, tt.places); got != tt.want {
			t.Errorf("pyFloat(%v, %d): got %s, want %s", tt.x, tt.places, got, tt.want)
		}
	}
	strs := []struct{ in, want string }{
		{"ukraine-talks", `"ukraine-talks"`}, {"côte\t\"x\"", `"c\u00f4te\t\"x\""`}, {"𝔸", `"\ud835\udd38"`},
	}
	for _, tt := range strs {
		if got := pyString(tt.in); got != tt.want {
			t.Errorf("pyString(%q): got %s, want %s", tt.in, got, tt.want)
		}
	}
	stems := []struct{ in, want string }{
		{"a.txt", "a"}, {"a.b.txt", "a.b"}, {".hidden", ".hidden"}, {"..x", "..x"}, {"dir.d/a", "dir.d/a"}, {"noext", "noext"},
	}
	for _, tt := range stems {
		if got := stem(tt.in); got != tt.want {
			t.Errorf("stem(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := pyList([]string{"prime minister", "it's"}); got != `['prime minister', "it's"]` {
		t.Errorf("pyList: got %s", got)
	}
}
