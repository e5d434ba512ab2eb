package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Phases are the measurements Run can make.
var Phases = []string{"extract", "ingest"}

// Options configure Run.
type Options struct {
	// Paths are the corpus: files and directories, read as ingest reads
	// them.
	Paths []string
	// Phases are the measurements to make, of Phases; all when empty.
	Phases []string
	// DB is the store the ingest phase writes: a new store in a
	// temporary directory (removed after) when "", or when it names an
	// embedded backend and no directory ("badger:"). A store it names
	// must be empty (or absent) with Runs > 1: each run after the first
	// removes what the one before wrote (graph.Remove). With Runs 1, a
	// store that is not empty measures what is left to write.
	DB string
	// Runs is how many times each phase runs; the table gives the median
	// time (1 when 0).
	Runs int
	// Workers is how many documents are extracted at once (all cores when
	// 0).
	Workers int
	// Log, when not nil, gets a line per run.
	Log io.Writer
}

// Result is the measurement of one phase: its median run.
type Result struct {
	Phase string
	// Files, Documents, Words and Bytes measure the corpus (Words as
	// `wc -w` counts them, Bytes of the documents' text).
	Files, Documents int
	Words, Bytes     int64
	// Quads are the quads extracted (extract) or in the store after the
	// ingest (ingest: each stored once, however many documents write it).
	Quads int64
	// Elapsed is the median time of the runs, Times all of them.
	Elapsed time.Duration
	Times   []time.Duration
	// PeakRSS is the most memory the process held during the phase, in
	// bytes (its resident set, VmHWM; for ingest into bbolt or bolt that includes
	// the pages of the store file it read or wrote, which are the
	// kernel's cache), and PeakAnon the part of it that is the process's
	// own heap and stacks (sampled every 20 ms). 0 when unknown.
	PeakRSS, PeakAnon int64
}

// PerSecond returns n per second of the median time.
func (r *Result) PerSecond(n int64) float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(n) / r.Elapsed.Seconds()
}

// Run measures the phases over the corpus: extract reads, extracts and
// writes N-Quads (to nowhere) as `newsgraph extract` does, on Workers
// cores; ingest ingests the corpus into a new store as `newsgraph ingest`
// does.
func Run(ctx context.Context, opts Options) ([]Result, error) {
	phases := opts.Phases
	if len(phases) == 0 {
		phases = Phases
	}
	runs := max(opts.Runs, 1)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	var out []Result
	for _, phase := range phases {
		if phase == "ingest" && runs > 1 && !tempStore(opts.DB) {
			if err := checkEmpty(ctx, opts.DB); err != nil {
				return nil, err
			}
		}
		var all []Result
		for i := 0; i < runs; i++ {
			var r Result
			var err error
			if phase == "ingest" && i > 0 && !tempStore(opts.DB) {
				if err := graph.Remove(ctx, opts.DB); err != nil {
					return out, fmt.Errorf("bench: %w", err)
				}
			}
			peak := startPeak()
			switch phase {
			case "extract":
				r, err = runExtract(ctx, opts.Paths, x, workers)
			case "ingest":
				r, err = runIngest(ctx, opts.Paths, opts.DB, x, workers)
			default:
				return nil, fmt.Errorf("bench: unknown phase %q (%s)", phase, strings.Join(Phases, ", "))
			}
			r.PeakRSS, r.PeakAnon = peak.stop()
			if err != nil {
				return out, fmt.Errorf("bench: %s: %w", phase, err)
			}
			r.Phase = phase
			if opts.Log != nil {
				fmt.Fprintf(opts.Log, "%s run %d: %s, %s words/s, peak %s\n", phase, i+1, r.Elapsed.Round(time.Millisecond), group(int64(r.PerSecond(r.Words))), mb(r.PeakRSS))
			}
			all = append(all, r)
		}
		sort.Slice(all, func(i, j int) bool { return all[i].Elapsed < all[j].Elapsed })
		med := all[len(all)/2]
		for _, r := range all {
			med.Times = append(med.Times, r.Elapsed)
		}
		out = append(out, med)
	}
	return out, nil
}

// corpusCounter counts the documents, words and bytes of a run.
type corpusCounter struct {
	files, docs  int
	words, bytes int64
}

func (c *corpusCounter) event(ev *ingest.Event) {
	switch {
	case ev.Start:
		c.files++
	case ev.Doc != nil:
		c.docs++
		c.words += int64(Words(ev.Doc.Text))
		c.bytes += int64(len(ev.Doc.Text))
	}
}

func (c *corpusCounter) result(elapsed time.Duration) Result {
	return Result{Files: c.files, Documents: c.docs, Words: c.words, Bytes: c.bytes, Elapsed: elapsed}
}

