package mention_test

import (
	"testing"
)

// taggedCase is a text, the tagger's spans, and the mentions wanted and
// not wanted.
type taggedCase struct {
	text  string
	spans []string
	want  []string
	not   []string
}

func checkTaggedCases(t *testing.T, tests []taggedCase) {
	t.Helper()
	for _, tc := range tests {
		checkTagged(t, tc.text, tc.spans, tc.want, tc.not)
	}
}

func TestSentenceInitialCommonWords(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A word the text writes in lower case elsewhere, opening a
		// sentence before the noun it modifies, is no name.
		{"The defence rested on Monday. Defence lawyers said the case was weak.", []string{"ORG:Defence"},
			nil, []string{"Organization:Defence"}},
		{"Prices of insurance rose. Insurance companies raised premiums.", []string{"ORG:Insurance"},
			nil, []string{"Organization:Insurance"}},
		// A name opening a sentence is followed by its verb.
		{"Shares of the shell maker rose. Shell said profits were up.", []string{"ORG:Shell"},
			[]string{"Organization:Shell"}, nil},
		// Nor is a name the text never writes in lower case dropped.
		{"Output rose. Varnex engineers built the plant.", []string{"ORG:Varnex"},
			[]string{"Organization:Varnex"}, nil},
		// An abstract noun in -ism is no place, wherever it stands.
		{"He wrote on the rise of Gaullism in France.", []string{"LOC:Gaullism", "LOC:France"},
			[]string{"Country:France"}, []string{"Place:Gaullism"}},
		// An organisation's head noun alone opening a sentence is the
		// common noun; with a name it stays.
		{"Unions oppose the plan. Police said two men were held.", nil,
			nil, []string{"Organization:Unions", "Organization:Police"}},
		{"Varrow Police said two men were held.", nil,
			[]string{"Organization:Varrow Police"}, nil},
	})
}

func TestMarketLeader(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// "market leader" ranks a company: no title, no person.
		{"The deal lifts it past sector leader Brandwick.", []string{"PER:Brandwick"},
			[]string{"Organization:Brandwick"}, []string{"Person:Brandwick"}},
		{"Sales fell at market leader Holm Dairy last year.", []string{"PER:Holm Dairy"},
			[]string{"Organization:Holm Dairy"}, []string{"Person:Holm Dairy"}},
		// A party's leader is still a person.
		{"The opposition leader Anna Brisk spoke.", []string{"PER:Anna Brisk"},
			[]string{"Person:Anna Brisk"}, nil},
	})
}

func TestHyphenPrefixes(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A prefix glued to a name makes a modifier, no name.
		{"The ex-Harbour Street press chief Ian Vell spoke.", []string{"ORG:ex-Harbour Street", "PER:Ian Vell"},
			[]string{"Person:Ian Vell"}, []string{"Organization:ex-Harbour Street", "Organization:Street"}},
		// "X-based" is no part of the name after it, and what is based
		// somewhere is an organisation.
		{"Talks at the Geneva-based General Agreement on Tariffs and Trade stalled.", nil,
			[]string{"Agreement:General Agreement on Tariffs and Trade"}, []string{"Agreement:Geneva-based General Agreement on Tariffs and Trade"}},
		{"It sold the unit to the Dallas-based Orvell for cash.", []string{"PER:Orvell"},
			[]string{"Organization:Orvell"}, []string{"Person:Orvell"}},
		// A hyphenated modifier alone before an agreement noun stays.
		{"The Syrian-brokered plan collapsed.", nil,
			[]string{"Agreement:Syrian-brokered plan"}, nil},
	})
}

func TestJoinedPortfolios(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The plan was announced by the Trade and Industry Secretary Mary Pell.",
			[]string{"title:trade and industry secretary", "Person:Mary Pell"}, []string{"title:industry secretary", "Organization:Trade and"}},
		{"On Friday the Trade, Media and Sport Minister Tom Hask spoke.",
			[]string{"title:trade, media and sport minister"}, nil},
		// A name before "and" is no portfolio.
		{"Mr Brandt and Trade Secretary Mary Pell met.",
			[]string{"title:trade secretary"}, []string{"title:brandt and trade secretary"}},
	}
	for _, tc := range tests {
		got := find(t, tc.text)
		checkFound(t, tc.text, got, tc.want, tc.not)
	}
}

func TestSurnames(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A capitalised word ending a tagged person is no portfolio of
		// the title after it.
		{"Former welfare minister Hugh Field MP spoke.", []string{"PER:Hugh Field"},
			[]string{"Person:Hugh Field"}, []string{"Person:Hugh"}},
		// A place after a given name is a surname.
		{"Health Minister Jane Kent said so.", nil,
			[]string{"Person:Jane Kent"}, []string{"Place:Kent"}},
		// Not after a common word opening the sentence or another name.
		{"Visitors to Kent rose.", nil,
			[]string{"Place:Kent"}, nil},
	})
}

