package relate_test

import "testing"

// Who does what: the subject of a verb is not the object of a relative
// clause before it, and an office's relation depends on the country.
func TestSubjectsAndOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{"Two councillors who back Mr Lane met Mr Hart in Leeds.", nil, []string{"Lane met_with"}},
		{"Mr Lane met Mr Hart in Leeds.", []string{"Lane met_with Hart"}, nil},
		{"The plan was backed by UK Chancellor Gordon Brown.",
			[]string{"Gordon Brown official_of United Kingdom", "Gordon Brown title =chancellor"}, []string{"Gordon Brown leader_of"}},
		{"German Chancellor Helmut Kohl spoke.", []string{"Helmut Kohl leader_of Germany"}, nil},
		// A body's name that a title starts with.
		{"Fed Chairman Paul Volcker told Congress so.", []string{"Paul Volcker leader_of Federal Reserve"}, nil},
		{"Labour Minister Anna Holm met unions.", nil, []string{"Anna Holm member_of", "Labour Party"}},
		// Only a head of state or government leads a country.
		{"Spain's director general for Europe, Jose Ruiz, attended.",
			[]string{"Jose Ruiz official_of Spain"}, []string{"Jose Ruiz leader_of"}},
		{"Dutch co-chairman Anton Berg spoke.", nil, []string{"Anton Berg leader_of", "Anton Berg official_of"}},
		{"Iraqi interim leader Iyad Allawi spoke.", []string{"Iyad Allawi leader_of Iraq"}, nil},
		// "after meeting with": the main clause's subject, not the object
		// of a preposition before.
		{"Reagan agreed to negotiate with Congress after meeting with Treasury Secretary James Baker.",
			[]string{"Reagan met_with James Baker"}, []string{"Congress met_with"}},
		// A person meets bodies too, not a country (mostly a wrong subject).
		{"Stephen Ward, a banker who has held talks with Borussia Dortmund, spoke.",
			[]string{"Stephen Ward met_with Borussia Dortmund"}, nil},
		{"Ozal will visit the United States and hold talks in Washington with President Reagan.",
			nil, []string{"United States met_with", "met_with United States"}},
		// A place the lexicon knows by another name in another country.
		{"CANTON, Mass., March 3 - Acme Corp said profits rose.", []string{"Canton located_in Massachusetts"}, []string{"Guangzhou"}},
		{"HANOVER, West Germany, March 3 - Globex AG said profits rose.", []string{"Hanover located_in West Germany"}, nil},
		// The one possessed, not the possessor, in a list.
		{"A meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner ended.",
			[]string{"Sergio Marchionne met_with Rick Wagoner"}, nil},
		// Meetings: a duration before "with"; negotiations are talks.
		{"Reagan spoke after meeting for about an hour with Treasury Secretary James Baker.",
			[]string{"Reagan met_with James Baker"}, nil},
		{"Acme Corp is in negotiations with Globex Inc.", []string{"Acme Corp met_with Globex Inc"}, nil},
		{"A US firm is in final negotiations with Globex Inc.", nil, []string{"United States met_with"}},
	})
}

// A company office with no body of its own belongs to the company that is
// the sentence's subject, before it; not to another company the sentence
// names, nor to a body the text did not recognise.
func TestOfficeOfSoleCompany(t *testing.T) {
	checkFacts(t, []factCase{
		{"Globex Corp expects record profits this year, chairman Tom Ray said.",
			[]string{"Tom Ray leader_of Globex Corp"}, nil},
		{"HOUSTON, March 30 - Globex Corp expects record profits, chairman Tom Ray said.",
			[]string{"Tom Ray leader_of Globex Corp"}, nil},
		{"At the same time Globex Corp has hedged its sales, finance director Tom Ray said.",
			[]string{"Tom Ray official_of Globex Corp"}, nil},
		{"The option of selling Globex Corp is on the table, chief executive Tom Ray said.",
			nil, []string{"Tom Ray leader_of"}},
		{"The firm said Globex Corp will lend it money guaranteed by chairman Tom Ray.",
			nil, []string{"Tom Ray leader_of"}},
	})
}

// Wire copy's angle brackets mark a company's name or its ticker: neither
// bracket is part of a name, a ticker names nothing, and patterns read
// across both.
func TestWireMarkup(t *testing.T) {
	text := "Acme Corp <ACME.N> said it and <Globex GmbH> signed a licensing agreement. " +
		"A court blocked the merger of Initech Inc <INTC.O> and <Umbrella Airlines> on Friday."
	_, _, r := analyse(t, text)
	var names []string
	for _, e := range r.Entities {
		names = append(names, string(e.Type)+":"+e.Name)
	}
	checkListed(t, names, "|", []string{"Organization:Globex GmbH", "Organization:Umbrella Airlines"}, []string{"<", ">", "ACME", "INTC"})
	checkListed(t, facts(t, text), "\n", []string{
		"Acme Corp party_to licensing agreement", "Globex GmbH party_to licensing agreement",
		"Initech Inc party_to merger", "Umbrella Airlines party_to merger",
	}, nil)
}
