package ner

import (
	"slices"
	"strings"
	"testing"
)

func labels(s string) []Label {
	var out []Label
	for _, f := range strings.Fields(s) {
		l, ok := ParseLabel(f)
		if !ok {
			panic("bad label " + f)
		}
		out = append(out, l)
	}
	return out
}

func TestParseLabel(t *testing.T) {
	tests := []struct {
		in   string
		want Label
		ok   bool
	}{
		{"O", O, true},
		{"B-PER", BPER, true},
		{"I-PER", IPER, true},
		{"B-ORG", BORG, true},
		{"I-LOC", ILOC, true},
		{"I-MISC", IMISC, true},
		{"E-PER", O, false},
		{"B-GPE", O, false},
		{"PER", O, false},
		{"", O, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseLabel(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %v, %v, want %v, %v", got, ok, tt.want, tt.ok)
			}
			if ok && got.String() != tt.in {
				t.Errorf("got String %q, want %q", got.String(), tt.in)
			}
		})
	}
}

func TestToIOB2(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER I-PER", "B-PER B-PER I-PER"},
		{"I-ORG I-LOC", "B-ORG B-LOC"},
		{"B-MISC I-MISC", "B-MISC I-MISC"},
		{"O O", "O O"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ToIOB2(labels(tt.in)); !slices.Equal(got, labels(tt.want)) {
				t.Errorf("got %v, want %v", got, labels(tt.want))
			}
		})
	}
}

func TestSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []Span
	}{
		{"B-PER I-PER O B-LOC", []Span{{0, 2, PER}, {3, 4, LOC}}},
		{"B-PER B-PER", []Span{{0, 1, PER}, {1, 2, PER}}},
		{"I-ORG I-ORG", []Span{{0, 2, ORG}}},
		{"B-ORG I-LOC", []Span{{0, 1, ORG}, {1, 2, LOC}}},
		{"O B-MISC", []Span{{1, 2, MISC}}},
		{"O O", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Spans(labels(tt.in), nil); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLabelTypes(t *testing.T) {
	for ty := PER; ty <= MISC; ty++ {
		if b := Begins(ty); b.Type() != ty || !b.Begin() {
			t.Errorf("Begins(%v) = %v", ty, b)
		}
		if i := Inside(ty); i.Type() != ty || i.Begin() {
			t.Errorf("Inside(%v) = %v", ty, i)
		}
		if got, ok := ParseType(ty.String()); got != ty || !ok {
			t.Errorf("ParseType(%q) = %v, %v", ty.String(), got, ok)
		}
	}
	if O.Type() != None || Begins(None) != O || Inside(None) != O {
		t.Error("O is not of type None")
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nA x y B-PER\nb x y O\n\n\nC x y I-LOC\n-DOCSTART- -X- -X- O\nD x y O\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("got %d documents, want 2 with 2 and 1 sentences", len(docs))
	}
	if got := docs[0].Sentences[0].Words; !slices.Equal(got, []string{"A", "b"}) {
		t.Errorf("got words %q", got)
	}
	tags, err := docs[0].Sentences[1].Column(-1)
	if err != nil || !slices.Equal(tags, []string{"I-LOC"}) {
		t.Errorf("got tags %q, %v", tags, err)
	}
	if !docs[1].DocStart {
		t.Error("second document has no -DOCSTART-")
	}
}
