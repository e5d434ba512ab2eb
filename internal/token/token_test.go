package token

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// texts returns the Normal text of each token of s.
func texts(s string) []string {
	var out []string
	for _, t := range Tokenize(s, 0, len(s)) {
		out = append(out, Normal(t.Text(s)))
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // tokens separated by spaces
	}{
		{"plain", "Putin met Merkel.", "Putin met Merkel ."},
		{"curly quotes", "“We will win,” he said.", `" We will win , " he said .`},
		{"curly apostrophe", "Russia’s army", "Russia 's army"},
		{"possessive", "Russia's army", "Russia 's army"},
		{"plural possessive", "the Joneses' house", "the Joneses ' house"},
		{"em dash without spaces", "Kiev—the capital—fell", "Kiev -- the capital -- fell"},
		{"en dash", "1990–1995", "1990 - 1995"},
		{"ascii double dash", "Kiev--the capital", "Kiev -- the capital"},
		{"U.S.", "the U.S. embassy", "the U.S. embassy"},
		{"U.S. at the end", "aid from the U.S.", "aid from the U.S ."},
		{"U.S.-supplied", "U.S.-supplied arms", "U.S.-supplied arms"},
		{"Canadian-U.S.", "the Canadian-U.S. pact", "the Canadian-U.S. pact"},
		{"10-point", "a 10-point plan", "a 10-point plan"},
		{"decimal", "rose 3.5 percent", "rose 3.5 percent"},
		{"thousands", "1,000 troops", "1,000 troops"},
		{"list of numbers", "1,2 and 3", "1 , 2 and 3"},
		{"glued sentences", "was imminent.But officials", "was imminent . But officials"},
		{"don't", "I don't know", "I do n't know"},
		{"can't", "they can't", "they ca n't"},
		{"O'Brien", "Conan O'Brien said", "Conan O'Brien said"},
		{"we're", "we're here", "we 're here"},
		{"Mr.", "Mr. Smith", "Mr. Smith"},
		{"initial", "George W. Bush", "George W. Bush"},
		{"Inc. at the end", "shares of Acme Inc.", "shares of Acme Inc ."},
		{"Corp. inside", "Acme Corp. said", "Acme Corp. said"},
		{"state", "Fresno, Calif., said", "Fresno , Calif. , said"},
		{"currency", "A$ 500 and US$ 10", "A$ 500 and US$ 10"},
		{"dollars", "$10.5 million", "$ 10.5 million"},
		{"percent", "up 5%", "up 5 %"},
		{"parentheses", "Kenny (Ireland)", "Kenny ( Ireland )"},
		{"list number", "1. Ajax 34", "1. Ajax 34"},
		{"sentence-final number", "It rose 1.", "It rose 1 ."},
		{"batting average", "hit .500 this year", "hit .500 this year"},
		{"phone", "Tel +44 171", "Tel +44 171"},
		{"time", "won in 2:29.34", "won in 2:29.34"},
		{"ellipsis", "wait… what", "wait ... what"},
		{"rules", "** ===", "** ==="},
		{"slash in words", "and/or", "and / or"},
		{"slash in numbers", "1/2", "1/2"},
		{"ampersand", "AT&T and Procter & Gamble", "AT&T and Procter & Gamble"},
		{"accents", "José Sócrates", "José Sócrates"},
		{"non-breaking space", "10\u00a0km", "10 km"},
		{"headline", "SOCCER - JAPAN GET LUCKY WIN .", "SOCCER - JAPAN GET LUCKY WIN ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in)
			if want := strings.Fields(tt.want); !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	s := "Putin paid $1,000 ."
	var got []Kind
	for _, tok := range Tokenize(s, 0, len(s)) {
		got = append(got, tok.Kind)
	}
	if want := []Kind{Word, Word, Punct, Number, Punct}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSpanOffsets(t *testing.T) {
	doc := "First one. Second “two” here."
	start := strings.Index(doc, "Second")
	toks := Tokenize(doc, start, len(doc))
	if len(toks) == 0 || int(toks[0].Start) != start {
		t.Fatalf("got %v, want tokens from offset %d", toks, start)
	}
	for _, tok := range toks {
		if tok.Start < int32(start) || tok.End > int32(len(doc)) || tok.Start >= tok.End {
			t.Errorf("token %v out of the span", tok)
		}
	}
	if got := Normal(toks[1].Text(doc)); got != `"` {
		t.Errorf("got %q, want a straight quote", got)
	}
}

func TestNormal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"‘quoted’", "'quoted'"},
		{"—", "--"},
		{"–", "-"},
		{"…", "..."},
		{"Zürich", "Zürich"},
	}
	for _, tt := range tests {
		if got := Normal(tt.in); got != tt.want {
			t.Errorf("Normal(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// detokenize joins CoNLL tokens into text as a newspaper would print it.
func detokenize(toks []string) string {
	var b strings.Builder
	glue, open := false, false
	for i, t := range toks {
		space := i > 0 && !glue
		switch {
		case strings.Contains(",.;:)%?!", t) && len(t) == 1, t == "...":
			space = false
		case len(t) > 1 && t[0] == '\'', t == "n't", t == "N'T":
			space = false
		case t == `"` && open:
			space = false
		}
		if space {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		glue = t == "(" || t == "$" || t == `"` && !open
		if t == `"` {
			open = !open
		}
	}
	return b.String()
}

// TestCoNLLTokenisation detokenises the sentences of the CoNLL-2003
// training data and checks that Tokenize splits nearly all of them back
// into the same tokens.
func TestCoNLLTokenisation(t *testing.T) {
	f, err := os.Open("../../../shared/data/conll2003/eng.train")
	if err != nil {
		t.Skipf("no CoNLL-2003 data (../shared/data): %v", err)
	}
	defer f.Close()
	var sent []string
	total, same := 0, 0
	check := func() {
		if len(sent) == 0 {
			return
		}
		total++
		if slices.Equal(texts(detokenize(sent)), sent) {
			same++
		}
		sent = sent[:0]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 || fs[0] == "-DOCSTART-" {
			check()
			continue
		}
		sent = append(sent, fs[0])
	}
	check()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	rate := float64(same) / float64(total)
	t.Logf("%d of %d sentences split as CoNLL splits them (%.2f%%)", same, total, 100*rate)
	if rate < 0.98 {
		t.Errorf("got %.2f%% of sentences split as CoNLL does, want at least 98%%", 100*rate)
	}
}

func BenchmarkAppend(b *testing.B) {
	text := strings.Repeat("Russian President Vladimir Putin’s spokesman said on Tuesday that the U.S.-backed plan — a 10-point proposal worth $1,000 million — was “unacceptable”.But talks would go on. ", 20)
	var dst []Token
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for i := 0; i < b.N; i++ {
		dst = Append(dst[:0], text, 0, len(text))
		n += len(dst)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func FuzzAppend(f *testing.F) {
	f.Add("U.S.-supplied arms, “quoted”—dash 1,000 3.5 don't O'Brien .500 +44 1. A$")
	f.Fuzz(func(t *testing.T, s string) {
		prev := int32(0)
		for _, tok := range Tokenize(s, 0, len(s)) {
			if tok.Start < prev || tok.End <= tok.Start || int(tok.End) > len(s) {
				t.Fatalf("bad token %v after %d in %q", tok, prev, s)
			}
			prev = tok.End
		}
	})
}

// TestASCIIWordRunes checks scanWord's ASCII shortcut: the ASCII letters
// and digits are A-Z, a-z and 0-9, as package unicode classes them.
func TestASCIIWordRunes(t *testing.T) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		b := byte(c)
		if got, want := 'a' <= b|0x20 && b|0x20 <= 'z', unicode.IsLetter(c) || unicode.IsMark(c); got != want {
			t.Errorf("%q: letter %v, want %v", c, got, want)
		}
		if got, want := '0' <= c && c <= '9', unicode.IsDigit(c); got != want {
			t.Errorf("%q: digit %v, want %v", c, got, want)
		}
	}
}
