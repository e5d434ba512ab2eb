package relate_test

import "testing"

// "president and chief executive": two offices, each its own title, as
// "chairman and chief executive" has always been.
func TestPresidentAndChiefExecutiveTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halvex Corp president and chief executive Dana Kirby said orders rose.",
			[]string{"Dana Kirby title =president", "Dana Kirby title =chief executive", "Dana Kirby leader_of Halvex Corp"},
			[]string{"=president and chief executive"}},
		{"Ted Maris, president and chief operating officer of Orlo Foods Inc, resigned.",
			[]string{"Ted Maris title =president", "Ted Maris title =chief operating officer", "Ted Maris leader_of Orlo Foods Inc"}, nil},
	})
}
