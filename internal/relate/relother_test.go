package relate_test

import "testing"

// TestStandingAgreementWith: the name after "with" in a concluded
// agreement referred to, acted under, kept or broken is a party to it,
// though no verb makes the agreement there; not in one sought, refused
// or only possible.
func TestStandingAgreementWith(t *testing.T) {
	checkFacts(t, []factCase{
		{"Critics said the weapons deal with Chile had cost the navy dearly.",
			[]string{"Chile party_to weapons deal"}, nil},
		{"Lisbon was accused of breaking its fishing agreement with Morocco, officials said.",
			[]string{"Morocco party_to fishing agreement"}, nil},
		{"Tamco Inc said that pursuant to an agreement with Belvo Corp, the lawsuit has been dropped.",
			[]string{"Belvo Corp party_to agreement with belvo corp"}, nil},
		{"Tamco Inc said it amended a supply agreement with Belvo Corp.",
			[]string{"Belvo Corp party_to supply agreement"}, nil},
		// Negative: a deal sought, refused, possible or under talks.
		{"Tamco Inc hopes for a supply deal with Belvo Corp next year.",
			nil, []string{"Belvo Corp party_to"}},
		{"Lisbon ruled out any fishing agreement with Morocco this year.",
			nil, []string{"Morocco party_to"}},
		{"Tamco Inc said a possible supply deal with Belvo Corp was discussed.",
			nil, []string{"Belvo Corp party_to"}},
		{"Tamco Inc is in talks on a supply deal with Belvo Corp.",
			nil, []string{"Belvo Corp party_to"}},
		// Negative: in a text about a party's deal, another description
		// with that party is that deal again.
		{"Tamco Inc signed a parts deal with Belvo Corp in May. The production deal with Belvo Corp starts next year.",
			[]string{"Belvo Corp party_to parts deal"}, []string{"party_to production deal"}},
	})
}

// TestBasedIn: a region or country in a "-based" compound after a town
// and a comma holds the town; not a town in a list, nor a region before
// the compound.
func TestBasedIn(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Tucson, Arizona-based retailer cut 200 jobs.",
			[]string{"Tucson located_in Arizona"}, nil},
		{"Shares in the Dayton, Ohio-based group fell sharply on Monday.",
			[]string{"Dayton located_in Ohio"}, nil},
		// Negative: a list of towns, and a region before the compound.
		{"Firms in Leeds, York and Hull, Yorkshire-based traders said, were hit.",
			nil, []string{"York located_in Yorkshire", "Hull located_in Yorkshire"}},
		{"The Ohio, Texas-based pipeline operator said so.",
			nil, []string{"Ohio located_in Texas"}},
	})
}

// TestEndedAgreement: who abrogates, breaks or ends a concluded
// agreement was a party to it; not who ends talks about one, nor one
// whose subject is far.
func TestEndedAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"Officials said Peru had abrogated a bilateral fishing pact.",
			[]string{"Peru party_to bilateral fishing pact"}, nil},
		{"Tamco Inc is likely to end a distribution agreement, analysts said.",
			[]string{"Tamco Inc party_to distribution agreement"}, nil},
		{"Analysts said Belvo Corp broke its supply agreement with Tamco Inc.",
			[]string{"Belvo Corp party_to supply agreement", "Tamco Inc party_to supply agreement"}, nil},
		// Negative: talks ended, and a speaker's object.
		{"Tamco Inc ended talks on a distribution agreement last week.",
			nil, []string{"Tamco Inc party_to"}},
		{"Critics of Tamco Inc want regulators to end the pricing agreement.",
			nil, []string{"Tamco Inc party_to"}},
	})
}

// TestMetFormer: "then", "former" or "visiting" before the title of whom
// someone met dates the office; the meeting stands. Not before a verb.
func TestMetFormer(t *testing.T) {
	checkFacts(t, []factCase{
		{"In May Lord Hale met then Treasury Minister Lord Ames in London.",
			[]string{"Hale met_with Ames"}, nil},
		{"Kurt Weller met former Austrian chancellor Franz Huber on Friday.",
			[]string{"Kurt Weller met_with Franz Huber"}, nil},
		// Negative: "then" before a verb.
		{"Kurt Weller met reporters and then Franz Huber left for Vienna.",
			nil, []string{"met_with"}},
	})
}
