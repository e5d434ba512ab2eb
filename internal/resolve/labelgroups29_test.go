package resolve_test

import "testing"

// A party's label the tagger finds as a name, a group's name beside the
// company's bare name, and an acronym of a name that starts with "U.S."
// join the organisation they name.
func TestLabelGroupAndDottedNames(t *testing.T) {
	checkTaggedEntities(t, aliasedTagged, []taggedCase{
		// The singular label of a party the text names in full.
		{"The Lib Dems met in Harrogate. Polls show the Liberal Democrat surge is real.",
			[]string{"ORG:Liberal Democrat"},
			[]string{"Organization:Liberal Democrats[Lib Dems,Liberal Democrat]"}, []string{"Organization:Liberal Democrat[]"}},
		// The name without "Party".
		{"The Conservatives met in Blackpool. Aides said a Conservative revival had begun.",
			[]string{"ORG:Conservative"},
			[]string{"Organization:Conservative Party[Conservative,Conservatives]"}, []string{"Organization:Conservative[]"}},
		// No party of the text has the label: it stays.
		{"Aides said a Zentrist revival had begun in the Labour heartlands.",
			[]string{"ORG:Zentrist"},
			[]string{"Organization:Zentrist[]"}, nil},
		// A group and the company's bare name.
		{"Harlow Group Plc said profits rose. Harlow shares gained 5 pence.",
			[]string{"ORG:Harlow Group Plc", "ORG:Harlow"},
			[]string{"Organization:Harlow Group Plc[Harlow]"}, []string{"Organization:Harlow[]"}},
		// A unit named before the group may be what the bare name means.
		{"Harlow Canada Ltd, 70 pct owned by Harlow Group, said Harlow's mill closed.",
			[]string{"ORG:Harlow Canada Ltd", "ORG:Harlow Group", "ORG:Harlow"},
			[]string{"Organization:Harlow Group[]"}, []string{"Organization:Harlow Group[Harlow]"}},
		// A company's legal name and its group stay apart.
		{"Kanto Corp said Kanto Group would buy the plant. Kanto did not say when.",
			[]string{"ORG:Kanto Corp", "ORG:Kanto Group", "ORG:Kanto"},
			[]string{"Organization:Kanto Group[]"}, nil},
		// "U.S." gives both its letters to an acronym.
		{"The U.S. Department of Fisheries said catches fell. The USDF did not give figures.",
			[]string{"ORG:U.S. Department of Fisheries", "ORG:USDF"},
			[]string{"Organization:U.S. Department of Fisheries[USDF]"}, []string{"Organization:USDF[]"}},
		// Other letters are another body.
		{"The U.S. Department of Fisheries said catches fell. The UDFA did not give figures.",
			[]string{"ORG:U.S. Department of Fisheries", "ORG:UDFA"},
			[]string{"Organization:UDFA[]"}, nil},
	})
}
