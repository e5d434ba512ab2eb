package mention_test

import "testing"

func TestCreedBeforeTitle(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A creed or a faith before a title qualifies the holder and
		// names no body, whatever the tagger calls it.
		{"Marxist leader Tomas Verro ruled for ten years.", []string{"MISC:Marxist", "PER:Tomas Verro"},
			[]string{"Person:Tomas Verro"}, []string{"Organization:Marxist"}},
		{"The Maronite Patriarch Elias Harb urged calm.", []string{"ORG:Maronite", "PER:Elias Harb"},
			[]string{"Person:Elias Harb"}, []string{"Organization:Maronite"}},
		{"Islamist leader Omar Dalil was freed.", []string{"MISC:Islamist", "PER:Omar Dalil"},
			[]string{"Person:Omar Dalil"}, []string{"Organization:Islamist"}},
		// A firm's name before a title is still the body.
		{"Brennwald chief executive Ilse Marr resigned.", []string{"ORG:Brennwald", "PER:Ilse Marr"},
			[]string{"Organization:Brennwald", "Person:Ilse Marr"}, nil},
		// A creed word that is not before a title is left to other rules.
		{"The Maronite Church held a synod in Beirut.", []string{"ORG:Maronite Church", "LOC:Beirut"},
			[]string{"Organization:Maronite Church"}, nil},
	})
}
