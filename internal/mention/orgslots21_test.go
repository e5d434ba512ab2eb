package mention_test

import "testing"

// TestFirmOfOfficers: a name after "the board of", "shareholders of" or
// "the chief executive of" is the company, whatever the tagger said.
func TestFirmOfOfficers(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Ruth Vale sits on the board of Ostermark.", []string{"PER:Ruth Vale", "LOC:Ostermark"},
			[]string{"Organization:Ostermark"}, []string{"Place:Ostermark"}},
		{"Shareholders of Caldbeck Ferris will vote in May.", []string{"LOC:Caldbeck Ferris"},
			[]string{"Organization:Caldbeck Ferris"}, []string{"Place:Caldbeck Ferris"}},
		{"Dan Oyler, chief executive of Wrenfield, quit.", []string{"PER:Dan Oyler", "PER:Wrenfield"},
			[]string{"Organization:Wrenfield"}, []string{"Person:Wrenfield"}},
		{"Two former executives of the Brindle Marsh were charged.", []string{"LOC:Brindle Marsh"},
			[]string{"Organization:Brindle Marsh"}, []string{"Place:Brindle Marsh"}},
		// Negative: a known place keeps its type, and other nouns, or a
		// capitalised "Board of", give no cue.
		{"The board of Paris airports met.", []string{"LOC:Paris"},
			[]string{"Place:Paris"}, []string{"Organization:Paris"}},
		{"The mayor of Tolmby Cross spoke.", []string{"LOC:Tolmby Cross"},
			[]string{"Place:Tolmby Cross"}, []string{"Organization:Tolmby Cross"}},
		{"An executive of Harlowe said no.", []string{"LOC:Harlowe"},
			[]string{"Place:Harlowe"}, []string{"Organization:Harlowe"}},
	})
}

// TestYearNamedBodies: a year between "the" and a body's head word alone
// is the body's name ("the 1922 Committee"); not when the head is dated
// ("the 2004 Committee report") or has a name of its own after it.
func TestYearNamedBodies(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Lord Grint, chairman of the 1936 Committee, spoke.", []string{"PER:Lord Grint", "ORG:Committee"},
			[]string{"Organization:1936 Committee"}, []string{"Organization:Committee"}},
		{"Members of the 1908 Club dined in Bath.", []string{"ORG:Club", "LOC:Bath"},
			[]string{"Organization:1908 Club"}, []string{"Organization:Club"}},
		// Negative: a dated report, and a number that is no year.
		{"In the 2004 Committee report, MPs were critical.", []string{"ORG:Committee"},
			nil, []string{"Organization:2004 Committee"}},
		{"She paid the 50 Club fees.", []string{"ORG:Club"},
			nil, []string{"Organization:50 Club"}},
	})
}
