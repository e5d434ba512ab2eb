package extract_test

import "testing"

// "the statement quoted chairman X": the office is the document
// company's, as after "said".
func TestQuotedOfficerOfDocumentCompany(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halden Holdings Ltd said it withdrew its share issue. Halden said the exchange had barred new listings, announced by Tom Reyes, chairman of the Stock Exchange of Singapore. But the Halden statement quoted chairman Simon Orbell as saying it regretted the decision. Halden shares fell.",
			[]string{"person/simon_orbell leader_of organization/halden_holdings_ltd"}, nil},
	})
}
