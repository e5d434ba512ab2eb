package main

// Tests that run newsgraph as a real process: killed, interrupted, run
// twice on one store, given damaged stores, unreadable files, a terminal.
// The test binary is newsgraph when NEWSGRAPH_TEST_MAIN is set (TestMain).

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

func TestMain(m *testing.M) {
	if os.Getenv("NEWSGRAPH_TEST_MAIN") == "1" {
		if uid := os.Getenv("NEWSGRAPH_TEST_UID"); uid != "" {
			// Drop root's rights, so that unreadable files are.
			n, _ := strconv.Atoi(uid)
			if err := syscall.Setgid(n); err != nil {
				panic(err)
			}
			if err := syscall.Setuid(n); err != nil {
				panic(err)
			}
		}
		main()
		return
	}
	os.Exit(m.Run())
}

// newsgraph returns the command that runs newsgraph with args.
func newsgraph(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_MAIN=1")
	return cmd
}

// runProcess runs newsgraph and returns its exit code and output.
func runProcess(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := newsgraph(args...)
	var out, errOut bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(stdin), &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
}

// corpus writes n articles, each naming its people in full, and returns
// their directory.
func corpus(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	for i := 0; i < n; i++ {
		text := strings.NewReplacer("Friday", fmt.Sprintf("day %d", i), "Geneva", []string{"Geneva", "Vienna", "Helsinki", "Minsk"}[i%4]).Replace(article)
		writeFile(t, dir, fmt.Sprintf("%03d.txt", i), fmt.Sprintf("Report %d\n\n%s\nRussia and Ukraine signed the Minsk agreements in %d.\n", i, text, 1990+i))
	}
	return dir
}

// documentQuads returns, per document of the store at db, its quads (but
// the time it was ingested at), sorted.
func documentQuads(t *testing.T, db string) map[string][]string {
	t.Helper()
	st, err := graph.Open(context.Background(), db, graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := map[string][]string{}
	st.EachQuad(context.Background(), func(q quad.Quad) error {
		if q.Label != nil && q.Predicate != graph.IngestedAt.IRI() {
			l := q.Label.String()
			docs[l] = append(docs[l], q.NQuad())
		}
		return nil
	})
	for _, qs := range docs {
		sort.Strings(qs)
	}
	return docs
}

// checkStore runs newsgraph check on db and fails when it does.
func checkStore(t *testing.T, db string) {
	t.Helper()
	code, out, errOut := runProcess(t, "", "check", "--db", db)
	if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), ": ok") {
		t.Fatalf("check: exit %d\n%s%s", code, out, errOut)
	}
}

