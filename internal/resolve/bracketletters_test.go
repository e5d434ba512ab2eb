package resolve_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention/mentiontest"
)

// acronymCase is a text, the spans the tagger proposes and entities
// written "Type:Name[aliases]" that must or must not be found.
type acronymCase struct {
	text      string
	spans     []string
	want, not []string
}

func checkAcronymCases(t *testing.T, tests []acronymCase) {
	t.Helper()
	for _, tc := range tests {
		_, r := resolveTagged(t, tc.text, mentiontest.Tagger(tc.spans))
		var got []string
		for _, e := range r.Entities {
			if len(e.Mentions) == 0 {
				continue
			}
			al := e.Aliases()
			sort.Strings(al)
			got = append(got, string(e.Type)+":"+e.Name+"["+strings.Join(al, ",")+"]")
		}
		joined := "|" + strings.Join(got, "|") + "|"
		for _, w := range tc.want {
			if !strings.Contains(joined, "|"+w+"|") {
				t.Errorf("%q: missing %q; got %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(joined, n) {
				t.Errorf("%q: unwanted %q; got %q", tc.text, n, got)
			}
		}
	}
}

func TestForeignBracketAcronyms(t *testing.T) {
	checkAcronymCases(t, []acronymCase{
		// A bracketed acronym of another language names the body before it.
		{"The Farmers Welfare League (ZRZ) called a strike. ZRZ wants higher prices.",
			[]string{"ORG:Farmers Welfare League", "ORG:ZRZ"},
			[]string{"Organization:Farmers Welfare League[ZRZ]"}, nil},
		// A syllabic abbreviation too.
		{"He heads the State Forestry Board (GOSLESKOM) in the north.",
			[]string{"ORG:State Forestry Board", "ORG:GOSLESKOM"},
			[]string{"Organization:State Forestry Board[GOSLESKOM]"}, nil},
		// Not when the name ends a longer capitalised phrase the letters may spell.
		{"The Base Lending Rate of the Central Bank (TBL) rose to nine pct.",
			[]string{"ORG:Central Bank", "ORG:TBL"},
			nil, []string{"Central Bank[TBL]"}},
	})
}

func TestCommaAcronyms(t *testing.T) {
	checkAcronymCases(t, []acronymCase{
		// Wire copy sets the acronym off with commas.
		{"The Democratic Renewal Movement, MRD, lost the vote.",
			[]string{"ORG:Democratic Renewal Movement", "ORG:MRD"},
			[]string{"Organization:Democratic Renewal Movement[MRD]"}, nil},
		// Letters drawn from inside a word.
		{"The International Jute Organization, IJTO, met in Dhaka.",
			[]string{"ORG:International Jute Organization", "ORG:IJTO"},
			[]string{"Organization:International Jute Organization[IJTO]"}, nil},
		// A list's next body is not an acronym of the one before it.
		{"Officials of the Popular Liberal Party, NRT, and others met.",
			[]string{"ORG:Popular Liberal Party", "ORG:NRT"},
			nil, []string{"Popular Liberal Party[NRT]"}},
	})
}

func TestAgreementAcronymNames(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		// The acronym and a generic noun name the agreement written out,
		// hyphenated words giving a letter each.
		{"Both sides backed the Anti-Personnel Mine Treaty in May. The APM treaty bans mines.",
			[]string{"Agreement:Anti-Personnel Mine Treaty[APM treaty]"}, nil},
		// Not an agreement whose words the letters do not begin.
		{"Both sides backed the Anti-Personnel Mine Treaty in May. The NTB treaty bans tests.",
			nil, []string{"Anti-Personnel Mine Treaty[NTB treaty]"}},
	})
}
