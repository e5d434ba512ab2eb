package mention_test

import "testing"

func TestBodyForFieldJoined(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A body named for its field goes on after "for", "for the",
		// "of the" and, for a committee, "on".
		{"She heads the Varley Institute for Coastal Ecology in Dorset.", []string{"ORG:Varley Institute", "ORG:Coastal Ecology", "LOC:Dorset"},
			[]string{"Organization:Varley Institute for Coastal Ecology"}, []string{"Organization:Varley Institute", "Organization:Coastal Ecology"}},
		{"The Brannock Foundation for the Study of Rivers gave a grant.", []string{"ORG:Brannock Foundation", "ORG:Study of Rivers"},
			[]string{"Organization:Brannock Foundation for the Study of Rivers"}, nil},
		{"He spoke to the Senate Subcommittee on Forestry yesterday.", []string{"ORG:Senate Subcommittee", "LOC:Forestry"},
			[]string{"Organization:Senate Subcommittee on Forestry"}, []string{"Place:Forestry"}},
		// A date, a person or a known place after the connector is no field.
		{"The Electoral Commission on Thursday fined the party.", []string{"ORG:Electoral Commission"},
			[]string{"Organization:Electoral Commission"}, []string{"Organization:Electoral Commission on Thursday"}},
		{"The Tarrow Fund for Michael Brennan paid his fees.", []string{"ORG:Tarrow Fund", "PER:Michael Brennan"},
			[]string{"Organization:Tarrow Fund", "Person:Michael Brennan"}, nil},
		// A company does not go on: the name after "for" is a buyer.
		{"Kelbrook Corp for Ostrey Holdings signed the deal.", []string{"ORG:Kelbrook Corp", "ORG:Ostrey Holdings"},
			[]string{"Organization:Kelbrook Corp", "Organization:Ostrey Holdings"}, nil},
		// A name before a body's noun is another body's.
		{"The Intelligence Agency for the Joint Economic committee wrote it.", []string{"ORG:Intelligence Agency", "ORG:Joint Economic"},
			[]string{"Organization:Intelligence Agency"}, []string{"Organization:Intelligence Agency for the Joint Economic"}},
	})
}

func TestPersonAfterBodySplit(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A person named right after a body, with no comma, is no part
		// of its name: the tagger's span or the capitalised run.
		{"The head of the Northern Fleet Pavel Orlov flew there.", []string{"ORG:Northern Fleet Pavel Orlov"},
			[]string{"Organization:Northern Fleet", "Person:Pavel Orlov"}, []string{"Organization:Northern Fleet Pavel Orlov"}},
		{"The chairman of the Transport Committee Helen Ward spoke.", []string{"ORG:Transport Committee"},
			[]string{"Organization:Transport Committee", "Person:Helen Ward"}, []string{"Organization:Transport Committee Helen Ward"}},
		// A firm named after its founders stays whole.
		{"Shares of Halvor Morgan Grant rose.", []string{"ORG:Halvor Morgan Grant"},
			[]string{"Organization:Halvor Morgan Grant"}, nil},
		{"He joined Brixton Foods Philip Morland Ltd last year.", []string{"ORG:Brixton Foods Philip Morland Ltd"},
			[]string{"Organization:Brixton Foods Philip Morland Ltd"}, nil},
	})
}
