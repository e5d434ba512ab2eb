package relate_test

import "testing"

// "his predecessor as chief executive, X": the office is the one the
// person in apposition held; with no body named, the company the story
// is about.
func TestPredecessorAsOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Brightwater Foods posted a loss. Brightwater Foods shares fell. Brightwater Foods said Mr Hale took over as chief executive after his predecessor as chief executive, Ann Pryce, retired.",
			[]string{"Ann Pryce leader_of Brightwater Foods"}, nil},
		{"Brightwater Foods posted a loss. Brightwater Foods shares fell. Brightwater Foods said Mr Hale, once a rival of the chief executive, Ann Pryce, retired.",
			nil, []string{"Ann Pryce leader_of"}},
	})
}
