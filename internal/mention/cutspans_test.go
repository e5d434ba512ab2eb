package mention_test

import "testing"

// A title after an organisation's name does not take the name's last
// words for its portfolio.
func TestBodyBeforeTitleKeepsItsName(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A head word ends the body's name.
		{"Harbour Licensing Commission chairman Tom Avery resigned.", []string{"ORG:Harbour Licensing Commission", "PER:Tom Avery"},
			[]string{"Organization:Harbour Licensing Commission", "Person:Tom Avery"}, []string{"Organization:Harbour Licensing"}},
		{"He wrote to Assembly Housing Committee Chairman Rosa Delgado.", []string{"ORG:Assembly Housing Committee", "PER:Rosa Delgado"},
			[]string{"Organization:Assembly Housing Committee"}, []string{"Organization:Assembly Housing"}},
		// "of" holds the name together.
		{"said Valdoran Chamber of Commerce president Ana Ruiz.", []string{"ORG:Valdoran Chamber of Commerce", "PER:Ana Ruiz"},
			[]string{"Organization:Valdoran Chamber of Commerce"}, []string{"Organization:Valdoran Chamber of"}},
		// A known name is not cut by a modified title.
		{"It grew, according to Bank of England deputy governor Mary Flint.", []string{"ORG:Bank of England", "PER:Mary Flint"},
			[]string{"Organization:Bank of England"}, []string{"Organization:Bank of"}},
		// A minister's portfolio stays the title's, even where it can end
		// a company's name.
		{"Party Finance Minister Karl Brenner said rates would fall.", []string{"ORG:Party Finance", "PER:Karl Brenner"},
			nil, []string{"Organization:Party Finance"}},
		{"Welsh Health Minister Gwen Parry visited.", []string{"ORG:Welsh Health", "PER:Gwen Parry"},
			nil, []string{"Organization:Welsh Health"}},
		// "a U.S. bank" is a description.
		{"\"We sold,\" said a U.S. Bank currency manager.", []string{"ORG:U.S. Bank"},
			nil, []string{"Organization:U.S. Bank"}},
	})
}

// A known name after "the" is not cut by a shorter name written with the
// article.
func TestLongerNameAfterArticle(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The bonds are backed by the Commonwealth Bank of Australia.", nil,
			[]string{"Organization:Commonwealth Bank of Australia"}, []string{"Organization:the Commonwealth"}},
		{"A rig caught fire in the Gulf of Mexico.", nil,
			[]string{"Place:Gulf of Mexico"}, []string{"Place:the Gulf"}},
		{"Canada rejoined the Commonwealth in May.", nil,
			[]string{"Organization:the Commonwealth"}, nil},
	})
}

// The capitalised words a tagger reads as one name with an agreement's
// head belong to the agreement's name.
func TestAgreementKeepsTaggedName(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Councils must obey the Right of Access Act from June.", []string{"ORG:Right of Access Act"},
			[]string{"Agreement:Right of Access Act"}, []string{"Organization:Right of", "Agreement:Access Act"}},
		{"Clerks under the Fisheries and Harbours Act had to report catches.", []string{"ORG:Fisheries and Harbours Act"},
			[]string{"Agreement:Fisheries and Harbours Act"}, []string{"Organization:Fisheries and"}},
		// A person's name before the head is not the agreement's.
		{"He praised the Baker Plan for debt.", []string{"PER:Baker"},
			nil, []string{"Agreement:Baker Plan for"}},
	})
}
