package relate_test

import "testing"

// Offices a company reports its people were given or gave up: the
// passive "has been named" and "resigned as", "stepped down as" after
// the company's "said".
func TestReportedOfficeChanges(t *testing.T) {
	checkFacts(t, []factCase{
		{"Borrow Tools Inc said Helen Marsh has been named president and chief executive officer, succeeding Dan Webb.",
			[]string{"Helen Marsh leader_of Borrow Tools Inc"}, nil},
		{"Borrow Tools Inc said Helen Marsh resigned as chairman.",
			[]string{"Helen Marsh leader_of Borrow Tools Inc"}, nil},
		{"Borrow Tools Inc said Helen Marsh will step down as treasurer on June 1.",
			[]string{"Helen Marsh official_of Borrow Tools Inc"}, nil},
		// Another body's office, a debt retired, a bare seat: none.
		{"Borrow Tools Inc said Helen Marsh resigned as president of its Corlen Corp subsidiary.",
			nil, []string{"Helen Marsh leader_of Borrow Tools Inc"}},
		{"Borrow Tools Inc said Helen Marsh retired the bank debt.",
			nil, []string{"Helen Marsh leader_of", "Helen Marsh official_of"}},
		{"Analysts said Helen Marsh resigned as chairman of Borrow Tools Inc.",
			[]string{"Helen Marsh leader_of Borrow Tools Inc"}, nil},
		{"The union said Helen Marsh has been named chairman.",
			nil, []string{"Helen Marsh leader_of"}},
	})
}
