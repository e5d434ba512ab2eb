package mention_test

import "testing"

// A known organisation's name is cut from a common word, a politician's
// surname or a possessor the tagger fused on before it.
func TestFusedBeforeKnownOrganization(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A function word, a number or a plural noun of people that opens
		// the sentence.
		{"Several Goldman Sachs bankers left for rivals.", []string{"ORG:Several Goldman Sachs"},
			[]string{"Organization:Goldman Sachs"}, []string{"Organization:Several Goldman Sachs"}},
		{"Three General Motors plants will close in May.", []string{"ORG:Three General Motors"},
			[]string{"Organization:General Motors"}, []string{"Organization:Three General Motors"}},
		{"Brokers Goldman Sachs advised the board on the sale.", []string{"ORG:Brokers Goldman Sachs"},
			[]string{"Organization:Goldman Sachs"}, []string{"Organization:Brokers Goldman Sachs"}},
		// The surname of a politician the story names before a party or a
		// body of state.
		{"Senator Ana Pruitt spoke. Critics of the Pruitt White House were silent.", []string{"PER:Ana Pruitt", "ORG:Pruitt White House"},
			[]string{"Organization:White House"}, []string{"Organization:Pruitt White House"}},
		// A possessor.
		{"Dravin's Financial Times cut its price.", []string{"ORG:Dravin 's Financial Times"},
			[]string{"Organization:Financial Times"}, []string{"Organization:Dravin's Financial Times"}},
		// Negative: a word of the name's own stays, even one written in
		// lower case elsewhere or opening the sentence.
		{"National Bank of Canada raised its rate. The national debt grew.", []string{"ORG:National Bank of Canada"},
			[]string{"Organization:National Bank of Canada"}, []string{"Organization:Bank of Canada"}},
		{"Social Democratic Party leaders met in Bonn.", []string{"ORG:Social Democratic Party"},
			nil, []string{"Organization:Democratic Party"}},
		// Negative: a surname the story gives no person, or a place, is
		// part of the name; so is a plural of people in the possessive.
		{"Stevenage Labour Party chose a candidate.", []string{"ORG:Stevenage Labour Party"},
			[]string{"Organization:Stevenage Labour Party"}, []string{"Organization:Labour Party"}},
		{"Pruitt Congress Hall opened in May.", []string{"ORG:Pruitt Congress Hall"},
			[]string{"Organization:Pruitt Congress Hall"}, nil},
		{"People's Bank of China cut rates.", []string{"ORG:People 's Bank of China"},
			[]string{"Organization:People's Bank of China"}, []string{"Organization:Bank of China"}},
	})
}

// "Cie", short for "Compagnie", starts a company's name, whatever the
// tagger says.
func TestCieStartsCompany(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Cie Ravenne des Moteurs said sales rose.", []string{"PER:Cie Ravenne des Moteurs"},
			[]string{"Organization:Cie Ravenne des Moteurs"}, []string{"Person:Cie Ravenne des Moteurs"}},
		// Negative: a person whose name only starts like it.
		{"Cielo Ruiz said sales rose.", []string{"PER:Cielo Ruiz"},
			[]string{"Person:Cielo Ruiz"}, []string{"Organization:Cielo Ruiz"}},
	})
}

// A person's name and "of" before a body's, read by the tagger as one
// organisation, are the person and the body.
func TestPersonOfBodySplit(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"said Rachel Okafor of Save the Children.", []string{"ORG:Rachel Okafor of Save the Children"},
			[]string{"Person:Rachel Okafor", "Organization:Save the Children"}, []string{"Organization:Rachel Okafor of Save the Children"}},
		{"said Omar Haddad of Levant Trading Corp of Amman.", []string{"ORG:Omar Haddad of Levant Trading Corp of Amman"},
			[]string{"Person:Omar Haddad", "Organization:Levant Trading Corp of Amman"}, nil},
		// Negative: a firm named after its founder and its town.
		{"Kitchens by Peter Arden of Hungerford sold well.", []string{"ORG:Peter Arden of Hungerford"},
			[]string{"Organization:Peter Arden of Hungerford"}, []string{"Person:Peter Arden"}},
	})
}

// An article or a conjunction opening the sentence is no part of the
// organisation's name after it.
func TestOpeningArticleBeforeOrganization(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"An Energy Ministry spokesman denied the report.", []string{"ORG:An Energy Ministry"},
			[]string{"Organization:Energy Ministry"}, []string{"Organization:An Energy Ministry"}},
		{"If Parliament votes no, the bill dies.", []string{"ORG:If Parliament"},
			nil, []string{"Organization:If Parliament"}},
		// Negative: a number or "All" may start a company's name.
		{"Four Seasons opened a hotel in Lisbon.", []string{"ORG:Four Seasons", "LOC:Lisbon"},
			[]string{"Organization:Four Seasons"}, nil},
	})
}

// Nor does the capitalised run an opening "If" starts take it in.
func TestOpeningArticleUntagged(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"He spoke. \"If Parliament votes no, the bill dies,\" he said.", nil,
			nil, []string{"Organization:If Parliament"}},
		// Negative: a month or a name before a head stays in the name.
		{"He said: \"May Department Stores is strong.\"", nil,
			[]string{"Organization:May Department Stores"}, nil},
	})
}
