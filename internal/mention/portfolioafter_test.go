package mention_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/mention/mentiontest"
	"github.com/newsgraph/newsgraph/internal/text"
)

// findFormsTitles returns the mentions ("Type:text") and titles
// ("title:t") of s found with a tagger of fixed spans that knows how news
// writes the words of lower mid-sentence.
func findFormsTitles(t *testing.T, s string, spans []string, lower map[string]bool) []string {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	f := mention.Finder{Tagger: formsTagger{mentiontest.Tagger(spans), lower}}
	res := f.Find(a)
	var out []string
	for _, m := range res.Mentions {
		if !m.Weak {
			out = append(out, string(m.Type)+":"+a.Text(m.T0, m.T1))
		}
	}
	for _, ti := range res.Titles {
		out = append(out, "title:"+ti.Title)
	}
	return out
}

// The portfolio after a minister's, secretary's, commissioner's or
// director's "of" or "for" belongs to the title; a body after it does not.
func TestPortfolioAfterTitle(t *testing.T) {
	lower := map[string]bool{}
	for _, w := range strings.Fields("rural roads public prosecutions food farming rural affairs exports heritage works orange harbour") {
		lower[w] = true
	}
	tests := []struct {
		text      string
		spans     []string
		want, not []string
	}{
		{"Anna Berg, Minister of Rural Roads, opened the port.", []string{"PER:Anna Berg", "ORG:Rural Roads"},
			[]string{"title:minister of rural roads", "Person:Anna Berg"}, []string{"Organization:Rural Roads"}},
		{"The Director of Public Prosecutions, Tom Hale, dropped the case.", []string{"LOC:Public Prosecutions", "PER:Tom Hale"},
			[]string{"title:director of public prosecutions"}, []string{"Place:Public Prosecutions"}},
		// A list of portfolios, and "the" after "for".
		{"The Secretary of State for Food, Farming and Rural Affairs, Ruth Pole, said so.", []string{"ORG:Farming and Rural Affairs", "PER:Ruth Pole"},
			[]string{"title:secretary of state for food, farming and rural affairs"}, []string{"Organization:Farming and Rural Affairs"}},
		{"Gail Moss, Minister for the Heritage, said so.", []string{"PER:Gail Moss", "LOC:Heritage"},
			[]string{"title:minister for the heritage"}, []string{"Place:Heritage"}},
		// A lexicon title's portfolio goes on.
		{"Lord Vane, Minister for Defence Exports, said so.", []string{"ORG:Exports"},
			[]string{"title:minister for defence exports"}, []string{"Organization:Exports"}},
		// An abstract noun the tagger does not know.
		{"Ed Cole, Secretary of Navigation, said so.", []string{"PER:Ed Cole", "LOC:Navigation"},
			[]string{"title:secretary of navigation"}, []string{"Place:Navigation"}},
		// The holder's name after the portfolio stays out of it.
		{"Minister for Heritage Ruth Pole spoke.", []string{"PER:Ruth Pole"},
			[]string{"title:minister for heritage", "Person:Ruth Pole"}, nil},
		// Bodies: after "of the", ending in a head word, one word after a
		// lower-case director.
		{"Jo Marsh, Secretary of the Harbour Board, said so.", []string{"PER:Jo Marsh", "ORG:Harbour Board"},
			[]string{"Organization:Harbour Board"}, []string{"title:secretary of the harbour board"}},
		{"Al Reed, Director of Public Works Department, resigned.", []string{"PER:Al Reed", "ORG:Public Works Department"},
			[]string{"Organization:Public Works Department"}, []string{"title:director of public works department", "title:director of public works"}},
		{"Sam Hill, a director of Orange, said so.", []string{"PER:Sam Hill", "ORG:Orange"},
			[]string{"Organization:Orange"}, []string{"title:director of orange"}},
	}
	for _, tc := range tests {
		got := findFormsTitles(t, tc.text, tc.spans, lower)
		checkFound(t, tc.text, got, tc.want, tc.not)
	}
}
