package extract_test

import "testing"

// A band is an organisation: its noun before the name says so, for its
// other mentions too; a duo named by its members is two people.
func TestBandNouns(t *testing.T) {
	checkFacts(t, []factCase{
		{"Glasgow-based band Rusty Kettle collected the prizes. Rusty Kettle will tour Europe.",
			[]string{"Organization:Rusty Kettle"}, []string{"Person:Rusty Kettle"}},
		{"The comedy duo Mel Tavish and Joe Morrow are taking over the show.",
			[]string{"Person:Mel Tavish", "Person:Joe Morrow"}, []string{"Organization:Mel Tavish"}},
	})
}

// A performer's noun before a stage name makes it a person's, for the
// name's other mentions too.
func TestArtistNouns(t *testing.T) {
	checkFacts(t, []factCase{
		{"The rapper Zelvo performed in Leeds. Zelvo said the tour was sold out.",
			[]string{"Person:Zelvo"}, []string{"Organization:Zelvo"}},
	})
}

// A name that qualifies the noun after it is not what a person leads.
func TestLeadsQualifiedNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tom Harrow chairs the G8 summit next year.",
			nil, []string{"person/tom_harrow leader_of organization/g8"}},
		{"Marta Kuhn heads the Siemens group in Munich.",
			[]string{"person/marta_kuhn leader_of organization/siemens"}, nil},
	})
}

// A tax band is a range; a person's name after "the band" may open a
// relative clause; a trio's members listed with commas are people.
func TestBandNounGuards(t *testing.T) {
	checkFacts(t, []factCase{
		{"The band Paul Hartley formed after college was called the Wings.", nil, []string{"Organization:Paul Hartley"}},
		{"The higher tax band Gordon Brown introduced will hit savers.", []string{"Person:Gordon Brown"}, []string{"Organization:Gordon Brown"}},
		{"The attacking trio Ronan Tully, Joe Morrow and Sam Gerrity scored twice.", nil, []string{"Organization:Ronan Tully"}},
	})
}

// A legal form or a participle after the name leaves "chairs X" a lead.
func TestLeadsGuardKeepsCompanies(t *testing.T) {
	checkFacts(t, []factCase{
		{"Jane Hillier chairs Vodafone plc.", []string{"person/jane_hillier leader_of organization/vodafone"}, nil},
		{"Jane Hillier heads Tesco having run Asda before.", []string{"person/jane_hillier leader_of organization/tesco"}, nil},
	})
}
