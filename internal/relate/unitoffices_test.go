package relate_test

import "testing"

// "TITLE of the BODY's UNIT" and "TITLE of FIELD at/for BODY": an office
// in a part of a body is an office of the body.
func TestUnitOffices(t *testing.T) {
	checkFacts(t, []factCase{
		// The possessor of a department holds the office.
		{"Maria Kovacs, director of the World Bank's Africa department, said growth would slow.",
			[]string{"Maria Kovacs official_of World Bank"}, []string{"Maria Kovacs leader_of World Bank"}},
		// The head of a unit is an official, not the body's leader.
		{"Tom Hale, head of Barclays's fraud unit, said losses had fallen.",
			[]string{"Tom Hale official_of Barclays"}, []string{"Tom Hale leader_of Barclays"}},
		// A long field before the body it is run at.
		{"Rita Moss, head of research for emerging European bond markets at Deutsche Bank, said prices would rise.",
			[]string{"Rita Moss official_of Deutsche Bank"}, []string{"Rita Moss leader_of Deutsche Bank"}},
		// A possessive that names no unit: no office.
		{"Tom Hale, head of Barclays's, said losses had fallen.",
			nil, []string{"Tom Hale official_of Barclays", "Tom Hale leader_of Barclays"}},
		// A field in a country is no office of the country.
		{"Rita Moss, head of research for emerging bond markets in France, said prices would rise.",
			nil, []string{"Rita Moss official_of France", "Rita Moss leader_of France"}},
	})
}

// A story about one company quotes its officers by a bare office: a body
// named inside the quotation is not the speaker's, and hyphenated or
// board-named offices are company offices too.
func TestDocumentCompanyQuotes(t *testing.T) {
	story := "Brightwater Mining Corp profits fall\n\nBrightwater Mining Corp said profits fell 10% last year. " +
		"Brightwater Mining Corp blamed lower copper prices. Brightwater Mining Corp shares fell 3%. "
	checkFacts(t, []factCase{
		{story + `"A sale of Kestrel Foods is still possible," chief executive Paul Oakes said.`,
			[]string{"Paul Oakes leader_of Brightwater Mining Corp"}, []string{"Paul Oakes leader_of Kestrel Foods"}},
		{story + `"We are cautious," said vice-chairman Laura Finch.`,
			[]string{"Laura Finch official_of Brightwater Mining Corp"}, nil},
		// A body named outside the quotation is the officer's own.
		{story + `"We are cautious," chief executive Paul Oakes of Kestrel Foods said.`,
			nil, []string{"Paul Oakes leader_of Brightwater Mining Corp"}},
	})
}
