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
