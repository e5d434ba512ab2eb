package mention_test

import "testing"

func TestFirmPartnerLists(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// Partners' names split at commas, before "X and Co": one firm.
		{"Shares rose, said an analyst at Harlow, Denby and Co.", []string{"PER:Harlow", "ORG:Denby and Co"},
			[]string{"Organization:Harlow, Denby and Co"}, []string{"Person:Harlow"}},
		{"The notes were sold by Pratt, Quill, Marsh and Tobin Inc on Monday.", []string{"LOC:Pratt", "LOC:Quill", "ORG:Marsh and Tobin Inc"},
			[]string{"Organization:Pratt, Quill, Marsh and Tobin Inc"}, []string{"Place:Pratt", "Place:Quill"}},
		// A person with a given name before his firm stays a person.
		{"It will rise, said Thomas Harlow, Harlow and Co chairman.", []string{"PER:Thomas Harlow", "ORG:Harlow and Co"},
			[]string{"Person:Thomas Harlow", "Organization:Harlow and Co"}, nil},
		// A list of known names before a firm is a list.
		{"Talks involve Chrysler, Voss and Co and others.", []string{"ORG:Chrysler", "ORG:Voss and Co"},
			[]string{"Organization:Voss and Co"}, []string{"Organization:Chrysler, Voss and Co"}},
		// Without a legal form at the end the names stay apart.
		{"Exports went to Brandon, Kelso and Perth last year.", []string{"LOC:Brandon", "LOC:Kelso and Perth"},
			nil, []string{"Organization:Brandon, Kelso and Perth"}},
	})
}

func TestRatingsAgenciesAndInstruments(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A credit rating is no organisation where ratings are spoken of.
		{"The bonds are rated AAA by Standard and Poor's.", []string{"ORG:AAA", "ORG:Standard and Poor"},
			[]string{"Organization:Standard and Poor's"}, []string{"Organization:AAA", "Organization:Standard and Poor"}},
		{"Moody's cut the debt to Baa from Aa.", []string{"ORG:Baa", "ORG:Aa"},
			[]string{"Organization:Moody's"}, []string{"Organization:Baa", "Organization:Aa"}},
		// Elsewhere the letters may be a name.
		{"The BBB opened an office in Ohio.", []string{"ORG:BBB"},
			[]string{"Organization:BBB"}, nil},
		// A Eurodollar is a deposit, no place.
		{"Banks lent at a margin over Eurodollar rates.", []string{"LOC:Eurodollar"},
			nil, []string{"Place:Eurodollar"}},
		// A known firm's name split by the tagger stays whole.
		{"Prices will fall, said Jo Pike of Merrill Lynch, Pierce, Fenner and Smith.", []string{"PER:Jo Pike", "ORG:Merrill Lynch", "LOC:Pierce", "ORG:Fenner", "PER:Smith"},
			[]string{"Organization:Merrill Lynch, Pierce, Fenner and Smith"}, []string{"Person:Smith", "Place:Pierce"}},
		// The reinsurer is the whole name.
		{"Losses rose at Swiss Re last year.", []string{"ORG:Re"},
			[]string{"Organization:Swiss Re"}, []string{"Organization:Re"}},
	})
}
