package relate_test

import "testing"

// A party's office as the subject of a sentence that opens with a
// conjunction ("But the Tory MP for X admitted"): the office of the
// person the sentence before opens with; an acronym office (MP, MEP) and
// the seat after "for" count too.
func TestDescribedOfficeAfterConjunction(t *testing.T) {
	checkFacts(t, []factCase{
		{"Former minister Alan Pryce said the plan was costly. But the Tory MP for Northfield and Hale admitted it had some merit.",
			[]string{"Alan Pryce member_of Conservative Party"}, nil},
		{"Former minister Alan Pryce said the plan was costly. However, the Tory leader argued it was needed.",
			[]string{"Alan Pryce leader_of Conservative Party"}, nil},
		// Negative cases: a conjunction inside the sentence, and a
		// description that is not the subject (a name follows).
		{"Former minister Alan Pryce said the plan was costly. Voters disagreed, but the Tory MP for Northfield admitted it.",
			nil, []string{"Alan Pryce member_of"}},
		{"Former minister Alan Pryce said the plan was costly. But the Tory MP Jane Hill admitted it had merit.",
			nil, []string{"Alan Pryce member_of"}},
	})
}
