package relate_test

import "testing"

// A non-restrictive relative clause between a subject and its verb does
// not hide the subject; the object of a preposition before ", who" is no
// antecedent the clause is about.
func TestRelativeClauseSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{"Globex Corp, which owns several exchanges in Paris and Madrid, also began talks with Initech Inc.",
			[]string{"Globex Corp met_with Initech Inc"}, nil},
		{"Acme Corp, which is based in Ohio, held talks with Globex Inc on Monday.",
			[]string{"Acme Corp met_with Globex Inc"}, nil},
		{"Kremlin leader Mikhail Gorbachev, who had two hours of talks with Margaret Thatcher, left.",
			[]string{"Mikhail Gorbachev met_with Margaret Thatcher"}, nil},
		// Negative: the antecedent is the chairman, not the firm after "of".
		{"The chairman of Acme Corp, who held talks with Globex Inc, resigned.",
			nil, []string{"Acme Corp met_with"}},
		// Negative: a restrictive "which" without a comma.
		{"The unit of Acme Corp which began talks with Globex Inc was sold.",
			nil, []string{"Acme Corp met_with"}},
	})
}
