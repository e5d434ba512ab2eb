package mention_test

import (
	"strings"
	"testing"
)

// checkTagged runs findTagged and checks the wanted and unwanted mentions.
func checkTagged(t *testing.T, text string, spans, want, not []string) {
	t.Helper()
	got := findTagged(t, text, spans)
	joined := "|" + strings.Join(got, "|") + "|"
	for _, w := range want {
		if !strings.Contains(joined, "|"+w+"|") {
			t.Errorf("%q: missing %q; got %q", text, w, got)
		}
	}
	for _, n := range not {
		if strings.Contains(joined, "|"+n+"|") {
			t.Errorf("%q: unwanted %q; got %q", text, n, got)
		}
	}
}

func TestWireBrackets(t *testing.T) {
	tests := []struct {
		text            string
		spans, want, no []string
	}{
		// A ticker after a company's name names nothing.
		{"Veltro Mining Corp <VMC.TO> raised its dividend.", []string{"ORG:Veltro Mining Corp", "ORG:VMC"},
			[]string{"Organization:Veltro Mining Corp"}, []string{"Organization:VMC"}},
		{"It bid for Harlow Foods Inc <HFI> on Monday.", []string{"ORG:Harlow Foods Inc", "ORG:HFI"},
			[]string{"Organization:Harlow Foods Inc"}, []string{"Organization:HFI"}},
		// The words between brackets are one company's name.
		{"Shares went to <Dunmore and Pike Holdings> last week.", []string{"PER:Dunmore", "ORG:Pike Holdings"},
			[]string{"Organization:Dunmore and Pike Holdings"}, []string{"Person:Dunmore"}},
		{"It sold the unit to <Kestrel Hill Ltd>, a trust.", []string{"ORG:< Kestrel Hill Ltd"},
			[]string{"Organization:Kestrel Hill Ltd"}, nil},
		{"Meanwhile <Ardent River Co> of Canada agreed.", []string{"ORG:Ardent River Co > of Canada"},
			[]string{"Organization:Ardent River Co", "Country:Canada"}, nil},
		{"A bid by <Osprey Lane> was rejected.", []string{"PER:Osprey Lane"},
			[]string{"Organization:Osprey Lane"}, []string{"Person:Osprey Lane"}},
		// Comparisons in plain text are no brackets.
		{"Growth of 2 < 3 pct and Rolf Lindqvist > 4 said so.", []string{"PER:Rolf Lindqvist"},
			[]string{"Person:Rolf Lindqvist"}, nil},
	}
	for _, tc := range tests {
		checkTagged(t, tc.text, tc.spans, tc.want, tc.no)
	}
}

func TestAmpersandNames(t *testing.T) {
	tests := []struct {
		text            string
		spans, want, no []string
	}{
		{"Said Ann Lee of Birch & Hollis Research, prices rose.", []string{"PER:Ann Lee", "LOC:Birch &", "ORG:Hollis Research"},
			[]string{"Organization:Birch & Hollis Research"}, []string{"Place:Birch &"}},
		{"The advisers were Tamsin & Crowe last year.", []string{"PER:Tamsin & Crowe"},
			[]string{"Organization:Tamsin & Crowe"}, []string{"Person:Tamsin & Crowe"}},
		// A title word after an ampersand is part of the name.
		{"The Rail & General Porters' Union voted.", []string{"ORG:Rail & General Porters ' Union"},
			[]string{"Organization:Rail & General Porters' Union"}, []string{"title:general"}},
		// Two names with "and" between stay apart.
		{"Ann Lee and Tom Ford met.", []string{"PER:Ann Lee", "PER:Tom Ford"},
			[]string{"Person:Ann Lee", "Person:Tom Ford"}, nil},
	}
	for _, tc := range tests {
		checkTagged(t, tc.text, tc.spans, tc.want, tc.no)
	}
}

func TestTimesAndStations(t *testing.T) {
	// A feast or a season is a time, whatever the tagger says.
	checkTagged(t, "Sales slumped over Christmas in Leeds.", []string{"LOC:Christmas", "LOC:Leeds"},
		[]string{"Place:Leeds"}, []string{"Place:Christmas"})
	checkTagged(t, "The bill returns in the Spring.", []string{"LOC:Spring"}, nil, []string{"Place:Spring"})
	// Not a surname that is a season's.
	checkTagged(t, "Anna Winter said so.", []string{"PER:Anna Winter"}, []string{"Person:Anna Winter"}, nil)
	// A broadcaster's channel number is part of its name.
	checkTagged(t, "She told BBC Radio 4 on Monday.", []string{"ORG:BBC Radio"}, []string{"Organization:BBC Radio 4"}, nil)
	checkTagged(t, "It aired on Radio 5 Live yesterday.", []string{"ORG:Radio"}, []string{"Organization:Radio 5 Live"}, nil)
	// Not a count after another name.
	checkTagged(t, "Velmont Radio 400 jobs were cut.", []string{"ORG:Velmont Radio"}, []string{"Organization:Velmont Radio"}, nil)
}

func TestLegalStemElsewhere(t *testing.T) {
	// "Dunmore Hale" is the company "Dunmore Hale Ltd" named without its
	// legal form, though the tagger took it for a person.
	checkTagged(t, "Dunmore Hale Ltd cut jobs. Dunmore Hale said sales fell.", []string{"ORG:Dunmore Hale Ltd", "PER:Dunmore Hale"},
		[]string{"Organization:Dunmore Hale Ltd", "Organization:Dunmore Hale"}, []string{"Person:Dunmore Hale"})
	// A person who shares no name with a company stays a person.
	checkTagged(t, "Dunmore Hale Ltd cut jobs. Ann Hale said so.", []string{"ORG:Dunmore Hale Ltd", "PER:Ann Hale"},
		[]string{"Person:Ann Hale"}, nil)
}
