package relate_test

import "testing"

// Offices the title lexicon lacked: police forces' chief constables and
// their assistants, under-secretaries, law officers. A constable with no
// title before the force is no office of it.
func TestPoliceAndSecretaryTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harriet Vane, chief constable of Wessex Police, said arrests had risen.",
			[]string{"Harriet Vane leader_of Wessex Police"}, nil},
		{"Tom Pyke, assistant chief constable of Wessex Police, said arrests had risen.",
			[]string{"Tom Pyke official_of Wessex Police"}, []string{"Tom Pyke leader_of"}},
		{"Wessex Police Chief Constable Harriet Vane said arrests had risen.",
			[]string{"Harriet Vane leader_of Wessex Police"}, nil},
		{"US Agriculture Undersecretary Rowan Blake said the subsidy would end.",
			[]string{"Rowan Blake official_of United States"}, []string{"Rowan Blake leader_of"}},
		{"But US Treasury Under-Secretary Rowan Blake said the subsidy would end.",
			[]string{"Rowan Blake official_of United States"}, nil},
		// A constable of the force is no officer over it.
		{"A constable of Wessex Police, Tom Pyke, said arrests had risen.",
			nil, []string{"Tom Pyke leader_of", "Tom Pyke official_of"}},
	})
}

// "X, leader of the Labour group on the council,": the head of a unit of
// a body, after modifiers and with its place, holds an office in the
// body; a company's "group" is the company itself, and a national team
// is no office of the state.
func TestUnitOfBodyAfterModifiers(t *testing.T) {
	checkFacts(t, []factCase{
		{"Megan Rhys, leader of the Plaid Cymru group on Cardiff council, said the budget was unfair.",
			[]string{"Megan Rhys official_of Plaid Cymru"}, []string{"Megan Rhys leader_of"}},
		{"Colonel Tom Pyke, commander of the NATO peacekeeping force in the region, said the ceasefire held.",
			[]string{"Tom Pyke official_of NATO"}, []string{"Tom Pyke leader_of"}},
		{"Megan Rhys, deputy leader of the Labour parliamentary group, said the budget was unfair.",
			[]string{"Megan Rhys official_of Labour Party"}, nil},
		// Not units of a party or a state.
		{"Rowan Blake, president of the Holloway electronics group, said sales fell.",
			nil, []string{"Rowan Blake official_of"}},
		{"Rowan Blake, captain of the England cricket team, said the pitch was poor.",
			nil, []string{"Rowan Blake official_of", "Rowan Blake leader_of"}},
	})
}

// "SNP Holyrood leader X", "the Tories' Lords leader X": a party's
// office in a chamber is the party's; the name of the party and of the
// chamber are two bodies. A chamber's own office, with no party before
// it, stays the chamber's.
func TestPartyOfficeInChamber(t *testing.T) {
	checkFacts(t, []factCase{
		{"SNP Holyrood leader Moira Grant said the budget was unfair.",
			[]string{"Moira Grant leader_of SNP"}, []string{"Moira Grant leader_of Scottish Parliament", "SNP Holyrood"}},
		{"The Liberal Democrats' Holyrood leader Ewan Tait said the budget was unfair.",
			[]string{"Ewan Tait leader_of Liberal Democrats"}, []string{"Ewan Tait leader_of Scottish Parliament"}},
		{"Labour Party Commons spokesman Hugh Mann said the budget was unfair.",
			[]string{"Hugh Mann official_of Labour Party"}, []string{"Labour Party Commons", "Hugh Mann official_of House of Commons"}},
		// The chamber's own office.
		{"Commons Speaker Hugh Mann said the budget was unfair.",
			[]string{"Hugh Mann leader_of House of Commons"}, []string{"Hugh Mann leader_of Labour"}},
	})
}

// "X was appointed state secretary at the Finance Ministry": an office
// taken or held at an organisation is one of it, as one "of" it is; an
// event at a body's meeting and a rank that is no office give nothing.
func TestCopularOfficeAtBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Karl Berger was appointed state secretary at the Finance Ministry in 1972.",
			[]string{"Karl Berger official_of Finance Ministry"}, nil},
		{"Karl Berger, who was named spokesman at the Foreign Office last year, said talks would resume.",
			[]string{"Karl Berger official_of Foreign Office"}, nil},
		{"Karl Berger became a director at Holloway Textiles in 1977.",
			[]string{"Karl Berger official_of Holloway Textiles"}, nil},
		// Not offices of the body.
		{"Karl Berger was a speaker at the Labour Party conference.",
			nil, []string{"Karl Berger leader_of", "Karl Berger official_of"}},
		{"Karl Berger was a professor at Holloway University until 1990.",
			nil, []string{"Karl Berger leader_of", "Karl Berger official_of"}},
	})
}

// "the firm's technical manager, engineer Jose Gomez,": a second
// description of one lower-case noun between the title's comma and the
// name; an adverb or a conjunction there is none.
func TestSecondDescriptionBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Holloway Textiles' technical manager, engineer Rosa Quillan, said the mill would close.",
			[]string{"Rosa Quillan official_of Holloway Textiles"}, nil},
		{"Holloway Textiles' chairman, economist Rosa Quillan, said the mill would close.",
			[]string{"Rosa Quillan leader_of Holloway Textiles"}, nil},
		{"Holloway Textiles' chairman, reportedly Rosa Quillan, said the mill would close.",
			nil, []string{"Rosa Quillan leader_of"}},
		{"Holloway Textiles' chairman, then Rosa Quillan, said the mill would close.",
			nil, []string{"Rosa Quillan leader_of"}},
	})
}
