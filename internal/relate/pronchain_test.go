package relate_test

import "testing"

// A run of sentences opened by "He"/"She" leads back to the person last
// named as a sentence's subject, past a sentence that names no one and
// past other people named as objects.
func TestPronounChain(t *testing.T) {
	checkFacts(t, []factCase{
		{"Gordon Pryce was born in Hull in 1948. He trained as an engineer and worked for a shipyard. He moved to Bristol in 1975. " +
			"He lost a local election to Brian Tate in 1979. The defeat hurt. In 1990 he became deputy governor of the Bank of England.",
			[]string{"Gordon Pryce official_of Bank of England"}, []string{"Brian Tate official_of"}},
		{"Helen Moss grew up in Glasgow. She studied history and taught for some years. She met President Jacques Chirac in Paris in 1998. " +
			"She is now a member of the Royal Society.",
			[]string{"Helen Moss member_of Royal Society"}, []string{"Chirac member_of"}},
		// Two men open the sentences before: the pronoun stays open.
		{"Gordon Pryce resigned on Monday. Brian Tate spoke to the board. Michael Hart was promoted. He trained as an engineer. " +
			"He studied law. He played golf. In 1990 he became deputy governor of the Bank of England.",
			nil, []string{"official_of Bank of England"}},
		// A quotation breaks the run: someone else may speak.
		{"Gordon Pryce was born in Hull in 1948. He trained as an engineer. \"He was a fine colleague,\" a friend said. " +
			"He trained as a pilot. He studied law. He played golf. In 1990 he became deputy governor of the Bank of England.",
			nil, []string{"official_of Bank of England"}},
		// A pronoun inside a reported clause after another man's name
		// does not continue the run.
		{"Gordon Pryce was born in Hull in 1948. He trained as an engineer. He studied law. " +
			"Critics of Brian Tate's record said that in 1990 he became deputy governor of the Bank of England.",
			nil, []string{"Gordon Pryce official_of Bank of England"}},
		// The run leads to a woman: "he" is not hers.
		{"Helen Moss was born in Hull in 1948. She trained as an engineer. She studied law. She played golf. " +
			"In 1990 he became deputy governor of the Bank of England.",
			nil, []string{"official_of Bank of England"}},
	})
}

// An adverb between the subject and a copula dates the office.
func TestAdverbBeforeCopula(t *testing.T) {
	checkFacts(t, []factCase{
		{"Gordon Pryce was born in Hull in 1948. He later became chairman of the British Council.",
			[]string{"Gordon Pryce leader_of British Council"}, nil},
		{"Helen Moss subsequently served as deputy governor of the Bank of England.",
			[]string{"Helen Moss official_of Bank of England"}, nil},
		// No copula after the adverb.
		{"Gordon Pryce later said the chairman of the British Council had resigned.",
			nil, []string{"Gordon Pryce leader_of"}},
	})
}
