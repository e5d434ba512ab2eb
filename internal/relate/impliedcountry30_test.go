package relate_test

import "testing"

// "the northern city of X" with no country before it lies in the country
// the text names that the lexicon places it in, or, for a place the
// lexicon does not know, in the text's one country; not when the sentence
// names a place of another country.
func TestSettlementInImpliedCountry(t *testing.T) {
	checkFacts(t, []factCase{
		{"China's banks grew fast. The pair worked at a bank in the northern city of Harbin.",
			[]string{"Harbin located_in China"}, nil},
		{"Sri Lanka began rebuilding on Sunday with a ceremony in the southern town of Kelvara.",
			[]string{"Kelvara located_in Sri Lanka"}, nil},
		// A story about one country that names others: the one it is about.
		{"Sri Lanka has begun rebuilding. Sri Lanka thanked Norway. Sri Lanka's president attended a ceremony in the southern town of Kelvara. Sri Lanka said more aid was needed.",
			[]string{"Kelvara located_in Sri Lanka"}, nil},
		{"The United States bought engines tested in the town of Marvelle, 80 km northwest of Paris.",
			nil, []string{"Marvelle located_in"}},
	})
}
