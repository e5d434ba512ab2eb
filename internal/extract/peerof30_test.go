package extract_test

import "testing"

// A peer's style right before "of" names no one: "Lord of the Rings" is
// no person or place "of the Rings"; "Lord Nicholls of Birkenhead" is a
// peer.
func TestStyleBeforeOf(t *testing.T) {
	checkFacts(t, []factCase{
		{"Effects were used in films such as Troy and Lord of the Rings and in gaming.",
			nil, []string{"Place:of the Rings", "Person:of the Rings"}},
		{"The ruling was written by Lord Nicholls of Birkenhead on Tuesday.",
			[]string{"Person:Nicholls"}, []string{"Place:Birkenhead"}},
	})
}
