package extract_test

import "testing"

// An acronym is the body whose initials it spells, not a body named
// after it: "the EC" is the European Community, "the EC Commission" a
// body of it.
func TestAcronymIsNotItsBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Producers are in dispute with the European Community over EC export policy. Last week the EC Commission made a concession.",
			[]string{"Organization:EC Commission", "Organization:European Union aka EC"},
			[]string{"Organization:EC Commission aka EC"}},
	})
}
