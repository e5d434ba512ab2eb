package mention_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/mention/mentiontest"
	"github.com/newsgraph/newsgraph/internal/text"
)

// findTagged returns the mentions of s as "Type:text", with the tagger
// proposing spans.
func findTagged(t *testing.T, s string, spans []string) []string {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	f := mention.Finder{Tagger: mentiontest.Tagger(spans)}
	var out []string
	for _, m := range f.Find(a).Mentions {
		if !m.Weak {
			out = append(out, string(m.Type)+":"+a.Text(m.T0, m.T1))
		}
	}
	return out
}

func TestTaggedTyping(t *testing.T) {
	tests := []struct {
		text  string
		spans []string
		want  []string
		not   []string
	}{
		// Wire copy capitalises the word after "U.S.": no name is made of it.
		{"Orders for U.S. Turbines fell sharply.", []string{"ORG:U.S. Turbines"},
			[]string{"Country:U.S."}, []string{"Organization:U.S. Turbines", "Organization:Turbines"}},
		{"He discussed U.S. Demands for Korea to cut tariffs.", []string{"ORG:U.S. Demands for Korea"},
			[]string{"Country:U.S.", "Country:Korea"}, []string{"Organization:U.S. Demands for Korea", "Organization:Demands for"}},
		{"U.S. Frigates shelled the coast.", []string{"LOC:U.S.", "ORG:Frigates"},
			[]string{"Country:U.S."}, []string{"Organization:Frigates"}},
		{"Shares of the U.K. Firm Harwell Engines Plc rose.", []string{"ORG:U.K. Firm Harwell Engines Plc"},
			[]string{"Country:U.K.", "Organization:Harwell Engines Plc"}, []string{"Organization:Firm"}},
		// Names after the acronym stay: an organisation word, an embassy.
		{"The U.S. Maritime Commission ruled.", []string{"ORG:U.S. Maritime Commission"},
			[]string{"Organization:U.S. Maritime Commission"}, nil},
		{"The U.S. Embassy said so.", []string{"ORG:U.S. Embassy"},
			[]string{"Organization:U.S. Embassy"}, nil},
		// A person's name does not end in an organisation's head noun.
		{"Shares went to the Ezra Holt Foundation last year.", []string{"PER:Ezra Holt Foundation"},
			[]string{"Organization:Ezra Holt Foundation"}, []string{"Person:Ezra Holt Foundation"}},
		{"The plants were Maseru Garments and Sunrise Textiles.", []string{"PER:Maseru Garments", "PER:Sunrise Textiles"},
			[]string{"Organization:Maseru Garments", "Organization:Sunrise Textiles"}, nil},
		{"Senator Walter Church spoke.", []string{"PER:Walter Church"},
			[]string{"Person:Walter Church"}, []string{"Organization:Walter Church"}},
		{"Liberal leader Jane Steel spoke.", []string{"PER:Jane Steel"},
			[]string{"Person:Jane Steel"}, nil},
		// An organisation noun introduces a company the tagger mistyped.
		{"The state oil company, Norvanda, cut output.", []string{"LOC:Norvanda"},
			[]string{"Organization:Norvanda"}, []string{"Place:Norvanda"}},
		{"He joined the law firm Brisk Dalton last year.", []string{"PER:Brisk Dalton"},
			[]string{"Organization:Brisk Dalton"}, nil},
		{"They sold assets of the steel producer Kovrin.", []string{"PER:Kovrin"},
			[]string{"Organization:Kovrin"}, nil},
		{"The film producer Ada Voss bought it.", []string{"PER:Ada Voss"},
			[]string{"Person:Ada Voss"}, []string{"Organization:Ada Voss"}},
		{"He left the company, Ferris said.", []string{"PER:Ferris"},
			[]string{"Person:Ferris"}, nil},
		{"Flights went to the port city, Varna, on Monday.", []string{"LOC:Varna"},
			[]string{"Place:Varna"}, nil},
		// The rest of a tagged place the lexicon took part of is no place.
		{"Orders from Kenya Shirts rose.", []string{"LOC:Kenya Shirts"},
			[]string{"Country:Kenya"}, []string{"Place:Shirts"}},
		{"Ships sailed from Velmora Delta at dawn.", []string{"LOC:Velmora Delta"},
			[]string{"Place:Velmora Delta"}, nil},
		// A tagged place after "<organisation word> of" ends the
		// organisation's name.
		{"The Tribunal of Equity ruled on Friday.", []string{"LOC:Equity"},
			[]string{"Organization:Tribunal of Equity"}, []string{"Place:Equity"}},
		{"The Mayor of Velmora spoke.", []string{"LOC:Velmora"},
			[]string{"Place:Velmora"}, nil},
		// A name particle joins the halves the tagger split.
		{"Ministers met in Villa del Mar last week.", []string{"LOC:Villa", "ORG:Mar"},
			[]string{"Place:Villa del Mar"}, []string{"Organization:Mar"}},
		{"She phoned Joao da Cunha on Monday.", []string{"PER:Joao", "PER:Cunha"},
			[]string{"Person:Joao da Cunha"}, nil},
		{"Why do Americans do Europe so fast?", []string{"MISC:Americans", "LOC:Europe"},
			nil, []string{"Place:Americans do Europe"}},
		// A Romance organisation word starts a company's name.
		{"Shares of Banque Tavernier de Lyon rose.", []string{"PER:Banque Tavernier", "LOC:Lyon"},
			[]string{"Organization:Banque Tavernier de Lyon"}, []string{"Person:Banque Tavernier"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := findTagged(t, tc.text, tc.spans)
			checkFound(t, tc.text, got, tc.want, tc.not)
		})
	}
}

func TestCompanyHeadAlone(t *testing.T) {
	// "Textiles" alone at a sentence start is no organisation; after a
	// name it ends one.
	got := find(t, "Textiles are the second export. Orders went to Harbin Textiles and others.")
	joined := "|" + strings.Join(got, "|") + "|"
	if strings.Contains(joined, "|Organization:Textiles|") {
		t.Errorf("unwanted Organization:Textiles; got %q", got)
	}
	if !strings.Contains(joined, "|Organization:Harbin Textiles|") {
		t.Errorf("missing Organization:Harbin Textiles; got %q", got)
	}
}

func TestCuedOrganizationElsewhere(t *testing.T) {
	// The tagger's other mentions of a name a cue shows to be a company's
	// take the company's type.
	got := findTagged(t, "He joined the law firm Brisk Dalton in May. Brisk Dalton has forty partners.", []string{"PER:Brisk Dalton"})
	orgs := 0
	for _, g := range got {
		if g == "Organization:Brisk Dalton" {
			orgs++
		}
	}
	if orgs != 2 {
		t.Errorf("want two Organization:Brisk Dalton; got %q", got)
	}
}
