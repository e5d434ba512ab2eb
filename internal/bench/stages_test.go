package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/relate"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/text"
	"github.com/newsgraph/newsgraph/internal/token"
)

// benchCorpus is the corpus of the stage benchmarks: the articles of
// examples/, or the files NEWSGRAPH_BENCH_CORPUS names (a directory or a
// list separated by the path list separator), for example
// ../shared/data/bbc_news.
func benchCorpus(b *testing.B) *Corpus {
	paths := []string{"../../examples"}
	if env := os.Getenv("NEWSGRAPH_BENCH_CORPUS"); env != "" {
		paths = filepath.SplitList(env)
	}
	c, err := LoadCorpus(paths)
	if err != nil {
		b.Fatal(err)
	}
	if len(c.Docs) == 0 {
		b.Skipf("no documents in %s", strings.Join(paths, ", "))
	}
	return c
}

// report sets the bytes of one pass over c and reports words per second.
func report(b *testing.B, c *Corpus) {
	b.ReportMetric(float64(c.Words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// cachedTagger gives the mention finder the spans the tagger found
// before, so that BenchmarkStages/mention measures the finder alone.
type cachedTagger struct {
	spans map[*text.Analysis][][]mention.Span
	a     *text.Analysis
}

func (c *cachedTagger) Spans([][]string) [][]mention.Span { return c.spans[c.a] }

// BenchmarkStages runs each stage of the extraction over the corpus, the
// input of each stage computed beforehand, so that each reads in MB/s of
// document text: segment (sentences), token (tokens and their normal
// forms), tag (the named-entity tagger), mention (the mention finder
// given the tagger's spans), resolve, relate, and extract (the whole
// pipeline, facts included).
func BenchmarkStages(b *testing.B) {
	c := benchCorpus(b)
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	tg, err := extract.EntityTagger()
	if err != nil {
		b.Fatal(err)
	}
	analyses := make([]*text.Analysis, len(c.Docs))
	sents := make([][][]string, len(c.Docs))
	spans := map[*text.Analysis][][]mention.Span{}
	found := make([]*mention.Result, len(c.Docs))
	resolved := make([]*resolve.Result, len(c.Docs))
	ct := &cachedTagger{spans: spans}
	finder := mention.Finder{Tagger: ct}
	for i, d := range c.Docs {
		a := text.Analyze(d)
		analyses[i] = a
		for _, s := range a.Sentences {
			sents[i] = append(sents[i], a.Words[s.T0:s.T1])
		}
		spans[a] = tg.Spans(sents[i])
		ct.a = a
		found[i] = finder.Find(a)
		resolved[i] = resolve.Resolve(a, found[i])
	}
	run := func(name string, fn func(i int)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(c.Bytes)
			b.ReportAllocs()
			for n := 0; n < b.N; n++ {
				for i := range c.Docs {
					fn(i)
				}
			}
			report(b, c)
		})
	}
	var sp []segment.Sentence
	run("segment", func(i int) { sp = segment.AppendSentences(sp[:0], c.Docs[i].Text) })
	var toks []token.Token
	run("token", func(i int) {
		a, t := analyses[i], c.Docs[i].Text
		for _, s := range a.Sentences {
			toks = token.Append(toks[:0], t, s.Start, s.End)
			for _, tk := range toks {
				_ = strings.ToLower(token.Normal(tk.Text(t)))
			}
		}
	})
	run("tag", func(i int) { tg.Spans(sents[i]) })
	run("mention", func(i int) {
		ct.a = analyses[i]
		finder.Find(analyses[i])
	})
	run("resolve", func(i int) { resolve.Resolve(analyses[i], found[i]) })
	run("relate", func(i int) { relate.Find(analyses[i], found[i], resolved[i]) })
	run("extract", func(i int) { x.Extract(c.Docs[i]) })
	run("quads", func(i int) { graph.Quads(x.Extract(c.Docs[i])) })
}

// BenchmarkLoad reads the corpus as ingest reads it: detection, decoding,
// markup, parts.
func BenchmarkLoad(b *testing.B) {
	c := benchCorpus(b)
	paths := []string{"../../examples"}
	if env := os.Getenv("NEWSGRAPH_BENCH_CORPUS"); env != "" {
		paths = filepath.SplitList(env)
	}
	b.SetBytes(c.Bytes)
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		if _, err := LoadCorpus(paths); err != nil {
			b.Fatal(err)
		}
	}
	report(b, c)
}
