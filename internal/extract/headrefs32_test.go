package extract_test

import "testing"

// "the agency", "the commission": the nearest body whose name has the
// noun.
func TestHeadNounReferences(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Harbor Safety Agency is working on a brochure, said Robin Wade, a spokeswoman for the agency in Boston.",
			[]string{"person/robin_wade official_of organization/harbor_safety_agency"}, nil},
	})
}
