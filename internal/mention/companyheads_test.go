package mention_test

import "testing"

func TestCompanyHeadsAfterPlaces(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A company head ends an organisation's name the tagger took
		// for a place.
		{"Shares in Bradley Tobacco fell.", []string{"LOC:Bradley Tobacco"},
			[]string{"Organization:Bradley Tobacco"}, []string{"Place:Bradley Tobacco"}},
		{"Green, chairman of Pollution Watch, spoke.", []string{"LOC:Pollution Watch"},
			[]string{"Organization:Pollution Watch"}, []string{"Place:Pollution Watch"}},
		// A known place starting a longer name with an organisation's
		// head word starts the organisation's name.
		{"He teaches at Manchester University these days.", []string{"LOC:Manchester University"},
			[]string{"Organization:Manchester University"}, []string{"Place:Manchester"}},
		// A place alone stays a place.
		{"He moved to Manchester last year.", []string{"LOC:Manchester"},
			[]string{"Place:Manchester"}, nil},
	})
}
