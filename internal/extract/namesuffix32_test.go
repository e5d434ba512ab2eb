package extract_test

import "testing"

// A surname joins a full name that ends in a generational suffix.
func TestSurnameBeforeSuffix(t *testing.T) {
	checkFacts(t, []factCase{
		{"Charles Orben Jr, vice chairman of Halden Manufacturing Co, spoke on Monday. \"It is the keystone,\" said Orben.",
			[]string{"Person:Charles Orben Jr aka Orben"}, []string{"Person:Orben"}},
		{"Tom Verity III, president of Halden Corp, resigned. Verity said he was tired.",
			[]string{"Person:Tom Verity III aka Verity"}, nil},
	})
}

// A bare surname goes to the namesake without a suffix; a pope's
// numeral follows given names, no surname.
func TestSuffixNamesakes(t *testing.T) {
	checkFacts(t, []factCase{
		{"President George W Bush met his father, former president George Bush Sr, in Texas. Bush said the talks went well.",
			[]string{"Person:George W Bush aka Bush"}, []string{"Person:Bush"}},
		{"Pope John Paul II met the singer Sean Paul. Paul said it was an honour.",
			[]string{"Person:Sean Paul aka Paul"}, []string{"Person:John Paul II aka Paul"}},
	})
}
