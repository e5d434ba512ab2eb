package mention_test

import "testing"

func TestInitialsFirmNames(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A firm known by two initials is one name, not its last letter.
		{"K and M chief executive Ruth Dale said sales rose.", []string{"ORG:M", "PER:Ruth Dale"},
			[]string{"Organization:K and M", "Person:Ruth Dale"}, []string{"Organization:M"}},
		{"Shares of T and L fell after the report.", nil,
			[]string{"Organization:T and L"}, nil},
		// Lettered kinds and trade terms are no firm.
		{"The fund sold its class A and B shares.", []string{"MISC:B"},
			nil, []string{"Organization:A and B"}},
		{"Buyers took wheat on a C and F basis.", nil,
			nil, []string{"Organization:C and F"}},
	})
}

func TestKnownFirmAcrossTaggedSpans(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A known firm's name split into a person and a firm stays whole.
		{"Costs fell, said Ann Lowe of Smith Barney, Harris Upham and Co.", []string{"PER:Ann Lowe", "PER:Smith Barney", "ORG:Harris Upham and Co"},
			[]string{"Organization:Smith Barney, Harris Upham and Co"}, []string{"Person:Smith Barney", "Organization:Harris Upham and Co"}},
		// Its legal form goes with it.
		{"The bonds were sold by Merrill Lynch, Pierce, Fenner and Smith Inc on Monday.", []string{"ORG:Merrill Lynch", "ORG:Pierce, Fenner and Smith Inc"},
			[]string{"Organization:Merrill Lynch, Pierce, Fenner and Smith Inc"}, []string{"Organization:Pierce, Fenner and Smith Inc"}},
		// A tagged firm that only starts like a known one keeps its name.
		{"Harris Upham and Co Ltd hired two traders.", []string{"ORG:Harris Upham and Co Ltd"},
			[]string{"Organization:Harris Upham and Co Ltd"}, nil},
	})
}

func TestPartnerFirmsOfTheLexicon(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// Brokerages named after partners are one firm, not a person and
		// two companies.
		{"The issue is led by Prescott, Ball and Turben and two other banks.", []string{"PER:Prescott", "ORG:Ball", "LOC:Turben"},
			[]string{"Organization:Prescott, Ball and Turben"}, []string{"Person:Prescott", "Place:Turben"}},
		{"Managers of the sale were Alex, Brown and Sons Inc.", []string{"PER:Alex", "ORG:Brown and Sons Inc"},
			[]string{"Organization:Alex, Brown and Sons Inc"}, []string{"Person:Alex", "Organization:Brown and Sons Inc"}},
	})
}

func TestKnownNameWithoutItsCommas(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A known name listing partners is still known when the text
		// leaves out one of its commas.
		{"Bonds were placed by Donaldson Lufkin and Jenrette on Friday.", []string{"PER:Donaldson Lufkin", "PER:Jenrette"},
			[]string{"Organization:Donaldson Lufkin and Jenrette"}, []string{"Person:Jenrette"}},
		{"The deal was led by Merrill Lynch, Pierce Fenner and Smith Inc.", []string{"ORG:Merrill Lynch", "PER:Pierce Fenner", "ORG:Smith Inc"},
			[]string{"Organization:Merrill Lynch, Pierce Fenner and Smith Inc"}, []string{"Organization:Smith Inc", "Person:Pierce Fenner"}},
		// Names listed with their commas stay a list.
		{"Donaldson, Lufkin, Jenrette and Cole met on Friday.", []string{"PER:Donaldson", "PER:Lufkin", "PER:Jenrette", "PER:Cole"},
			nil, []string{"Organization:Donaldson"}},
	})
}
