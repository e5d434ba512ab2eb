package relate_test

import "testing"

// Each bare office that follows a sentence opening with its holder goes
// to that holder, even when the text has two such offices.
func TestBareOfficesTwoHolders(t *testing.T) {
	checkFacts(t, []factCase{
		{"Arne Vollan has attacked the budget plans of the opposition. The prime minister told delegates the cuts were reckless. " +
			"Mr Lind has spoken to the delegates behind closed doors. The finance minister said the economy was growing.",
			[]string{"Arne Vollan title =prime minister", "Lind title =finance minister"}, nil},
		// One description read for two people: no one gets it.
		{"Arne Vollan has attacked the budget plans of the opposition. The prime minister told delegates the cuts were reckless. " +
			"Mr Lind has spoken to the delegates behind closed doors. The prime minister said the economy was growing.",
			nil, []string{"title =prime minister"}},
	})
}

// A title after "as" is not the subject's when an object pronoun stands
// between them, or when "he" may mean either of two people named before.
func TestTitleAsOfAnother(t *testing.T) {
	checkFacts(t, []factCase{
		{"Opposition leader Karl Dunmore called him a failure as a prime minister.",
			nil, []string{"Karl Dunmore title =prime minister"}},
		{"The book says Mr Varga told Mr Osei in 2001 he would step down as prime minister.",
			nil, []string{"title =prime minister"}},
		// One person before the pronoun: it is theirs.
		{"Mr Varga said in 2001 he would step down as prime minister.",
			[]string{"Varga title =prime minister"}, nil},
		// A possessor is not a second person.
		{"After reading Mr Osei's letter, Mr Varga said he would stay on as chairman.",
			[]string{"Varga title =chairman"}, nil},
	})
}
