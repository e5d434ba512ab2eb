package resolve_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention/mentiontest"
)

// TestBodyHeadReferences checks that a body's head word alone ("the
// Court") joins the one body named before with that head inside its name
// before "of", that a committee whose name starts with the head is no
// candidate, and that two candidates, a later one or a bank leave the
// head alone.
func TestBodyHeadReferences(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		{"In March the dispute went to the Grellish Court of Appeal. The Court will rule in May.",
			[]string{"Organization:Grellish Court of Appeal[Court]"}, []string{"Organization:Court["}},
		{"The Ruritanian Ministry of Fisheries set new quotas. The Ministry said stocks were low.",
			[]string{"Organization:Ruritanian Ministry of Fisheries[Ministry]"}, nil},
		// The head is the Senate, not its committee.
		{"The Ruritanian Senate passed the bill, and the Senate Finance Committee backed it. The Senate will vote again.",
			[]string{"Organization:Ruritanian Senate[Senate]", "Organization:Senate Finance Committee[]"}, nil},
		// Two courts with the head inside: left alone.
		{"The Grellish Court of Appeal and the European Court of Justice differ. The Court will rule in May.",
			nil, []string{"[Court]"}},
		// The court is named only after the head: left alone.
		{"The Court will rule in May, lawyers said. They expect the Grellish Court of Appeal to back the farmers.",
			nil, []string{"[Court]"}},
		// A bank with the head inside: "the Bank" stays apart.
		{"The Royal Bank of Ruritania posted a profit. The Bank said costs fell.",
			nil, []string{"[Bank]"}},
	})
}

// TestChamberNames checks that "the Upper House" joins the one upper
// chamber the text names, and not a lower one or one of two.
func TestChamberNames(t *testing.T) {
	for _, tc := range []struct {
		text, spans string
		want, not   string
	}{
		{"Lord Brell once opposed the House of Lords. He will use the Upper House to speak on housing.", "ORG:Upper House",
			"Organization:House of Lords[Upper House]", ""},
		{"On Monday the bill passed the Ruritanian Senate. The Upper House will debate it again.", "ORG:Upper House",
			"Organization:Ruritanian Senate[Upper House]", ""},
		// Only a lower chamber named: no join.
		{"Lord Brell left the House of Commons in May. He will use the Upper House to speak on housing.", "ORG:Upper House",
			"Organization:Upper House[]", "House of Commons[Upper House]"},
	} {
		_, r := resolveTagged(t, tc.text, mentiontest.Tagger{tc.spans})
		got := aliasedEntities(t, r)
		joined := "|" + strings.Join(got, "|") + "|"
		if !strings.Contains(joined, "|"+tc.want+"|") {
			t.Errorf("%q: missing %q; got %q", tc.text, tc.want, got)
		}
		if tc.not != "" && strings.Contains(joined, tc.not) {
			t.Errorf("%q: unwanted %q; got %q", tc.text, tc.not, got)
		}
	}
}
