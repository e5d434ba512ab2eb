package mention_test

import "testing"

// A deity named in an oath or a prayer is no actor of the graph, even
// when the tagger takes it for a person; inside a name it stays.
func TestDeityNoEntity(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{`"We want no war, God forbid," Dorn said.`, []string{"PER:God", "PER:Dorn"},
			[]string{"Person:Dorn"}, []string{"Person:God"}},
		{"Nobody was hurt, thank God, said Mira Holt.", []string{"PER:God", "PER:Mira Holt"},
			[]string{"Person:Mira Holt"}, []string{"Person:God"}},
		{"The rally chanted that Allah is great.", []string{"ORG:Allah"},
			nil, []string{"Organization:Allah"}},
		// Negative: the deity inside a name.
		{"Fighters of the Party of God fired rockets.", []string{"ORG:Party of God"},
			[]string{"Organization:Party of God"}, nil},
	})
}
