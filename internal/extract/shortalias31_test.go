package extract_test

import "testing"

// A short name the lexicon files under another body is the text's body
// it shortens, when the text never names the lexicon's: "The American
// Stock Exchange ... The Amex said" is no American Express.
func TestShortNameOfTheTextsBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"NEW YORK, April 13 - The American Stock Exchange said it would list the shares. The Amex said trading starts today.",
			[]string{"Organization:American Stock Exchange aka Amex"},
			[]string{"Organization:American Express"}},
		{"Amex shares rose after the card group said it would spin off its unit. Amex said profits rose.",
			[]string{"Organization:American Express"}, nil},
		{"The Scottish Conservative Party and Tods Murray agreed. A Tory spokesman said so.",
			nil, []string{"Organization:Tods Murray aka Tory"}},
	})
}

// A short name that does not shorten the lexicon's own name is no shared
// abbreviation: "Citibank" is not "Citizens Bank".
func TestShortNameNotShared(t *testing.T) {
	checkFacts(t, []factCase{
		{"Citizens Bank said it would close 20 branches in Ohio. Citibank said it had no plans to follow.",
			nil, []string{"Organization:Citizens Bank aka Citibank"}},
	})
}
