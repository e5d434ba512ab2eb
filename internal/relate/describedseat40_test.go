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

// A party's office right after a quotation that opens the sentence, with
// the verb of speech after it ('"...," the Labour MP for X said'): the
// office of the person the sentence before opens with.
func TestDescribedOfficeAfterQuote(t *testing.T) {
	checkFacts(t, []factCase{
		{`Former minister Alan Pryce criticised the plan on Sunday. "Who gains from this?" the Labour MP for Northfield asked.`,
			[]string{"Alan Pryce member_of Labour Party"}, nil},
		{`Former minister Alan Pryce criticised the plan on Sunday. "It will fail," the Labour MP said.`,
			[]string{"Alan Pryce member_of Labour Party"}, nil},
		// Negative cases: no verb of speech after the description, and a
		// quote that does not open the sentence.
		{`Former minister Alan Pryce criticised the plan on Sunday. "It will fail," the Labour MP for Northfield who chairs the committee wrote.`,
			nil, []string{"Alan Pryce member_of"}},
		{`Former minister Alan Pryce criticised the plan on Sunday. Critics called it "a disaster," the Labour MP said.`,
			nil, []string{"Alan Pryce member_of"}},
	})
}
