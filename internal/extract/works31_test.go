package extract_test

import "testing"

// In a text about films, a name taken for an organisation that is listed
// with a work is a work too; people listed stay.
func TestWorksListedTogether(t *testing.T) {
	checkFacts(t, []factCase{
		{"The film's studio said the Oscar race was open. Critics praised the comedy Sideways and Million Dollar Baby, while Spike Lee and Jude Law were absent.",
			[]string{"Person:Spike Lee", "Person:Jude Law"},
			[]string{"Organization:Million Dollar Baby", "Organization:Sideways"}},
	})
}

// A firm that makes works, listed with one, stays a firm.
func TestStudioListedWithWork(t *testing.T) {
	checkFacts(t, []factCase{
		{"The comedy Sideways and Momentum Pictures were both honoured at the festival. The film won.",
			[]string{"Organization:Momentum Pictures"}, nil},
	})
}
