package extract_test

import "testing"

// A capitalised common word that opens a firm's name after a lower-case
// word belongs to the name, though the tagger leaves it out.
func TestFirmOpeningWords(t *testing.T) {
	checkFacts(t, []factCase{
		{"The charges name Derek Stowe of Private Label Supply Inc and Owen Marsh.",
			[]string{"Organization:Private Label Supply Inc"},
			[]string{"Organization:Label Supply Inc"}},
		{"Among them were Lena Ward of Basic Canadian Foods and Tom Hale of Private Brand Logistics.",
			[]string{"Organization:Private Brand Logistics"},
			[]string{"Organization:Brand Logistics"}},
		{"Prosecutors also charged Ann Price of Private Label Foods.",
			[]string{"Organization:Private Label Foods"},
			[]string{"Organization:Label Foods"}},
		// A determiner opens a work's title, not a firm's name.
		{"He will star in a revival of the hit musical The Pyjama Factory next year.",
			nil, []string{"Organization:The Pyjama Factory"}},
	})
}

// Two firms' names joined by "and", the first closed by a trade's plural
// head, are two firms.
func TestTradeNamesListed(t *testing.T) {
	checkFacts(t, []factCase{
		{"Jo Reed of Harbour Seafood Packers and First Grain Foods was charged.",
			[]string{"Organization:Harbour Seafood Packers", "Organization:First Grain Foods"},
			[]string{"Organization:Harbour Seafood Packers and First Grain Foods"}},
		// "Savings and Loan" joins inside one name.
		{"Depositors queued outside Harbour Federal Savings and Loan Association on Monday.",
			nil, []string{"Organization:Loan Association"}},
	})
}

// An employee's "of" names the employer: a firm, though its name opens
// with a title word or the tagger reads it as a place.
func TestEmployeeOfFirm(t *testing.T) {
	checkFacts(t, []factCase{
		{"Among those charged is Alan Pertwee, a former employee of General Pastries.",
			[]string{"Organization:General Pastries", "Person:Alan Pertwee"},
			[]string{"Person:Pastries"}},
		{"The money was paid to employees of Hensley Mills last year.",
			[]string{"Organization:Hensley Mills"},
			[]string{"Place:Hensley Mills"}},
		// Elsewhere the general stays a general.
		{"Troops loyal to General Pastor seized the town.",
			[]string{"Person:Pastor"}, []string{"Organization:General Pastor"}},
	})
}

// Common Italian given names open a person's name at a sentence's start,
// where the tagger misses it.
func TestItalianGivenNames(t *testing.T) {
	checkFacts(t, []factCase{
		{"Pasquale D'Arvino of the FBI called the suppliers key players.",
			[]string{"Person:Pasquale D'Arvino", "Organization:FBI"}, nil},
	})
}
