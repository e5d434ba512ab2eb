package relate_test

import "testing"

// Offices the title lexicon lacked: police forces' chief constables and
// their assistants, under-secretaries, law officers. A constable with no
// title before the force is no office of it.
func TestPoliceAndSecretaryTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harriet Vane, chief constable of Wessex Police, said arrests had risen.",
			[]string{"Harriet Vane leader_of Wessex Police"}, nil},
		{"Tom Pyke, assistant chief constable of Wessex Police, said arrests had risen.",
			[]string{"Tom Pyke official_of Wessex Police"}, []string{"Tom Pyke leader_of"}},
		{"Wessex Police Chief Constable Harriet Vane said arrests had risen.",
			[]string{"Harriet Vane leader_of Wessex Police"}, nil},
		{"US Agriculture Undersecretary Rowan Blake said the subsidy would end.",
			[]string{"Rowan Blake official_of United States"}, []string{"Rowan Blake leader_of"}},
		{"But US Treasury Under-Secretary Rowan Blake said the subsidy would end.",
			[]string{"Rowan Blake official_of United States"}, nil},
		// A constable of the force is no officer over it.
		{"A constable of Wessex Police, Tom Pyke, said arrests had risen.",
			nil, []string{"Tom Pyke leader_of", "Tom Pyke official_of"}},
	})
}