// expectedQuads returns, per document, the quads ingest writes for the
// files of dir (but the time of the ingest), as documentQuads reads them.
func expectedQuads(t *testing.T, dir string, into map[string][]string) {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		err := text.LoadParts(f, 0, func(doc *text.Document) error {
			// The store holds a quad once, however often it is written.
			set := map[string]bool{}
			for _, q := range graph.Quads(x.Extract(doc)) {
				if q.Label != nil && q.Predicate != graph.IngestedAt.IRI() {
					set[q.NQuad()] = true
				}
			}
			var qs []string
			for q := range set {
				qs = append(qs, q)
			}
			sort.Strings(qs)
			into[graph.DocID(doc.Hash)] = qs
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestKilled kills ingest with SIGKILL at random moments, again and again,
// on one store, while the files change between the runs (new files,
// changed files, a large file growing and shrinking): after each kill the
// store opens, passes check and holds only whole documents, each exactly
// as ingest writes it; running the same ingest to the end completes it,
// with nothing but the files' last versions. It runs on every embedded
// backend: the default for 8 rounds, the others for 3 (NEWSGRAPH_KILL_ROUNDS
// sets the number for all).
func TestKilled(t *testing.T) {
	for _, backend := range graph.EmbeddedBackends() {
		t.Run(backend, func(t *testing.T) {
			t.Parallel()
			rounds := 3
			if backend == graph.DefaultBackend && !testing.Short() {
				rounds = 8
			}
			if n, err := strconv.Atoi(os.Getenv("NEWSGRAPH_KILL_ROUNDS")); err == nil {
				rounds = n
			}
			testKilled(t, backend+":"+filepath.Join(t.TempDir(), "killed.db"), rounds)
		})
	}
}

// exists reports whether there is a file or directory at path.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func testKilled(t *testing.T, db string, rounds int) {
	in := filepath.Join(t.TempDir(), "in")
	want := map[string][]string{} // every version of every document
	writeVersion := func(round int) {
		for i := 0; i < 60; i++ {
			if i%3 != round%3 && round > 0 {
				continue // a third of the files change each round
			}
			text := strings.NewReplacer("Friday", fmt.Sprintf("day %d", round), "Geneva", []string{"Geneva", "Vienna", "Helsinki", "Minsk"}[(i+round)%4]).Replace(article)
			writeFile(t, in, fmt.Sprintf("%03d.txt", i), fmt.Sprintf("Report %d, version %d\n\n%s", i, round, text))
		}
		// A file of several parts, so that a kill falls between parts, and
		// of fewer parts every other round.
		var big strings.Builder
		size := (3 + round%2*2) * text.PartSize / 2
		for i := 0; big.Len() < size; i++ {
			fmt.Fprintf(&big, "Story %d of version %d\n\nRussian Foreign Minister Sergey Lavrov met Antony Blinken in Geneva on day %d. Lavrov's deputy, Alexander Grushko, was there.\n\n", i, round/2, i)
		}
		writeFile(t, in, "zz-big.txt", big.String())
		expectedQuads(t, in, want)
	}
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	made := false // whether an ingest has finished making the store
	for round := 0; round < rounds; round++ {
		writeVersion(round)
		cmd := newsgraph("ingest", "--db", db, in)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(r.Intn(1500)) * time.Millisecond
		if os.Getenv("ZZ_NOKILL") != "" {
			delay = time.Hour
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			t.Logf("round %d: ingest ended before the kill (%v)", round, err)
		case <-time.After(delay):
			cmd.Process.Kill()
			<-done
		}
		if _, dir, _ := strings.Cut(db, ":"); !made && (!exists(dir) || exists(filepath.Join(dir, ".creating"))) {
			// Killed before the store was made, or while it was made
			// (in any round until one ingest has made it): the next
			// ingest makes it. Once made, a store never goes back to
			// this state, and check below would fail.
			t.Logf("round %d: killed after %v, before the store was made", round, delay)
			continue
		}
		made = true
		checkStore(t, db)
		got := documentQuads(t, db)
		for d, qs := range got {
			if strings.Join(qs, "\n") != strings.Join(want[strings.Trim(d, "<>")], "\n") {
				t.Fatalf("round %d (killed after %v): document %s is not whole: %d quads, want %d", round, delay, d, len(qs), len(want[strings.Trim(d, "<>")]))
			}
		}
		t.Logf("round %d: killed after %v with %d documents", round, delay, len(got))
	}
	code, out, errOut := runProcess(t, "", "ingest", "--db", db, in)
	if code != 0 {
		t.Fatalf("ingest after the kills: exit %d\n%s%s", code, out, errOut)
	}
	checkStore(t, db)
	last := map[string][]string{}
	expectedQuads(t, in, last)
	got := documentQuads(t, db)
	if len(got) != len(last) {
		t.Errorf("after the kills: %d documents, want the %d of the files' last versions", len(got), len(last))
	}
	for d, qs := range last {
		if strings.Join(got["<"+d+">"], "\n") != strings.Join(qs, "\n") {
			t.Errorf("after the kills, document %s differs", d)
		}
	}
}

// TestInterrupt sends SIGINT to ingest: it finishes the document it is
// writing, prints the summary and how far it got, and exits with 1; the
// store passes check; running it again ingests the rest.
func TestInterrupt(t *testing.T) {
	t.Parallel()
	in := corpus(t, 40)
	db := filepath.Join(t.TempDir(), "test.db")
	cmd := newsgraph("ingest", "-v", "--db", db, in)
	var out bytes.Buffer
	cmd.Stdout = &out
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt once three documents are written.
	var written []string
	var errLines []string
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		line := sc.Text()
		errLines = append(errLines, line)
		if strings.HasPrefix(line, "added ") {
			written = append(written, strings.SplitN(strings.TrimPrefix(line, "added "), ":", 2)[0])
			if len(written) == 3 {
				cmd.Process.Signal(os.Interrupt)
			}
		}
	}
	err = cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("exit %d (%v), want 1\n%s", code, err, strings.Join(errLines, "\n"))
	}
	// The process goes on writing while the lines reach the test: the
	// signal arrives some documents after the third. It then finishes the
	// document it is writing, or starts no other.
	if len(written) < 3 || len(written) == 40 {
		t.Fatalf("%d documents written: the interrupt did not stop ingest", len(written))
	}
	last := errLines[len(errLines)-1]
	lastDoc := written[len(written)-1]
	var done int
	if _, err := fmt.Sscanf(last, "newsgraph: ingest: interrupted after %d of 40 files", &done); err != nil || (done != len(written) && done != len(written)-1) {
		t.Errorf("last line %q: want interrupted after %d or %d files", last, len(written)-1, len(written))
	}
	if want := fmt.Sprintf(" of 40 files (last document written: %s); run the same command again to ingest the rest", lastDoc); !strings.HasSuffix(last, want) {
		t.Errorf("last line\n%s\nwant it to end with\n%s", last, want)
	}
	if !strings.Contains(out.String(), fmt.Sprintf("ingested %d document(s)", len(written))) {
		t.Errorf("summary:\n%s", out.String())
	}
	checkStore(t, db)
	if n := len(documentQuads(t, db)); n != len(written) {
		t.Errorf("the store has %d documents, ingest said %d", n, len(written))
	}
	code, outAgain, errOut := runProcess(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(outAgain, fmt.Sprintf("%d added, %d unchanged", 40-len(written), len(written))) {
		t.Errorf("again: exit %d\n%s%s", code, outAgain, errOut)
	}
}

// locked reports whether a process holds the store directory's lock.
func locked(dir string) bool {
	f, err := os.Open(dir)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return true
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}

// TestStoreInUse opens a store that another newsgraph process holds: the
// second process stops after its 5-second wait with a clear message, and
// goes on once the first one is done.
func TestStoreInUse(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "test.db")
	// The first process holds the store while it reads standard input.
	first := newsgraph("ingest", "--db", db, "-")
	stdin, err := first.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var firstOut bytes.Buffer
	first.Stdout, first.Stderr = &firstOut, &firstOut
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	defer first.Process.Kill()
	for deadline := time.Now().Add(10 * time.Second); !locked(db); {
		if time.Now().After(deadline) {
			t.Fatal("the first process did not open the store")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, args := range [][]string{{"stats", "--db", db}, {"ingest", "--db", db, "-"}, {"check", "--db", db}} {
		start := time.Now()
		code, _, errOut := runProcess(t, article, args...)
		d := time.Since(start)
		if code != 1 || !strings.Contains(errOut, "store is in use by another newsgraph process (waited 5s)") {
			t.Errorf("%s: exit %d: %s", args[0], code, errOut)
		}
		if d < 5*time.Second || d > 15*time.Second {
			t.Errorf("%s: gave up after %v, want 5s", args[0], d)
		}
	}
	stdin.Write([]byte(article))
	stdin.Close()
	if err := first.Wait(); err != nil {
		t.Fatalf("first process: %v\n%s", err, firstOut.String())
	}
	if code, out, errOut := runProcess(t, "", "stats", "--db", db); code != 0 || !strings.Contains(out, "documents") {
		t.Errorf("stats after: exit %d\n%s%s", code, out, errOut)
	}
}

// TestBadStore gives newsgraph things that are not stores, and damaged
// stores, as --db: every command stops with a clear error and leaves them
// as they were.
func TestBadStore(t *testing.T) {
	t.Parallel()
	good := filepath.Join(t.TempDir(), "good.db")
	if code, out, errOut := runProcess(t, "", "ingest", "--db", good, corpus(t, 5)); code != 0 {
		t.Fatalf("ingest: %d\n%s%s", code, out, errOut)
	}
	boltData, err := os.ReadFile(filepath.Join(good, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		make  func(dir string) string
		want  string
		check bool // only check (which reads every page) finds it
	}{
		{"a text file", func(dir string) string {
			return writeFile(t, dir, "notes.txt", article)
		}, "not a newsgraph store (a file, not a store directory: --db names the directory that holds indexes.bolt)", false},
		{"a directory of other files", func(dir string) string {
			writeFile(t, dir, "docs/a.txt", article)
			return filepath.Join(dir, "docs")
		}, "not a newsgraph store (a directory without indexes.bolt)", false},
		{"garbage", func(dir string) string {
			writeFile(t, dir, "g.db/indexes.bolt", strings.Repeat("garbage!", 20000))
			return filepath.Join(dir, "g.db")
		}, "damaged store: indexes.bolt: invalid database", false},
		{"truncated", func(dir string) string {
			writeFile(t, dir, "t.db/indexes.bolt", string(boltData[:len(boltData)/2]))
			return filepath.Join(dir, "t.db")
		}, "damaged store: indexes.bolt is truncated", false},
		{"pages overwritten", func(dir string) string {
			b := append([]byte(nil), boltData...)
			r := rand.New(rand.NewSource(2))
			for i := 4 * 4096; i < len(b); i++ {
				b[i] = byte(r.Intn(256))
			}
			writeFile(t, dir, "p.db/indexes.bolt", string(b))
			return filepath.Join(dir, "p.db")
		}, "damaged store: indexes.bolt", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := tc.make(t.TempDir())
			before := snapshotFiles(t, db)
			commands := [][]string{{"check", "--db", db}}
			if !tc.check {
				commands = append(commands, []string{"ingest", "--db", db, "-"}, []string{"stats", "--db", db}, []string{"query", "--db", db, "g.V().All()"})
			}
			for _, args := range commands {
				code, _, errOut := runProcess(t, article, args...)
				if code != 1 || !strings.Contains(errOut, "newsgraph: open store "+db+": "+tc.want) || strings.Contains(errOut, "panic") || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
					t.Errorf("%s: exit %d, stderr:\n%s\nwant one line with %q", args[0], code, errOut, tc.want)
				}
			}
			if after := snapshotFiles(t, db); after != before {
				t.Errorf("the --db was changed")
			}
		})
	}
}

// snapshotFiles describes the files at path: names, sizes, times and
// contents.
func snapshotFiles(t *testing.T, path string) string {
	var b strings.Builder
	filepath.Walk(path, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		data := []byte{}
		if !fi.IsDir() {
			data, _ = os.ReadFile(p)
		}
		fmt.Fprintf(&b, "%s %v %d %s %x\n", p, fi.Mode(), fi.Size(), fi.ModTime(), data)
		return nil
	})
	return b.String()
}

