package relate_test

import "testing"

// "X succeeds Y as chairman": the subject of a verb of succession takes
// the office its object held; a hoped-for succession gives nothing.
func TestSuccessorTakesOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Rosa Quillan succeeds Peter Danvers as chairman of Holloway Textiles.",
			[]string{"Rosa Quillan leader_of Holloway Textiles", "Peter Danvers leader_of Holloway Textiles"}, nil},
		{"Ms Quillan will succeed Mr Danvers as chief executive of Holloway Textiles in June.",
			[]string{"Quillan leader_of Holloway Textiles"}, nil},
		{"Rosa Quillan has replaced Peter Danvers as managing director of Holloway Textiles.",
			[]string{"Rosa Quillan leader_of Holloway Textiles"}, nil},
		// Only a possibility: the subject holds no office.
		{"Rosa Quillan is likely to succeed Peter Danvers as chairman of Holloway Textiles.",
			[]string{"Peter Danvers leader_of Holloway Textiles"}, []string{"Rosa Quillan leader_of"}},
		{"Rosa Quillan wants to replace Peter Danvers as chairman of Holloway Textiles.",
			[]string{"Peter Danvers leader_of Holloway Textiles"}, []string{"Rosa Quillan leader_of"}},
	})
}

// A company office held or taken with no body of its own belongs to the
// one company the sentence opens with.
func TestHeldOfficeOfSentenceCompany(t *testing.T) {
	checkFacts(t, []factCase{
		{"Holloway Textiles said Rosa Quillan will become chairman.",
			[]string{"Rosa Quillan leader_of Holloway Textiles"}, nil},
		{"Holloway Textiles said Rosa Quillan took over as chief operating officer last week.",
			[]string{"Rosa Quillan official_of Holloway Textiles"}, nil},
		// Two companies: the office may be either's.
		{"Holloway Textiles said Rosa Quillan of Brantwood Mills will become chairman.",
			nil, []string{"Rosa Quillan leader_of Holloway Textiles"}},
		// A state's president in a sentence that names a country.
		{"Holloway Textiles said it welcomed Peru's vote, which made Rosa Quillan president.",
			nil, []string{"Rosa Quillan leader_of Holloway Textiles"}},
	})
}
