package relate_test

import "testing"

// "The chancellor said", "the premier told": a one-word office of one
// holder, in lower case with no name, as the subject after the person is
// named; a past form before a title is the verb, not its portfolio.
func TestBareOneWordOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harold Penner has promised lower taxes for families. The chancellor said the economy was growing.",
			[]string{"Harold Penner title =chancellor"}, nil},
		{"Ruth Ambler has rejected calls for an early vote. The premier told reporters the election would come in May.",
			[]string{"Ruth Ambler title =premier"}, nil},
		// Britain's chancellor keeps its finances: an official, no leader.
		{"Harold Penner toured three African states this week. In Lagos, the UK chancellor promised more aid.",
			nil, []string{"Harold Penner leader_of United Kingdom"}},
		// The chancellor the text names is another person.
		{"Chancellor Mark Oduya spoke in Leeds. Harold Penner has promised lower taxes. The chancellor said the economy was growing.",
			nil, []string{"Harold Penner title =chancellor"}},
		// No verb after it: a possessor, not the subject.
		{"Harold Penner has promised lower taxes for families. The chancellor's plan was welcomed.",
			nil, []string{"Harold Penner title"}},
		// A named holder of the office confirms it and leaves the main
		// person's other bare office standing.
		{"Ruth Ambler has said aid will rise sharply. The prime minister was speaking in London. Ms Ambler said the aid was needed. " +
			"Chancellor Mark Oduya backed a debt freeze. Ms Ambler praised other donors. Germany has backed the freeze. The chancellor said it would save billions.",
			[]string{"Ruth Ambler title =prime minister", "Mark Oduya title =chancellor"}, []string{"Ruth Ambler title =chancellor"}},
		// A verb before the office is no portfolio.
		{"The minister accused shadow chancellor Ivor Lamb of plotting cuts.",
			[]string{"Ivor Lamb title =shadow chancellor"}, []string{"title =minister accused shadow chancellor", "title =accused shadow chancellor"}},
		{"Mr Dale praised foreign secretary Ivor Lamb for his work.",
			[]string{"Ivor Lamb title =foreign secretary"}, []string{"title =praised foreign secretary"}},
		{"The armed forces minister Ivor Lamb visited the base.",
			[]string{"Ivor Lamb title =armed forces minister"}, nil},
	})
}