// TestUnreadable ingests a file and a directory that cannot be read (as
// an ordinary user, when the tests run as root): both are skipped with
// their reason, the rest is ingested, the exit code is 3.
func TestUnreadable(t *testing.T) {
	t.Parallel()
	top, err := os.MkdirTemp("", "newsgraph-unreadable-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(top)
	os.Chmod(top, 0o777)
	in := filepath.Join(top, "in")
	writeFile(t, in, "a.txt", article)
	writeFile(t, in, "secret.txt", article+"Secret.")
	writeFile(t, in, "closed/b.txt", article+"Closed.")
	os.Chmod(in, 0o755)
	os.Chmod(filepath.Join(in, "secret.txt"), 0)
	os.Chmod(filepath.Join(in, "closed"), 0)
	defer os.Chmod(filepath.Join(in, "closed"), 0o755)
	cmd := newsgraph("ingest", "--db", filepath.Join(top, "db"), in)
	if os.Geteuid() == 0 {
		cmd.Env = append(cmd.Env, "NEWSGRAPH_TEST_UID=65534")
		exe := filepath.Join(top, "newsgraph.test")
		data, err := os.ReadFile(os.Args[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(exe, data, 0o755); err != nil {
			t.Fatal(err)
		}
		cmd.Path = exe
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 3 {
		t.Errorf("exit %d, want 3\n%s%s", code, out.String(), errOut.String())
	}
	for _, want := range []string{
		"skip " + filepath.Join(in, "closed") + ": permission denied\n",
		"skip " + filepath.Join(in, "secret.txt") + ": permission denied\n",
	} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
		}
	}
	if !strings.Contains(out.String(), "1 added") || !strings.Contains(out.String(), "2 skipped") {
		t.Errorf("summary:\n%s", out.String())
	}
}

// openPTY opens a pseudo-terminal: the master to read what is written to
// the terminal, the slave to give a process as its terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlockpt: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("ptsname: %v", e)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open the terminal: %v", err)
	}
	return m, s
}

