package ner

import (
	"bytes"
	"context"
	"errors"
	"os"
	"slices"
	"sync"
	"testing"
	"time"
)

// trainTiny trains a model on testdata/tiny.conll, a file written for
// these tests.
func trainTiny(t testing.TB, opts TrainOptions) *Model {
	t.Helper()
	b, err := os.ReadFile("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	opts.Train = bytes.NewReader(b)
	opts.Dev = bytes.NewReader(b)
	if opts.Epochs == 0 {
		opts.Epochs = 4
	}
	m, err := Train(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func modelBytes(t testing.TB, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTrainDeterministic(t *testing.T) {
	for _, one := range []bool{false, true} {
		a := modelBytes(t, trainTiny(t, TrainOptions{Seed: 7, OneStage: one}))
		b := modelBytes(t, trainTiny(t, TrainOptions{Seed: 7, OneStage: one}))
		if !bytes.Equal(a, b) {
			t.Errorf("one stage %v: two trainings with one seed gave different models", one)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := trainTiny(t, TrainOptions{Seed: 1})
	b := modelBytes(t, m)
	m2, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if b2 := modelBytes(t, m2); !bytes.Equal(b, b2) {
		t.Error("model written, read and written again differs")
	}
	sents := [][]string{
		{"Anna", "Berg", "flew", "to", "Oslo", "."},
		{"KARL", "MOSER", "BEAT", "PEDRO", "SILVA", "."},
		{"Helios", "Bank", "opened", "an", "office", "in", "Unknownville", "."},
	}
	got := m2.TagDocument(sents, nil)
	want := m.TagDocument(sents, nil)
	for s := range sents {
		if !slices.Equal(got[s], want[s]) {
			t.Errorf("sentence %d: decoded model tags %v, trained model %v", s, got[s], want[s])
		}
	}
	// Tagging moves the word scores into the tagger's tables; the model
	// written then is the same.
	if b3 := modelBytes(t, m2); !bytes.Equal(b, b3) {
		t.Error("model written after tagging differs")
	}
	for _, bad := range [][]byte{nil, []byte("not a model"), b[:len(b)/2], append(slices.Clone(b), 0)} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("decoding %d bytes of junk: no error", len(bad))
		}
	}
	if _, err := Decode([]byte("nothing")); !errors.Is(err, ErrFormat) {
		t.Errorf("got %v, want ErrFormat", err)
	}
}

func TestTagTiny(t *testing.T) {
	m := trainTiny(t, TrainOptions{Seed: 1, Epochs: 8})
	tests := []struct {
		words []string
		want  []Span
	}{
		{[]string{"Karl", "Moser", "beat", "Jan", "Olsen", "in", "Vienna", "."}, []Span{{0, 2, PER}, {3, 5, PER}, {6, 7, LOC}}},
		{[]string{"Helios", "Bank", "shares", "rose", "."}, []Span{{0, 2, ORG}}},
		{nil, nil},
	}
	for _, tt := range tests {
		got := Spans(m.Tag(tt.words, nil), nil)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.words, got, tt.want)
		}
	}
}

func TestTagAllocs(t *testing.T) {
	m := trainTiny(t, TrainOptions{Seed: 1})
	tg := m.NewTagger()
	words := []string{"Anna", "Berg", "met", "Somebody", "Newname", "in", "Oslo", "and", "Brussels", "."}
	dst := tg.Tag(words, nil)
	if n := testing.AllocsPerRun(100, func() { dst = tg.Tag(words, dst) }); n != 0 {
		t.Errorf("Tag allocates %v times a call, want 0", n)
	}
	doc := [][]string{words, {"OSLO", "BEAT", "BERG"}, words}
	labels := tg.TagDocument(doc, nil)
	if n := testing.AllocsPerRun(100, func() { labels = tg.TagDocument(doc, labels) }); n != 0 {
		t.Errorf("TagDocument allocates %v times a call, want 0", n)
	}
}

func TestTagConcurrent(t *testing.T) {
	m := trainTiny(t, TrainOptions{Seed: 1})
	words := []string{"Lena", "Fox", "joined", "Blue", "Sky", "Airlines", "."}
	want := m.Tag(words, nil)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var dst []Label
			for range 200 {
				dst = m.Tag(words, dst)
				if !slices.Equal(dst, want) {
					t.Errorf("got %v, want %v", dst, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestDefault(t *testing.T) {
	t0 := time.Now()
	if _, err := Decode(defaultModel); err != nil {
		t.Fatal(err)
	}
	t.Logf("embedded model: %d bytes, decoded in %v", len(defaultModel), time.Since(t0))
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Default()
	if err != nil || m2 != m {
		t.Error("Default does not return the same model twice")
	}
	got := Spans(m.Tag([]string{"German", "Chancellor", "Angela", "Merkel", "met", "NATO", "officials", "in", "Brussels", "."}, nil), nil)
	want := []Span{{0, 1, MISC}, {2, 4, PER}, {5, 6, ORG}, {8, 9, LOC}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// BenchmarkLoad measures decoding the embedded model (Default decodes it
// once per process).
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(defaultModel)))
	for i := 0; i < b.N; i++ {
		if _, err := Decode(defaultModel); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	m := trainTiny(f, TrainOptions{Seed: 1, Epochs: 1, Ensemble: 1, Folds: 2})
	f.Add(modelBytes(f, m))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		m.Tag([]string{"Anna", "Berg", "flew", "to", "Oslo", "."}, nil)
	})
}

// TestTaggerLookup checks the tagger's cache of the vocabulary against
// the model's map, cold and warm, for every known word and some unknown
// ones.
func TestTaggerLookup(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := m.NewTagger()
	words := append([]string{"", "zzqx", "Zzqx-Qq", "a-word-longer-than-nineteen-bytes"}, m.words...)
	for pass := 0; pass < 2; pass++ {
		for _, w := range words {
			k, ok := tg.lookup(w)
			wantK, wantOK := m.vocab[w]
			if ok != wantOK || ok && k != wantK {
				t.Fatalf("pass %d: lookup(%q) = %d, %v; want %d, %v", pass, w, k, ok, wantK, wantOK)
			}
		}
	}
}

// TestGazetteerNameBits checks that the filter of every gazetteer of the
// embedded model lets each of its names through.
func TestGazetteerNameBits(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for i, g := range []*gazetteer{m.gaz, m.lexNames, m.lexTitles} {
		for h := range g.names {
			if !g.mayHaveName(h) {
				t.Fatalf("gazetteer %d: name %x ruled out", i, h)
			}
		}
	}
}
