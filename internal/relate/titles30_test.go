package relate_test

import "testing"

// "NAME, head of FIELD at BODY": the lower-case field after a title's
// "of" belongs to the title when the employer follows it.
func TestFieldAfterOfTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Marta Lindqvist, head of currency strategy at Norrland Bank, said the krona would fall.",
			[]string{"Marta Lindqvist title =head of currency strategy", "Marta Lindqvist official_of Norrland Bank"},
			[]string{"Marta Lindqvist title =head\n"}},
		{`"Sales will grow," said Tomas Brenner, vice president of sales and marketing for Globex.`,
			[]string{"Tomas Brenner title =vice president of sales and marketing"}, nil},
		// A leader's title over a field is a post inside the body.
		{"Ivo Marek, president of distribution at Vellum Pictures, said the film did well.",
			[]string{"Ivo Marek title =president of distribution", "Ivo Marek official_of Vellum Pictures"},
			[]string{"Ivo Marek leader_of"}},
		// An article names a body, and a second complement continues
		// the field: the title stays as it was.
		{"Hana Ruzicka, head of the research unit at Kessler Bank, said so.",
			nil, []string{"=head of the"}},
		{`"It is cheap," said Jon Eskola, head of strategy for Nordic markets for Kestrel Capital.`,
			[]string{"Jon Eskola official_of Kestrel Capital"}, []string{"=head of strategy"}},
	})
}

// "Finance Minister, NAME said": a capitalised title that opens the
// sentence, a comma and its holder's name, no article before.
func TestOpeningTitleCommaName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Finance Minister, Ian McBrody said the budget was balanced.",
			[]string{"Ian McBrody title =finance minister"}, nil},
		{"EC Farm Commissioner, Pieter Van Damme has warned against the move.",
			[]string{"Pieter Van Damme title =farm commissioner", "Pieter Van Damme official_of EC"}, nil},
		{"Director, Colin Brackett, said some students were squeezed out.",
			[]string{"Colin Brackett title =director"}, nil},
		// Status words between the possessive and the title.
		{"The plan was opposed by Plaid Cymru's former President, Dafydd Prys.",
			[]string{"Dafydd Prys title =president"}, nil},
		{"He will succeed the previous High Commissioner, Alan Pitcairn, next month.",
			[]string{"Alan Pitcairn title =high commissioner"}, nil},
		// A list of names, no holder.
		{"Queen, Muse, Blur and Oasis complete the top ten.",
			nil, []string{"title =queen"}},
	})
}

// "natural resources minister NAME": a field of an adjective and a
// plural noun before the title belongs to it.
func TestTwoWordFieldTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"The deal was backed by natural resources minister Pavel Dobrenko on Monday.",
			[]string{"Pavel Dobrenko title =natural resources minister"}, []string{"Pavel Dobrenko title =minister\n"}},
		{"Officials met natural resources minister Ada Brun in the capital.",
			[]string{"Ada Brun title =natural resources minister"}, nil},
	})
}