// TestProgress runs ingest with its standard error on a terminal: a
// progress line is drawn and erased there; on a file, there is none.
func TestProgress(t *testing.T) {
	t.Parallel()
	in := corpus(t, 20)
	writeFile(t, in, "zz-empty.txt", "")
	master, slave := openPTY(t)
	defer master.Close()
	cmd := newsgraph("ingest", "--db", filepath.Join(t.TempDir(), "test.db"), in)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, slave
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	var term bytes.Buffer
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			term.Write(buf[:n])
			if err != nil {
				return
			}
		}
	}()
	cmd.Wait()
	wg.Wait()
	got := term.String()
	if !strings.Contains(got, "\r\033[K[1/21 files, 0%] 0 documents, 0 skipped") || !strings.Contains(got, "skip "+filepath.Join(in, "zz-empty.txt")+": not text: empty file") || !strings.Contains(got, "\r\033[K[21/21 files, 95%] 20 documents, 1 skipped") || !strings.HasSuffix(got, "\r\033[Knewsgraph: 1 input(s) skipped: some inputs were skipped\r\n") {
		t.Errorf("terminal:\n%q", got)
	}
	if strings.Contains(out.String(), "\r") {
		t.Errorf("progress on standard output:\n%q", out.String())
	}

	// Standard error is a file: skipped files only, no progress.
	var errOut bytes.Buffer
	cmd = newsgraph("ingest", "--db", filepath.Join(t.TempDir(), "test.db"), in)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.Run()
	if want := "skip " + filepath.Join(in, "zz-empty.txt") + ": not text: empty file\nnewsgraph: 1 input(s) skipped: some inputs were skipped\n"; errOut.String() != want {
		t.Errorf("stderr %q, want %q", errOut.String(), want)
	}
}