func runExtract(ctx context.Context, paths []string, x *extract.Extractor, workers int) (Result, error) {
	start := time.Now()
	var c corpusCounter
	w := bufio.NewWriter(io.Discard)
	var quads atomic.Int64
	files := ingest.Files(paths, func(string, error) {})
	// As `newsgraph extract` does: N-Quads written in the workers, copied
	// in order.
	xopts := ingest.ExtractOptions{Extractor: x, Workers: workers}
	xopts.Render = func(ev *ingest.Event, w *bytes.Buffer) error {
		n, err := graph.WriteFacts(w, "nquads", ev.Facts)
		quads.Add(int64(n))
		return err
	}
	err := ingest.Extract(ctx, files, xopts, func(ev *ingest.Event) error {
		c.event(ev)
		if ev.Facts == nil {
			return nil
		}
		_, err := w.Write(ev.Output)
		return err
	})
	if err == nil {
		err = w.Flush()
	}
	r := c.result(time.Since(start))
	r.Quads = quads.Load()
	return r, err
}

// tempStore reports whether db asks for a new store in a temporary
// directory: "" (of the default backend) or "badger:" (of that backend).
func tempStore(db string) bool {
	name, dir, ok := strings.Cut(db, ":")
	return db == "" || ok && dir == "" && graph.IsEmbedded(name)
}

// checkEmpty returns an error when there is a store at db that holds
// quads: several runs remove what each wrote.
func checkEmpty(ctx context.Context, db string) error {
	st, err := graph.Open(ctx, db, graph.OpenOptions{})
	if errors.Is(err, graph.ErrNoStore) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer st.Close()
	n, err := st.QuadCount(ctx)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("bench: %s holds %d quads: several runs need an empty store, which each run after the first empties (or give --runs 1)", db, n)
	}
	return nil
}

func runIngest(ctx context.Context, paths []string, db string, x *extract.Extractor, workers int) (Result, error) {
	if tempStore(db) {
		dir, err := os.MkdirTemp("", "newsgraph-bench-")
		if err != nil {
			return Result{}, err
		}
		defer os.RemoveAll(dir)
		db += filepath.Join(dir, "bench.db")
	}
	st, err := graph.Open(ctx, db, graph.OpenOptions{Create: true})
	if err != nil {
		return Result{}, err
	}
	defer st.Close()
	before, err := st.QuadCount(ctx)
	if err != nil {
		return Result{}, err
	}
	var c corpusCounter
	var sum *ingest.Summary
	start := time.Now()
	sum, err = ingest.Run(ctx, paths, ingest.Options{Store: st, Extractor: x, Workers: workers})
	elapsed := time.Since(start)
	if err != nil {
		return Result{}, err
	}
	after, err := st.QuadCount(ctx)
	if err != nil {
		return Result{}, err
	}
	// Ingest reports documents and the corpus is the one extract reads:
	// count it the same way.
	c.files = sum.Files
	c.docs = sum.Documents()
	c.words, c.bytes = countWords(ctx, paths)
	r := c.result(elapsed)
	r.Quads = after - before
	return r, nil
}

// countWords counts the words and bytes of the documents of paths.
func countWords(ctx context.Context, paths []string) (words, bytes int64) {
	var c corpusCounter
	files := ingest.Files(paths, func(string, error) {})
	ingest.Extract(ctx, files, ingest.ExtractOptions{Extractor: nopExtractor{}}, func(ev *ingest.Event) error {
		c.event(ev)
		return nil
	})
	return c.words, c.bytes
}

type nopExtractor struct{}

func (nopExtractor) Extract(*text.Document) *graph.Facts { return &graph.Facts{} }

// Machine describes the machine a measurement ran on.
func Machine() string {
	cpu := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	s := fmt.Sprintf("%s/%s, %d cores", runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	if cpu != "" {
		s += " (" + cpu + ")"
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 0 {
			s += ", load average " + f[0]
		}
	}
	return s + ", " + runtime.Version()
}

// WriteTable writes the results as an aligned table.
func WriteTable(w io.Writer, results []Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "phase\tdocuments\twords\tMB\ttime\twords/s\tMB/s\tdocuments/s\tquads\tquads/s\tpeak RSS\t(heap)\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.1f\t%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%s\t\n",
			r.Phase, group(int64(r.Documents)), group(r.Words), float64(r.Bytes)/1e6, seconds(r.Elapsed),
			group(int64(r.PerSecond(r.Words))), r.PerSecond(r.Bytes)/1e6, group(int64(r.PerSecond(int64(r.Documents)))),
			group(r.Quads), group(int64(r.PerSecond(r.Quads))), mb(r.PeakRSS), mb(r.PeakAnon))
	}
	return tw.Flush()
}

func seconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', 2, 64) + " s"
}

func mb(n int64) string {
	if n <= 0 {
		return "?"
	}
	return fmt.Sprintf("%d MB", (n+1<<19)>>20)
}

// group writes n with thousands separated by commas.
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
