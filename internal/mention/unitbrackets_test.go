package mention_test

import "testing"

// A company's unit named with its region or business in round brackets
// before a legal form is one organisation; a bracket without a legal form
// after it joins nothing.
func TestUnitBracketsJoin(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"An analyst at Morrow Hale (Asia) Ltd said demand was weak.", []string{"PER:Morrow Hale", "LOC:Asia", "ORG:Ltd"},
			[]string{"Organization:Morrow Hale (Asia) Ltd"}, []string{"Place:Asia", "Person:Morrow Hale"}},
		{"The notes were issued by Kelbrook Mining (USA) Inc last week.", []string{"ORG:Kelbrook Mining", "ORG:USA ) Inc"},
			[]string{"Organization:Kelbrook Mining (USA) Inc"}, []string{"Country:United States"}},
		{"A trader at Ferris Dane (Securities) Ltd said so.", []string{"PER:Ferris Dane", "ORG:Securities ) Ltd"},
			[]string{"Organization:Ferris Dane (Securities) Ltd"}, []string{"Person:Ferris Dane"}},
		// No legal form after the brackets.
		{"Sales at Corvin Foods (Canada) rose.", []string{"ORG:Corvin Foods", "LOC:Canada"},
			[]string{"Organization:Corvin Foods", "Country:Canada"}, []string{"Organization:Corvin Foods (Canada)"}},
		{"The Harbour Party (HP) said it would vote against.", []string{"ORG:Harbour Party", "ORG:HP"},
			[]string{"Organization:Harbour Party"}, []string{"Organization:Harbour Party (HP)"}},
	})
}
