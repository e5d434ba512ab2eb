package extract_test

import "testing"

// "president of Palo Alto, Calif.-based Adobe": the body after the
// place that is its home.
func TestOfficeOfPlaceBasedBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"John Warnock, president of Palo Alto, Calif.-based Halden Systems Inc, said so.",
			[]string{"person/john_warnock leader_of organization/halden_systems_inc"}, nil},
	})
}
