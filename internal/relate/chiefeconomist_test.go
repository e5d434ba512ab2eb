package relate_test

import "testing"

// A chief economist holds an office in the firm or body that employs
// them, as a chief counsel does; a plain economist or analyst at a named
// firm is its staff, an office of weaker evidence.
// A country before the title is the post's field when the body follows
// "at".
func TestChiefEconomist(t *testing.T) {
	checkFacts(t, []factCase{
		{"Prices will rise, said Halvard Bank chief economist Tom Dyer.", []string{"Tom Dyer official_of Halvard Bank"}, nil},
		{"Ruth Kane, UK chief economist at Halvard Bank, said growth slowed.",
			[]string{"Ruth Kane official_of Halvard Bank"}, []string{"Ruth Kane official_of United Kingdom"}},
		{"Tom Dyer, an economist at Halvard Bank, said growth slowed.", []string{"Tom Dyer official_of Halvard Bank"}, nil},
	})
}