func TestSundayPapers(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A Sunday paper's name holds "on Sunday"; a day after another
		// paper does not.
		{"The figures were first given to The Mail on Sunday last month.", []string{"LOC:The Mail"},
			[]string{"Organization:The Mail on Sunday"}, []string{"Place:The Mail"}},
		{"The Guardian on Sunday said it would appeal.", nil,
			[]string{"Organization:The Guardian"}, nil},
	})
}

func TestCoordinatedNames(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A word and an organisation's name the tagger split at "and".
		{"He leads the Haulage and General Drivers Union now.", []string{"LOC:Haulage", "ORG:General Drivers Union"},
			[]string{"Organization:Haulage and General Drivers Union"}, []string{"Place:Haulage"}},
		{"It bought Fenwick and Lowe Publishers Inc last year.", []string{"PER:Fenwick", "ORG:Lowe Publishers Inc"},
			[]string{"Organization:Fenwick and Lowe Publishers Inc"}, []string{"Person:Fenwick"}},
		{"The brewer, Welsh and Tyneside (W&T), rose.", []string{"MISC:Welsh", "ORG:Tyneside"},
			[]string{"Organization:Welsh and Tyneside"}, nil},
		// Not a country and a company, nor a person named alone elsewhere.
		{"Canada and Halden Plc signed.", []string{"LOC:Canada", "ORG:Halden Plc"},
			[]string{"Country:Canada", "Organization:Halden Plc"}, nil},
		{"Fenwick said so. Bids came from Fenwick and Lowe Holdings Inc.", []string{"PER:Fenwick", "ORG:Lowe Holdings Inc"},
			[]string{"Organization:Lowe Holdings Inc"}, []string{"Organization:Fenwick and Lowe Holdings Inc"}},
		// Nor without a head word or an acronym that spells both.
		{"Ties between Tarvik and Orbis Vega grew.", []string{"LOC:Tarvik", "ORG:Orbis Vega"},
			nil, []string{"Organization:Tarvik and Orbis Vega"}},
	})
}

func TestClippedAcronym(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// The period that ends the sentence is the acronym's last.
		{"Most of the cars go to the U.S. Some go to Canada.", []string{"LOC:U.S"},
			[]string{"Country:U.S"}, []string{"Place:U.S"}},
		{"Exports to the U.K. rose.", nil,
			[]string{"Country:U.K."}, nil},
	})
}

func TestDescribedAsCompany(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// An appositive with an organisation noun as its head.
		{"Talks with Morvex, a subsidiary of Halden Corp, failed.", []string{"LOC:Morvex", "ORG:Halden Corp"},
			[]string{"Organization:Morvex"}, []string{"Place:Morvex"}},
		{"Drelba, the Norwegian state oil agency, cut prices.", []string{"PER:Drelba"},
			[]string{"Organization:Drelba"}, []string{"Person:Drelba"}},
		// Not a person, nor a noun inside another phrase.
		{"Paolo Vesti, the founder of the group, spoke.", []string{"PER:Paolo Vesti"},
			[]string{"Person:Paolo Vesti"}, nil},
		{"Lindqvist, the head of the bank, spoke.", []string{"PER:Lindqvist"},
			[]string{"Person:Lindqvist"}, nil},
		// Nor a company's home town before the appositive.
		{"It bought Wexel Inc of Harbury, a maker of valves.", []string{"ORG:Wexel Inc", "LOC:Harbury"},
			[]string{"Place:Harbury"}, nil},
	})
}

func TestDateline(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// The capitals of a wire dateline are its place, whole.
		{"NEW HARBURY, March 3 - Orvell Corp said it cut jobs.", []string{"LOC:HARBURY", "ORG:Orvell Corp"},
			[]string{"Place:NEW HARBURY"}, []string{"Place:HARBURY"}},
		{"PORT VALEN, Feb. 9 - Shares fell.", []string{"ORG:PORT VALEN"},
			[]string{"Place:PORT VALEN"}, []string{"Organization:PORT VALEN"}},
		// Capitals opening a text without a date are no dateline.
		{"NATO said on Monday it would meet.", nil,
			[]string{"Organization:NATO"}, []string{"Place:NATO"}},
	})
}

func TestTitleRemainder(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// What a title leaves of a tagged name is a demonym, not a body.
		{"British Trade and Industry Secretary Ann Pell spoke.", []string{"ORG:British Trade and Industry", "PER:Ann Pell"},
			[]string{"Person:Ann Pell"}, []string{"Organization:British"}},
		// A name the title leaves stays an organisation.
		{"Halden Motors chief executive Ann Pell spoke.", []string{"ORG:Halden Motors chief", "PER:Ann Pell"},
			[]string{"Organization:Halden Motors"}, nil},
	})
}

func TestEsConnector(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// "es" joins the words of a lexicon name as "de" does.
		{"The ship docked at Dar es Salaam on Friday.", []string{"LOC:Dar", "LOC:Salaam"},
			[]string{"Place:Dar es Salaam"}, []string{"Place:Dar", "Place:Salaam"}},
	})
}
