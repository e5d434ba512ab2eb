package resolve_test

import "testing"

// TestStatedAliases: a name the text gives as another name of the entity
// just named is an alias of that entity, not a node of its own.
func TestStatedAliases(t *testing.T) {
	checkAcronymCases(t, []acronymCase{
		{"The rebel commander Omar Haddad, also known as Abu Karim, was seen in the hills. Abu Karim denied it.",
			[]string{"PER:Omar Haddad", "PER:Abu Karim"},
			[]string{"Person:Omar Haddad[Abu Karim]"}, []string{"Person:Abu Karim["}},
		{"Talks included Pedro Salgueiro, better known as Pepe Salgado Ruiz, on Tuesday.",
			[]string{"PER:Pedro Salgueiro", "PER:Pepe Salgado Ruiz"},
			[]string{"Person:Pedro Salgueiro[Pepe Salgado Ruiz]"}, nil},
		{"Shares in Norvale Telecom, which was formerly known as Brightline, rose 3%.",
			[]string{"ORG:Norvale Telecom", "ORG:Brightline"},
			[]string{"Organization:Norvale Telecom[Brightline]"}, []string{"Organization:Brightline["}},
		{"Orsk Metals, formerly Orsk State Smelter, will list its shares in London.",
			[]string{"ORG:Orsk Metals", "ORG:Orsk State Smelter"},
			[]string{"Organization:Orsk Metals[Orsk State Smelter]"}, nil},
		// Negative: a description after "known as" is no alias.
		{"Omar Haddad, known as the father of Karim Haddad, spoke on Monday.",
			[]string{"PER:Omar Haddad", "PER:Karim Haddad"},
			[]string{"Person:Omar Haddad[]", "Person:Karim Haddad[]"}, nil},
		// Negative: a person's former employer is not the person.
		{"The chairman, Lars Berg, formerly Norvale Telecom, said sales grew.",
			[]string{"PER:Lars Berg", "ORG:Norvale Telecom"},
			[]string{"Person:Lars Berg[]", "Organization:Norvale Telecom[]"}, nil},
		// Negative: a bare "known as" after a noun is a description the
		// finder reads, not an alias of the name before it.
		{"Mr Haddad joined Norvale Telecom known as Brightline Holdings in 1990.",
			[]string{"ORG:Norvale Telecom", "ORG:Brightline Holdings"},
			[]string{"Organization:Brightline Holdings[]"}, nil},
		// Negative: two states the lexicon tells apart stay two.
		{"Russia, formerly the Soviet Union, signed the treaty.",
			nil,
			[]string{"Country:Russia[]", "Country:Soviet Union[the Soviet Union]"}, nil},
	})
}

// TestStatedAliasesAround: the other name stated before the name, or by
// the sentence's subject, or after a description.
func TestStatedAliasesAround(t *testing.T) {
	checkAcronymCases(t, []acronymCase{
		{"Formerly known as Brightline, Norvale Telecom is a phone operator.",
			[]string{"ORG:Norvale Telecom", "ORG:Brightline"},
			[]string{"Organization:Norvale Telecom[Brightline]"}, []string{"Organization:Brightline["}},
		{"Brightline left bankruptcy in 2003, and is now known as Norvale Telecom.",
			[]string{"ORG:Norvale Telecom", "ORG:Brightline"},
			[]string{"Organization:Brightline[Norvale Telecom]"}, nil},
		{"Orsk Metals, the UK copper and zinc smelter formerly known as Orsk Works, rose 4%.",
			[]string{"ORG:Orsk Metals", "ORG:Orsk Works"},
			[]string{"Organization:Orsk Metals[Orsk Works]"}, nil},
		// Negative: the name that opens the sentence is not the one a
		// reported clause renames.
		{"Brightline said the unit is now known as Norvale Telecom.",
			[]string{"ORG:Norvale Telecom", "ORG:Brightline"},
			[]string{"Organization:Brightline[]", "Organization:Norvale Telecom[]"}, nil},
		// Negative: another name stands between.
		{"Brightline bought Kestrel Mobile, and is now known as Norvale Telecom.",
			[]string{"ORG:Norvale Telecom", "ORG:Brightline", "ORG:Kestrel Mobile"},
			[]string{"Organization:Brightline[]", "Organization:Norvale Telecom[]"}, nil},
	})
}
