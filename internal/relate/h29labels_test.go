package relate_test

import "testing"

// A later "the <state> Democrat/Republican" that opens a clause names
// the legislator the sentence before opened with.
func TestStatePartyLabelReference(t *testing.T) {
	checkFacts(t, []factCase{
		{"Senator Walter Pruitt said the farm bill was too costly. The Iowa Republican said he would offer cuts.",
			[]string{"Walter Pruitt member_of Republican Party"}, nil},
		{"Senator Helen Marsh spoke to farmers on Monday. But the North Dakota Democrat told them the bill was dead.",
			[]string{"Helen Marsh member_of Democratic Party"}, nil},
		{`Senator Helen Marsh spoke to farmers on Monday. "The bill is dead," the North Dakota Democrat said.`,
			[]string{"Helen Marsh member_of Democratic Party"}, nil},
		// Negative cases: two people before, the party itself, a country's label.
		{"Senator Walter Pruitt and Senator Ann Dole spoke on Monday. The Iowa Republican said he would offer cuts.",
			nil, []string{"Walter Pruitt member_of", "Ann Dole member_of"}},
		{"Senator Walter Pruitt spoke on Monday. The Iowa Republican Party said it would back him.",
			nil, []string{"Walter Pruitt member_of"}},
		{"Senator Walter Pruitt spoke on Monday. The Irish Republican said he would offer cuts.",
			nil, []string{"Walter Pruitt member_of"}},
	})
}

// "X leader and former president NAME": a former office after "and"
// closes the chain; the offices before it are the name's now.
func TestCoordinatedFormerTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Likud leader and former prime minister Dov Alon said the talks had failed.",
			[]string{"Dov Alon leader_of Likud"}, nil},
		{"Veteran Labour MP and former minister Tom Ball said he would stand down.",
			[]string{"Tom Ball member_of Labour Party"}, nil},
		{"Globex chairman and ex-chief executive Ruth Kane said sales would rise.",
			[]string{"Ruth Kane leader_of Globex"}, nil},
		{"Labour leader and ex-minister Tom Ball said he would stand down.",
			[]string{"Tom Ball leader_of Labour Party"}, []string{"Tom Ball title =minister"}},
		// Negative cases: an office held before by a second person.
		{"Likud leader Ezra Dan and former prime minister Dov Alon met on Monday.",
			[]string{"Ezra Dan leader_of Likud"}, []string{"Dov Alon leader_of"}},
		{"Labour MP Jane Cole and former minister Tom Ball said the plan would fail.",
			[]string{"Jane Cole member_of Labour Party"}, []string{"Tom Ball member_of"}},
	})
}

// A described office after a long opening quote, and a speaker named with
// titles after the quote of the sentence before.
func TestDescribedAfterLongQuote(t *testing.T) {
	checkFacts(t, []factCase{
		{`"We have waited far too long for a farm bill that works for the small growers of the plains," Senate Democratic leader Walter Pruitt said. "If the House passes it this week, we can send it to the president before the recess begins," the Iowa Democrat said.`,
			[]string{"Walter Pruitt member_of Democratic Party"}, nil},
		{`"We fear the worst," Walter Pruitt said. "If the House passes the bill this week, we can send it to the president before the recess," the Tory leader said.`,
			[]string{"Walter Pruitt leader_of Conservative Party"}, nil},
		// Negative case: the quote does not open the sentence.
		{`Walter Pruitt said the bill was dead. Later, when asked about the vote in the House last week on the farm bill, the Iowa Democrat said nothing.`,
			nil, []string{"Walter Pruitt member_of"}},
	})
}
