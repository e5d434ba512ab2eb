package relate_test

import "testing"

// "a/the TITLE for/at BODY, NAME,": a described office, its body, then the
// holder's name set off by commas; the body slot makes the name a body's.
func TestDescribedOfficeBodyThenName(t *testing.T) {
	checkFacts(t, []factCase{
		{"A spokeswoman for Halden Builders, Dr Mira Sood, said sales rose.", []string{"Mira Sood official_of Halden Builders", "Mira Sood title =spokeswoman"}, []string{"Halden Builders title"}},
		{"A spokeswoman at the Treasury, Jane Hall, said growth would slow.", []string{"Jane Hall official_of HM Treasury"}, nil},
		// A person's spokesman speaks for no body.
		{"A spokesman for Tony Blair, Tom Kelly, said the talks had ended.", nil, []string{"official_of Tony Blair"}},
		// The comma after the body must be closed after the name.
		{"Asked about a spokesman for Acme Corp, Jane Hall said she knew nothing.", nil, []string{"Jane Hall official_of"}},
		// The office of the name before the appositive.
		{"Officials, said Ann Lee, a spokeswoman for Acme Corp, Tom Hart, and others, were upset.", []string{"Ann Lee official_of Acme Corp"}, []string{"Tom Hart official_of"}},
	})
}

// A party's name before a lower-case title is the holder's party.
func TestPartyBeforeLowerCaseTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ann Morrow, former Labour minister, backed the bill.", []string{"Ann Morrow member_of Labour Party", "Ann Morrow title =minister"}, []string{"=labour minister"}},
		// "Labour Minister" in capitals is a portfolio.
		{"Israeli Labour Minister Eli Cohen met the unions.", []string{"Eli Cohen title =labour minister"}, []string{"member_of"}},
	})
}

// A departure verb's purpose clause states its subject's next office.
func TestDepartureToBecomeOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tom Hart left the bank in 1990 to become British ambassador to Japan.", []string{"Tom Hart official_of United Kingdom", "Tom Hart title =ambassador"}, nil},
		{"Ann Lee resigned from the board to become chairman of Halden Holdings.", []string{"Ann Lee leader_of Halden Holdings"}, nil},
		{"Tom Hart left the bank and Ann Lee was asked to become its chairman.", nil, []string{"Tom Hart title =chairman"}},
	})
}
