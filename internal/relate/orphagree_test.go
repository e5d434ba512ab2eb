package relate_test

import "testing"

// A hyphenated compound of two organisations (or an organisation and a
// country) the text names before an agreement noun names its parties, as
// a compound of two countries does; a headline verb in -ing between them
// does not make the compound a modifier of the noun.
func TestCompoundBodiesParties(t *testing.T) {
	checkFacts(t, []factCase{
		{"Shares in Acme and Globex rose. Analysts said the Acme-Globex merger would close soon.",
			[]string{"Acme party_to Acme-Globex merger", "Globex party_to Acme-Globex merger"}, nil},
		{"Shares in Hooli rose after the EU dropped its fine. The Hooli-EU settlement ends the case.",
			[]string{"Hooli party_to Hooli-EU settlement", "European Union party_to Hooli-EU settlement"}, nil},
		// Negative: a hyphenated name whose halves are no entities.
		{"Rolls-Royce said the Anglo-Saxon deal would close.",
			nil, []string{"party_to"}},
		// Negative: a headline verb stands between compound and noun.
		{"Shares in Acme and Globex rose. Acme-Globex seeking deal on patents, a report said.",
			nil, []string{"party_to"}},
	})
}

// "its ... agreement with Y": the body "its" refers to is a party, and
// so is Y; not when Y only owns what "its agreement" (consent) is with.
func TestItsAgreementWith(t *testing.T) {
	checkFacts(t, []factCase{
		{"Initech Corp said the vote on its proposed merger with Hooli Inc will be held in May.",
			[]string{"Initech Corp party_to proposed merger", "Hooli Inc party_to proposed merger"}, nil},
		// Negative: consent to another's proposal.
		{"France signalled its agreement with Germany's proposal on Monday.",
			nil, []string{"Germany party_to"}},
	})
}

// "signed up to" / "signed up for" an agreement is signing it; not when
// negated.
func TestSignedUpTo(t *testing.T) {
	checkFacts(t, []factCase{
		{"Oil major Globex Corp signed up for a $2bn supply deal on Sunday.",
			[]string{"Globex Corp party_to $2bn supply deal"}, nil},
		{"Norway signed up to the fishing treaty last year.",
			[]string{"Norway party_to fishing treaty"}, nil},
		// Negatives: refused, and signed up for something else.
		{"Chile has not signed up to the fishing treaty.",
			nil, []string{"Chile party_to"}},
		{"Some 600 schools in Norway signed up for the mock elections.",
			nil, []string{"party_to"}},
	})
}
