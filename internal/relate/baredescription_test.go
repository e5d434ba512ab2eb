package relate_test

import "testing"

// An office named with no body and no name, opening a sentence as its
// subject, is the office of the person the text is about when the text
// gives that person no office and no one else that office.
func TestBareOfficeDescription(t *testing.T) {
	checkFacts(t, []factCase{
		// The person the sentence before opens with.
		{"Marta Velden has promised to cut waiting lists. The health secretary said hospitals would get more staff.",
			[]string{"Marta Velden title =health secretary"}, nil},
		// The person the text is about, named first and most often.
		{"Corin Ashby has said schools need more money. Speaking in Leeds, Mr Ashby praised the teachers. " +
			"Critics doubt the plan, Mr Ashby admitted. The prime minister told reporters the money was there.",
			[]string{"Corin Ashby title =prime minister"}, nil},
		// Two people without an office: either may be the prime minister.
		{"Corin Ashby and David Hale are said to have quarrelled again. Mr Ashby praised Mr Hale. " +
			"Mr Ashby spoke first. The prime minister said the party was united.",
			nil, []string{"title =prime minister"}},
		// Someone else holds the office.
		{"Prime Minister Lena Dorsey spoke in Leeds. Corin Ashby has said schools need money. The prime minister told reporters the money was there.",
			nil, []string{"Corin Ashby title"}},
		// The person has an office of their own.
		{"Chancellor Corin Ashby has said schools need money. The prime minister told reporters the money was there.",
			nil, []string{"Corin Ashby title =prime minister"}},
		// An office of many holders.
		{"Marta Velden has promised to cut waiting lists. The minister said hospitals would get more staff.",
			nil, []string{"Marta Velden title"}},
		// Not the subject that opens the sentence.
		{"Marta Velden has promised to cut waiting lists. In recent years the health secretary has said little.",
			nil, []string{"Marta Velden title"}},
	})
}
