package relate_test

import "testing"

// "its TITLE NAME" in mid sentence: the body the pronoun refers to.
func TestItsBodyMidSentence(t *testing.T) {
	checkFacts(t, []factCase{
		// One organisation named before the pronoun.
		{"Investors in Brightwater Mining Corp were told on Monday that its chairman, Paul Oakes, would retire.",
			[]string{"Paul Oakes leader_of Brightwater Mining Corp"}, nil},
		// "ORG and its TITLE NAME": the body joined by "and".
		{"Regulators fined Harlow Oil Inc, Terrapet Energy Corp and its chairman, Ruth Fellows, last year.",
			[]string{"Ruth Fellows leader_of Terrapet Energy Corp"}, []string{"Ruth Fellows leader_of Harlow Oil Inc"}},
		// A body the sentence reports to is passed over.
		{"Kestrel Foods Inc said in a filing with the Securities and Exchange Commission that its president, Laura Finch, had sold shares.",
			[]string{"Laura Finch leader_of Kestrel Foods Inc"}, []string{"Laura Finch leader_of Securities and Exchange Commission"}},
		// Two organisations before the pronoun: ambiguous.
		{"Kestrel Foods Inc bought the shares from Harlow Oil Inc after talks in which its president, Laura Finch, took part.",
			nil, []string{"Laura Finch leader_of", "Laura Finch official_of"}},
		// A committee between the company and the pronoun.
		{"Shareholders of Kestrel Foods Inc formed a committee whose members elected its chairman, Laura Finch.",
			nil, []string{"Laura Finch leader_of Kestrel Foods Inc"}},
		// Words other than a status between the pronoun and the title.
		{"Investors in Brightwater Mining Corp sent its lawyers to Judge Paul Oakes on Monday.",
			nil, []string{"Paul Oakes official_of Brightwater Mining Corp", "Paul Oakes leader_of Brightwater Mining Corp"}},
	})
}
