package mention_test

import "testing"

// TestTitleBeforeCommonNoun: a capitalised title word before a capitalised
// common noun starts a name ("General Acquisition"), and before a name the
// tagger reads as a person's it stays a title.
func TestTitleBeforeCommonNoun(t *testing.T) {
	lower := map[string]bool{"acquisition": true, "holdings": true, "wood": true}
	checkFormsCases(t, lower, []taggedCase{
		{"The bid from General Acquisition was raised on Monday.", []string{"ORG:General Acquisition"},
			[]string{"Organization:General Acquisition"}, []string{"Organization:Acquisition"}},
		// Negative: a general whose surname is also a common noun.
		{"The troops were led by General Wood last year.", []string{"PER:Wood"},
			[]string{"Person:Wood"}, []string{"Organization:General Wood"}},
	})
}

// TestElectionNames: an election's name is an event, no organisation; a
// body named after elections stays one.
func TestElectionNames(t *testing.T) {
	checkFormsCases(t, nil, []taggedCase{
		{"Both parties are preparing for the General Election in May.", []string{"ORG:General Election"},
			nil, []string{"Organization:General Election", "Organization:Election"}},
		{"Turnout fell at the Regional Elections, officials said.", []string{"ORG:Regional Elections"},
			nil, []string{"Organization:Regional Elections"}},
		// Negative: "Election Commission" is a body.
		{"The Central Election Commission rejected the complaint.", []string{"ORG:Central Election Commission"},
			[]string{"Organization:Central Election Commission"}, nil},
	})
}

// TestPaperNamedByDemonym: "the Australian" before what it qualifies is
// the adjective, not the newspaper of that name.
func TestPaperNamedByDemonym(t *testing.T) {
	checkFormsCases(t, nil, []taggedCase{
		{"Exporters gained as the Australian dollar fell against the yen.", nil,
			nil, []string{"Organization:the Australian"}},
		{"Holdings of the Australian and New Zealand dollars rose.", nil,
			nil, []string{"Organization:the Australian"}},
		// Negative: the paper itself, before a verb or "newspaper".
		{"The Australian reported on Monday that the deal was off.", nil,
			[]string{"Organization:The Australian"}, nil},
		{"He was quoted by The Australian newspaper as saying so.", nil,
			[]string{"Organization:The Australian"}, nil},
	})
}

// TestFaithsAndTextParts: a faith's word alone and a numbered part of a
// text name no entity; a faith's word inside a body's name stays.
func TestFaithsAndTextParts(t *testing.T) {
	checkFormsCases(t, nil, []taggedCase{
		{"Leaders said Muslim voters could decide the seat.", []string{"ORG:Muslim"},
			nil, []string{"Organization:Muslim"}},
		{"Sikh, Hindu and Jewish groups signed the letter.", []string{"LOC:Sikh", "ORG:Hindu"},
			nil, []string{"Place:Sikh", "Organization:Hindu"}},
		{"They were held under Section 44 of the Police Act.", []string{"ORG:Section"},
			nil, []string{"Organization:Section"}},
		// Negative: a body's name that starts with a faith, a section
		// with a name.
		{"The Muslim Council of Wessex welcomed the ruling.", []string{"ORG:Muslim Council of Wessex"},
			[]string{"Organization:Muslim Council of Wessex"}, nil},
		{"He joined the Section Eight club.", []string{"ORG:Section Eight"},
			[]string{"Organization:Section Eight"}, nil},
	})
}
