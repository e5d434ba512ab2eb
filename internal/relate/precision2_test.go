package relate_test

import "testing"

// Precision cases found by auditing extracted edges of unseen news: each
// wrong reading beside a sentence where the pattern must still fire.
func TestPrecisionAuditCases(t *testing.T) {
	checkFacts(t, []factCase{
		// "The French president" is the one the text named French
		// president, not the president named last.
		{"French President Paul Marchand arrived in Vienna on Monday. President Harold Dunmore of the United States stayed at home. " +
			"His remarks about President Dunmore met a cool reply from Mr Marchand. The French president told reporters Europe must stand together.",
			[]string{"Paul Marchand leader_of France"}, []string{"Harold Dunmore leader_of France"}},
		// With one president named, the description is his.
		{"French President Paul Marchand arrived in Vienna on Monday. The French president told reporters Europe must stand together.",
			[]string{"Paul Marchand leader_of France"}, nil},
		// A possessive pronoun after a relative clause set off by commas
		// refers past the clause, to the sentence's subject.
		{"Peter Hallam, who replaced Donald Reeve as chief of staff, is seen as a moderate, as is his deputy, Kenneth Morrow.",
			[]string{"Kenneth Morrow deputy_of Peter Hallam"}, []string{"deputy_of Donald Reeve"}},
		{"Donald Reeve named a new team on Monday. His deputy, Kenneth Morrow, will run the office.",
			[]string{"Kenneth Morrow deputy_of Donald Reeve"}, nil},
		// A one-word "person" with no given name, honorific or title is
		// too weak to be anyone's superior; a named person is one.
		{"Children's Minister Jane Harlow said the bill would pass.",
			nil, []string{"serves_under Children"}},
		{"Women's Minister Jane Harlow said the bill would pass.",
			nil, []string{"serves_under Women"}},
		{"Senator Ruth Calder's chief of staff, Alan Pryce, resigned.",
			[]string{"Alan Pryce serves_under Ruth Calder"}, nil},
		// A British party's president or chief executive runs its
		// organisation; its leader is another.
		{"Lib Dem president Tom Ashdale said the campaign had begun.",
			[]string{"Tom Ashdale official_of Liberal Democrats"}, []string{"Tom Ashdale leader_of"}},
		{"Labour chief executive Tom Ashdale said the campaign had begun.",
			[]string{"Tom Ashdale official_of Labour Party"}, []string{"Tom Ashdale leader_of"}},
		{"Labour leader Tom Ashdale said the campaign had begun.",
			[]string{"Tom Ashdale leader_of Labour Party"}, nil},
	})
}
