package relate_test

import "testing"

// Memberships of states in bodies as news text states them: a joint
// possessor of "NATO allies", a counted "its 11 EC partners", a list of
// members after a dash or an opening "Among the members", a relative
// clause that lists what a body comprises, "part of" a body, and a plural
// possessor's wish to join.
func TestMemberStatesStated(t *testing.T) {
	checkFacts(t, []factCase{
		{"Spain and Italy's NATO allies urged restraint on Monday.",
			[]string{"Spain member_of NATO", "Italy member_of NATO"}, nil},
		{"The quota was backed by Denmark and its 11 EC partners at the summit.",
			[]string{"Denmark member_of EC"}, nil},
		{"Talks will involve the permanent members of the Security Council -- China, France and Russia.",
			[]string{"China member_of UN Security Council", "France member_of UN Security Council", "Russia member_of UN Security Council"}, nil},
		{"Among the members of the Security Council, Britain and France voted against the text.",
			[]string{"United Kingdom member_of UN Security Council", "France member_of UN Security Council"}, nil},
		{"Kenya and Uganda are both part of the East African Community.",
			[]string{"Kenya member_of East African Community", "Uganda member_of East African Community"}, nil},
		{"He praised the Southern African Customs Union, which comprises Botswana, Lesotho and Namibia, for its tariff cuts.",
			[]string{"Botswana member_of Southern African Customs Union", "Lesotho member_of Southern African Customs Union", "Namibia member_of Southern African Customs Union"}, nil},
		{"Latvia and Lithuania restated their determination to join NATO and the European Union.",
			[]string{"Latvia seeks_membership NATO", "Lithuania seeks_membership European Union"}, nil},
		// Negative cases: a past state, a single possessed name, a list
		// before a comma outside "Among", a list that possesses.
		{"Estonia was part of the Soviet Union until 1991.",
			nil, []string{"Estonia member_of"}},
		{"Members of the Security Council, Chile and Kenya said on Friday, will meet again.",
			nil, []string{"Chile member_of", "Kenya member_of"}},
		{"The envoys met the members of the Security Council -- France and Britain's diplomats were absent.",
			nil, []string{"France member_of", "United Kingdom member_of"}},
		{"The fund, which includes Acme, was set up in May.",
			nil, []string{"Acme member_of"}},
	})
}

// Memberships still sought: a prospective membership of a country, and a
// country that hopes, wants, tries or waits to join.
func TestMemberStatesSought(t *testing.T) {
	checkFacts(t, []factCase{
		{"Officials discussed Serbia's possible membership of the European Union on Monday.",
			[]string{"Serbia seeks_membership European Union"}, nil},
		{"Moscow dislikes Georgia's eventual NATO membership.",
			[]string{"Georgia seeks_membership NATO"}, nil},
		{"Kazakhstan is still trying to join the World Trade Organization.",
			[]string{"Kazakhstan seeks_membership World Trade Organization"}, nil},
		{"Moldova hopes to join NATO and the European Union.",
			[]string{"Moldova seeks_membership NATO", "Moldova seeks_membership European Union"}, nil},
		// Negative cases: a membership not qualified as prospective, a
		// wish denied.
		{"Spain's membership of the European Union began in 1986.",
			nil, []string{"Spain seeks_membership"}},
		{"Norway does not want to join the European Union.",
			nil, []string{"Norway seeks_membership"}},
	})
}
