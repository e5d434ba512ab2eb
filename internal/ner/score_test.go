package ner

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// testdata/score.conll is written for these tests: token, gold tag (IOB1,
// B- between touching entities of one type) and predicted tag (IOB1 or
// IOB2). The expected counts were worked out by hand:
//
//	Angela Merkel   PER  gold, guessed: correct
//	Emmanuel Macron PER  gold; guessed split in two by B-PER: both wrong
//	Paris           LOC  correct
//	Bank of England ORG  gold; guessed ORG "Bank of" + LOC "England": wrong
//	Reuters         ORG  correct
//	Smith | Jones   PER  two gold (B-PER); guessed as one: wrong
//	German          MISC gold; missed
//	Merkel          PER  correct
//	New York        LOC  correct
//	Monday          MISC guessed; not gold
//	Berlin          LOC  correct, the last line of the file
//
// 33 token lines (with the two -DOCSTART- lines), 28 with the gold tag
// written exactly (Macron, England, Jones, German and Monday differ).
func TestScoreColumns(t *testing.T) {
	f, err := os.Open("testdata/score.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ScoreColumns(f)
	if err != nil {
		t.Fatal(err)
	}
	if s.Tokens != 33 || s.CorrectTags != 28 {
		t.Errorf("got %d tokens, %d correct tags, want 33, 28", s.Tokens, s.CorrectTags)
	}
	want := map[string]Counts{
		"PER":     {Gold: 5, Guessed: 5, Correct: 2},
		"LOC":     {Gold: 3, Guessed: 4, Correct: 3},
		"ORG":     {Gold: 2, Guessed: 2, Correct: 1},
		"MISC":    {Gold: 1, Guessed: 1, Correct: 0},
		"overall": {Gold: 11, Guessed: 12, Correct: 6},
	}
	for name, w := range want {
		t.Run(name, func(t *testing.T) {
			got := s.Overall
			if name != "overall" {
				c := s.ByType[name]
				if c == nil {
					t.Fatalf("no counts for %s", name)
				}
				got = *c
			}
			if got != w {
				t.Errorf("got %+v, want %+v", got, w)
			}
		})
	}
	if got, want := s.Overall.F1(), 2*6.0/(11+12); !near(got, want) {
		t.Errorf("got F1 %v, want %v", got, want)
	}
	if got, want := s.Types(), []string{"LOC", "MISC", "ORG", "PER"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got types %v, want %v", got, want)
	}
}

func near(a, b float64) bool { return a-b < 1e-12 && b-a < 1e-12 }

// TestScoreDocuments checks that scoring a tagger's labels counts as
// conlleval counts the same tags written in a file.
func TestScoreDocuments(t *testing.T) {
	b, err := os.ReadFile("testdata/score.conll")
	if err != nil {
		t.Fatal(err)
	}
	want, err := ScoreColumns(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ReadCoNLL(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	// The predicted column as labels, and the gold column (the second
	// column) scored against them.
	got, err := scoreDocuments(docs, 1, func(d, s int) []Label {
		labels, err := labelsOf(&docs[d].Sentences[s], 2)
		if err != nil {
			t.Fatal(err)
		}
		return labels
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.Overall != want.Overall {
		t.Errorf("got %+v, want %+v", got.Overall, want.Overall)
	}
	for name, c := range want.ByType {
		if g := got.ByType[name]; g == nil || *g != *c {
			t.Errorf("%s: got %+v, want %+v", name, g, *c)
		}
	}
	// The gold tags are IOB1, so the labels are written as IOB1 and
	// token accuracy compares like with like: Macron (B-PER after I-PER),
	// England, Jones, German and Monday differ, as in the file.
	if got.Tokens != 33 || got.CorrectTags != 28 {
		t.Errorf("got %d tokens, %d correct, want 33, 28", got.Tokens, got.CorrectTags)
	}
}

func TestScorer(t *testing.T) {
	tests := []struct {
		name        string
		gold, guess []string // "" is a sentence break
		want        Counts
	}{
		{"exact", []string{"B-PER", "I-PER", "O"}, []string{"B-PER", "I-PER", "O"}, Counts{1, 1, 1}},
		{"iob1 vs iob2", []string{"I-PER", "I-PER", "O"}, []string{"B-PER", "I-PER", "O"}, Counts{1, 1, 1}},
		{"too short", []string{"I-PER", "I-PER", "O"}, []string{"I-PER", "O", "O"}, Counts{1, 1, 0}},
		{"too long", []string{"I-PER", "O"}, []string{"I-PER", "I-PER"}, Counts{1, 1, 0}},
		{"wrong type", []string{"I-ORG", "I-ORG"}, []string{"I-LOC", "I-LOC"}, Counts{1, 1, 0}},
		{"type change starts entity", []string{"I-ORG", "I-LOC"}, []string{"I-ORG", "I-LOC"}, Counts{2, 2, 2}},
		{"iob1 B separates", []string{"I-PER", "B-PER"}, []string{"I-PER", "I-PER"}, Counts{2, 1, 0}},
		{"at the end", []string{"O", "I-LOC"}, []string{"O", "I-LOC"}, Counts{1, 1, 1}},
		{"sentence break ends entity", []string{"I-LOC", "", "I-LOC"}, []string{"I-LOC", "", "I-LOC"}, Counts{2, 2, 2}},
		{"nothing", []string{"O", "O"}, []string{"O", "O"}, Counts{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Scorer
			for i, g := range tt.gold {
				if g == "" {
					s.Boundary()
					continue
				}
				s.Add(g, tt.guess[i])
			}
			if got := s.Score().Overall; got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	var s Scorer
	s.Add("B-PER", "B-PER")
	s.Add("I-PER", "I-PER")
	s.Add("B-LOC", "O")
	var buf bytes.Buffer
	if err := s.Score().WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	for _, want := range []string{"PER", "LOC", "overall", "100.00", "66.67", "tokens: 3, token accuracy: 66.67%"} {
		if !strings.Contains(got, want) {
			t.Errorf("table lacks %q:\n%s", want, got)
		}
	}
}

func TestScoreColumnsErrors(t *testing.T) {
	if _, err := ScoreColumns(strings.NewReader("word B-PER\n")); err == nil {
		t.Error("got no error for a line without a predicted column")
	}
}

func FuzzScoreColumns(f *testing.F) {
	f.Add("a I-PER I-PER\nb B-PER I-PER\n\n-DOCSTART- O O\nc O B-LOC\n")
	f.Add("x E-ORG [ \n-X- ] ]\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ScoreColumns(strings.NewReader(in))
		if err != nil {
			return
		}
		if s.Overall.Correct > s.Overall.Gold || s.Overall.Correct > s.Overall.Guessed {
			t.Errorf("more correct than found: %+v", s.Overall)
		}
	})
}
