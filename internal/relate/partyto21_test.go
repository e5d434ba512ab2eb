package relate_test

import "testing"

// A member of an agreement is a party to it; member_of takes bodies only.
func TestMemberOfAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chile is a member of the General Agreement on Tariffs and Trade.",
			[]string{"Chile party_to General Agreement on Tariffs and Trade"}, []string{"member_of"}},
		{"As a member of the General Agreement on Tariffs and Trade, Peru must cut its tariffs.",
			[]string{"Peru party_to General Agreement on Tariffs and Trade"}, nil},
		{"Chile is not a member of the General Agreement on Tariffs and Trade.", nil, []string{"party_to"}},
	})
}

// A participle set off by commas after the agreement says who made it,
// as one without commas does; a finite "agreed with" after a comma does not.
func TestAppositiveParticipleAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"The accord, reached by OPEC ministers in March, raised output quotas.",
			[]string{"OPEC party_to accord"}, nil},
		{"The fishing pact, agreed by Chile and Peru last year, ends in June.",
			[]string{"Chile party_to fishing pact", "Peru party_to fishing pact"}, nil},
		{"Chile criticised the fishing pact, agreed with Peru to talk again and left.",
			nil, []string{"Peru party_to"}},
	})
}

// A month's name modifies an agreement as a year does.
func TestMonthModifiedAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"Diplomats said OPEC's February accord was under strain.",
			[]string{"OPEC party_to february accord"}, nil},
		{"Under the October agreement, Peru will repay 5 pct of its debt.",
			[]string{"Peru party_to october agreement"}, nil},
		{"Peru said in October agreement was close.", nil, []string{"party_to"}},
	})
}

// Those an agreement bans, obliges or allows by name are its parties; not
// after a law, a plan, or when the agreement is not the subject.
func TestAgreementBindsParties(t *testing.T) {
	checkFacts(t, []factCase{
		{"The missile treaty bans Russia and the United States from building new launchers.",
			[]string{"Russia party_to missile treaty", "United States party_to missile treaty"}, nil},
		{"The Stability and Growth Pact obliges Italy to cut its deficit.",
			[]string{"Italy party_to Stability and Growth Pact"}, nil},
		{"The deal would allow Acme Corp to sell its chips in Asia.",
			[]string{"Acme Corp party_to deal"}, nil},
		{"The reform plan requires Italy to cut its deficit.", nil, []string{"party_to"}},
		{"Peru's exit from the fishing treaty allows Chile to expand its fleet.", nil, []string{"Chile party_to"}},
	})
}

// A country's or a company's name modifying a concluded agreement names a
// party to it; not a place's, not a plural (a kind or several), not one
// yet to be made.
func TestNameModifiedAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"OPEC ministers met in Vienna. Traders said the OPEC accord was holding.",
			[]string{"OPEC party_to OPEC accord"}, nil},
		{"Globex Inc sued its rival. Analysts praised the Globex Inc licensing deal.",
			[]string{"Globex Inc party_to globex inc licensing deal"}, nil},
		{"Ministers praised the Geneva accord.", nil, []string{"party_to"}},
		{"OPEC ministers met in Vienna. Ministers hope to reach an OPEC accord.", nil, []string{"party_to"}},
		{"OPEC ministers met in Vienna. All OPEC output accords need unanimity.", nil, []string{"party_to"}},
	})
}

// The name before "of" or "for" and a gerund of breaking or flouting an
// agreement is the gerund's subject; a participle after a comma has none
// the clause tells.
func TestGerundBreaksAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"Brussels took action against Chile for breaking its fishing agreement with Peru.",
			[]string{"Chile party_to fishing agreement", "Peru party_to fishing agreement"}, nil},
		{"Lima accused Chile of flouting the fishing pact.",
			[]string{"Chile party_to fishing pact"}, nil},
		{"Italy is flouting the Stability and Growth Pact.",
			[]string{"Italy party_to Stability and Growth Pact"}, nil},
		{"Chile was angry at the Peruvian fleet's expansion, flouting the fishing pact.", nil, []string{"Chile party_to"}},
		{"The cost of breaking the fishing pact is high for Chile.", nil, []string{"party_to"}},
	})
}

// "X for (alleged) violations of the pact": the breach is X's.
func TestBlamedForViolations(t *testing.T) {
	checkFacts(t, []factCase{
		{"Lima fined Chile for repeated violations of the fishing pact.",
			[]string{"Chile party_to fishing pact"}, nil},
		{"Lima asked Chile for details of the fishing pact.", nil, []string{"party_to"}},
	})
}
