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
