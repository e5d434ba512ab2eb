package relate_test

import "testing"

// Described agreements: numbers, units and common adjectives before the
// head belong to the description; the subject of the signing verb is the
// party, not a name in a clause or prepositional phrase before it.
func TestDescribedAgreementParties(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chile signed a ten year rescheduling accord in March 1991.",
			[]string{"Chile party_to ten year rescheduling accord", "ten year rescheduling accord date =1991"}, nil},
		{"Peru signed a five billion dollar debt deal.",
			[]string{"Peru party_to five billion dollar debt deal"}, nil},
		{"Acme, which lost supply contracts with Globex Corp, said it had signed a new supply agreement.",
			nil, []string{"Globex Corp party_to"}},
		{"Leeds hosted the conference before the party signed a two year deal.",
			nil, []string{"Leeds party_to"}},
		{"Senators attacked Japan for violating a trade accord.",
			[]string{"Japan party_to trade accord"}, nil},
		// A deal of buying: the buyer and the company bought.
		{"Acme Corp is to buy 40% of Globex Inc in a deal worth $2bn.",
			[]string{"Acme Corp party_to deal", "Globex Inc party_to deal"}, nil},
		{"Acme Corp came close to buying Globex Inc in a $2bn deal.",
			nil, []string{"party_to"}},
		{"Acme Corp has ordered 30 Boeing jets in a $2bn deal.",
			[]string{"Acme Corp party_to $2bn deal"}, []string{"Boeing party_to"}},
		// After the participle, when and where, then the party.
		{"The accord signed in Geneva last month with Peru was the first.",
			[]string{"Peru party_to accord with Peru"}, nil},
		{"A loan deal concluded recently between Acme Corp and Globex Inc was cited.",
			[]string{"Acme Corp party_to loan deal", "Globex Inc party_to loan deal"}, nil},
		// Partners agree to form a partnership; who has a pact is party.
		{"In 2001 Acme Corp and Globex Inc agreed to form a strategic partnership.",
			[]string{"Acme Corp party_to strategic partnership", "Globex Inc party_to strategic partnership"}, nil},
		{"Acme Corp agreed to form a new unit.", nil, []string{"party_to"}},
		{"Chile has a fishing treaty with Peru.",
			[]string{"Chile party_to fishing treaty", "Peru party_to fishing treaty"}, nil},
		{"Chile does not have a fishing treaty with Peru.", nil, []string{"party_to"}},
		// Who acts under an agreement is bound by it.
		{"Chile will repay its debt under an agreement reached today in London.",
			[]string{"Chile party_to agreement"}, nil},
		{"Under the accord, Peru will cut tariffs.", []string{"Peru party_to accord"}, nil},
		{"Acme Corp began selling Globex Inc products under a licensing agreement.",
			nil, []string{"Globex Inc party_to"}},
		{"Chile left the Warsaw Pact. Under the deal, Chile will build parts.",
			[]string{"Chile party_to deal"}, []string{"party_to Warsaw Pact"}},
		// Demonyms of the people who act for their countries.
		{"U.S. and Indian negotiators reached a tentative agreement in May.",
			[]string{"United States party_to tentative agreement", "India party_to tentative agreement"}, nil},
		{"Lord Smith met top Chinese leaders and today signed an agreement.",
			nil, []string{"China party_to"}},
		// Agents of an agreement's participle; a dash may stand before it.
		{"If the agreement --reached on Friday by Ann Lee and Tom Ray --is ratified, talks end.",
			[]string{"Ann Lee party_to agreement", "Tom Ray party_to agreement"}, nil},
		{"Under the five billion dollar deal signed last year, Peru has agreed to buy ships.",
			[]string{"Peru party_to five billion dollar deal"}, nil},
		{"Acme Corp will invest 90 mln dlrs in two joint ventures in coal with Globex Inc.",
			[]string{"Acme Corp party_to two joint ventures", "Globex Inc party_to two joint ventures"}, nil},
		// An amount in other currencies in brackets is part of the phrase.
		{"Acme Corp reached a $2bn (1.5bn euros; £1bn) settlement with Globex Inc.",
			[]string{"Acme Corp party_to $2bn (1.5bn euros; £1bn) settlement", "Globex Inc party_to $2bn (1.5bn euros; £1bn) settlement"}, nil},
		// Companies that agree to merge are parties to their merger.
		{"Acme Corp and Globex Inc have agreed plans to merge. The merger was announced on Tuesday.",
			[]string{"Acme Corp party_to merger", "Globex Inc party_to merger"}, nil},
		{"Acme Corp has agreed to merge with Globex Inc.", []string{"Acme Corp party_to merger", "Globex Inc party_to merger"}, nil},
		{"Acme Corp could agree to merge with Globex Inc.", nil, []string{"party_to"}},
		// Headlines in the present; deals announced; who signed it, after it.
		{"Acme Corp seals $2bn deal\n\nThe firm is pleased.", []string{"Acme Corp party_to $2bn deal"}, nil},
		{"Acme Corp announced a deal with India's Globex Inc to build jets.",
			[]string{"Acme Corp party_to deal with India's Globex Inc", "Globex Inc party_to deal with India's Globex Inc"}, []string{"India party_to"}},
		{"If the $1.75bn agreement Acme Corp signed with Globex Inc on 8 December goes through, prices fall.",
			[]string{"Acme Corp party_to $1.75bn agreement", "Globex Inc party_to $1.75bn agreement"}, nil},
		{"Acme Corp has placed an order for 70 jets, in a deal valued at $4bn.", []string{"Acme Corp party_to deal"}, nil},
		// Parties after a passive relative clause, as demonyms, after an amount.
		{"Sanctions were based on an agreement that had been reached between Chile and Peru on sales.",
			[]string{"Chile party_to agreement between Chile and Peru", "Peru party_to agreement between Chile and Peru"}, nil},
		{"Flights follow a bilateral air agreement signed between the Egyptian and Canadian governments.",
			[]string{"Egypt party_to bilateral air agreement", "Canada party_to bilateral air agreement"}, nil},
		{"Acme Corp said it signed a 25 mln dlr contract with Globex Corp.",
			[]string{"Acme Corp party_to 25 mln dlr contract", "Globex Corp party_to 25 mln dlr contract"}, nil},
		// A person described by occupation; "one" in an amount.
		{"Concrete deals follow a one billion dollar accord signed in Moscow last month with French businessman Jean Dumas.",
			[]string{"Jean Dumas party_to one billion dollar accord"}, nil},
		// "it" opening a clause: the company the sentence before opens with.
		{"Acme Corp is to supply Globex Inc with cars. Last month, it signed a production agreement with Initech Inc.",
			[]string{"Acme Corp party_to production agreement", "Initech Inc party_to production agreement"}, nil},
		{"Acme Corp sold its stake. The German bank said it had signed a production agreement.",
			nil, []string{"Acme Corp party_to"}},
		// What someone put forward is theirs; accepting makes a party.
		{"Ministers rejected Jacques Dumas' proposals to reform farm spending.",
			[]string{"Jacques Dumas' proposals proposed_by Jacques Dumas"}, nil},
		{"Labour's plans were attacked.", nil, []string{"proposed_by"}},
		{"Iran's nuclear program worries Israel.", nil, []string{"proposed_by"}},
		{"Chile, Peru and Bolivia accepted the Paris Club offer.",
			[]string{"Chile party_to paris club offer", "Bolivia party_to paris club offer", "paris club offer proposed_by Paris Club"}, nil},
		{"Dumas said 34 banks holding most of the debt agreed to the new arrangement.", nil, []string{"party_to"}},
		// A takeover is a deal between buyer and target, named by the target.
		{"Acme Corp's takeover of Globex Inc was approved.",
			[]string{"Acme Corp party_to takeover of Globex Inc", "Globex Inc party_to takeover of Globex Inc"}, nil},
		{"Acme Corp said it completed its acquisition of Globex Inc.",
			[]string{"Acme Corp party_to acquisition of Globex Inc"}, nil},
		{"Acme Corp's possible purchase of Globex Inc was discussed.", nil, []string{"party_to"}},
		{"Acme Corp's purchase of Globex Inc's television assets closed.", nil, []string{"party_to"}},
		// Dated by a year in the name, by the clause, after the participle.
		{"Mexico's new package was cheaper than its 1985 debt agreement.",
			[]string{"1985 debt agreement date =1985"}, nil},
		{"Mexico unveiled its 1987 plan to cut spending.", nil, []string{"date =1987"}},
		{"In 2002 Acme Corp and Globex Inc agreed to form a strategic partnership.",
			[]string{"strategic partnership date =2002"}, nil},
		// "its": the nearest country, possessor or subject, before.
		{"Mexico's new package was cheaper than its 1985 debt agreement.",
			[]string{"Mexico party_to 1985 debt agreement"}, nil},
		{"North Korea signalled its agreement in a letter.", nil, []string{"party_to"}},
		{"Chile will repay 13 pct of its frozen 13 billion dollar debt to foreign banks over the next three years under an accord reached today.",
			[]string{"Chile party_to accord"}, nil},
		// "The two countries": a demonym names one of them.
		{"Finnish trade is tied to its neighbour, the Soviet Union. The two countries have a long-term pact.",
			[]string{"Finland party_to long-term pact", "Soviet Union party_to long-term pact"}, nil},
		// An indefinite bare head is named by its party; its year too.
		{"The US terminated an agreement with the EU, reached in 1992.",
			[]string{"United States party_to agreement with the EU", "agreement with the EU date =1992"}, nil},
		// The possessor of a concluded agreement.
		{"Peru's 1990 fishing pact limited catches.", []string{"Peru party_to 1990 fishing pact"}, nil},
		{"Peru's treaty obligations were cited.", nil, []string{"party_to"}},
		{"It was Peru's largest-ever takeover deal.", nil, []string{"party_to"}},
		// "The two ministers": the two people the last paragraphs named.
		{"Chile will build a pipeline, Chilean energy minister Juan Soto said.\n\nThe link opens in May. It was built to help.\n\n" +
			"Peru will pay, Peruvian energy minister Luis Vega said.\n\nThe two ministers spoke after signing an agreement for joint fishing.",
			[]string{"Juan Soto party_to agreement for joint fishing", "Luis Vega party_to agreement for joint fishing"}, nil},
	})
}

// "The new accord" after a signed one is another accord, and a described
// agreement is also known without the words that judge it.
func TestDescribedAgreementIdentity(t *testing.T) {
	got := facts(t, "Chile signed a rescheduling accord in 1990. Chile will sign the new rescheduling accord next week.")
	checkListed(t, got, "\n", []string{"Chile party_to rescheduling accord", "Chile party_to new rescheduling accord"}, nil)

	checkForm(t, "Chile and Peru signed an important fishing agreement.", "important fishing agreement", "fishing agreement")
}