// rssAnon returns the anonymous memory of a process, in bytes: its heap
// and stacks, not the store file it maps.
func rssAnon(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "RssAnon:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// peakMemory runs newsgraph and returns its exit code, output and the
// most anonymous memory it held, sampled every 10 ms.
func peakMemory(t *testing.T, args ...string) (int, string, int64) {
	t.Helper()
	cmd := newsgraph(args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var peak int64
	go func() {
		for {
			if m := rssAnon(cmd.Process.Pid); m > peak {
				peak = m
			}
			select {
			case <-done:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	cmd.Wait()
	close(done)
	return cmd.ProcessState.ExitCode(), out.String(), peak
}

// bigText writes a file of about size bytes of news text, every story
// different, and returns its path.
func bigText(t *testing.T, dir string, size int) string {
	t.Helper()
	path := filepath.Join(dir, "big.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	places := []string{"Geneva", "Vienna", "Helsinki", "Minsk", "Brussels", "Warsaw"}
	for i, n := 0, 0; n < size; i++ {
		k, _ := fmt.Fprintf(w, "Report %d\n\nRussian Foreign Minister Sergey Lavrov met with Antony Blinken, the U.S. secretary of state, in %s on day %d.\nLavrov's deputy, Alexander Grushko, said the talks of day %d would go on. Poland, the Czech Republic and Hungary joined NATO in %d.\n\n", i, places[i%len(places)], i, i, 1000+i%1000)
		n += k
	}
	w.Flush()
	f.Close()
	return path
}

// maxMemory is the bound on the anonymous memory of an ingest, whatever
// the size of its files and their number: one document (at most
// text.PartSize of text) and its facts at a time.
const maxMemory = 300 << 20

// TestMemory ingests a 4 MB file (64 parts) and a directory of 1,000
// files and measures the memory the process holds: under maxMemory, and
// no more for the larger input. NEWSGRAPH_BIG=1 runs the sizes: a
// 200 MB file and 10,000 files (minutes).
func TestMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("measures memory over large inputs")
	}
	size, files := 4<<20, 1000
	if os.Getenv("NEWSGRAPH_BIG") == "1" {
		size, files = 200<<20, 10000
	}
	dir := t.TempDir()
	path := bigText(t, dir, size)
	start := time.Now()
	code, out, peak := peakMemory(t, "ingest", "--db", filepath.Join(dir, "big.db"), path)
	if code != 0 {
		t.Fatalf("ingest %d MB: exit %d\n%s", size>>20, code, out)
	}
	t.Logf("%d MB in one file: %s, at most %d MB of memory\n%s", size>>20, time.Since(start).Round(time.Second), peak>>20, out)
	if peak > maxMemory {
		t.Errorf("%d MB file: %d MB of memory, want at most %d MB", size>>20, peak>>20, maxMemory>>20)
	}

	many := filepath.Join(dir, "many")
	for i := 0; i < files; i++ {
		writeFile(t, many, fmt.Sprintf("%02d/%05d.txt", i/500, i), fmt.Sprintf("Report %d\n\n%s", i, strings.Replace(article, "Friday", fmt.Sprintf("day %d", i), 1)))
	}
	start = time.Now()
	code, out, peak = peakMemory(t, "ingest", "--db", filepath.Join(dir, "many.db"), many)
	if code != 0 {
		t.Fatalf("ingest %d files: exit %d\n%s", files, code, out)
	}
	t.Logf("%d files: %s, at most %d MB of memory\n%s", files, time.Since(start).Round(time.Second), peak>>20, out)
	if peak > maxMemory {
		t.Errorf("%d files: %d MB of memory, want at most %d MB", files, peak>>20, maxMemory>>20)
	}
}

// TestExtractParts extracts a file larger than a part: the documents are
// the ones ingest stores.
func TestExtractParts(t *testing.T) {
	dir := t.TempDir()
	var big strings.Builder
	for i := 0; big.Len() < 2*text.PartSize+100; i++ {
		fmt.Fprintf(&big, "Report %d\n\n%s\n", i, strings.Replace(article, "Friday", fmt.Sprintf("day %d", i), 1))
	}
	p := writeFile(t, dir, "big.txt", big.String())
	code, out, errOut := runCmd(t, "", "extract", "--format", "json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var paths []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var doc struct{ Doc struct{ Path string } }
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, filepath.Base(doc.Doc.Path))
	}
	if strings.Join(paths, " ") != "big.txt#1 big.txt#2 big.txt#3" {
		t.Errorf("documents %v", paths)
	}
	code, _, errOut = runCmd(t, "", "extract", writeFile(t, dir, "e.txt", ""))
	if code != 3 || errOut != "skip "+filepath.Join(dir, "e.txt")+": not text: empty file\nnewsgraph: 1 input(s) skipped: some inputs were skipped\n" {
		t.Errorf("empty file: exit %d, %q", code, errOut)
	}
}
