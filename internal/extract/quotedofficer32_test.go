package extract_test

import "testing"

// "the statement quoted chairman X": the office is the document
// company's, as after "said".
func TestQuotedOfficerOfDocumentCompany(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halden Holdings Ltd withdrew its share issue on Friday. The Halden statement quoted chairman Simon Orbell as saying it regretted the decision.",
			[]string{"person/simon_orbell leader_of organization/halden_holdings_ltd"}, nil},
	})
}
