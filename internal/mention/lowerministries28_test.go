package mention_test

import "testing"

// A state's ministry written in lower case or half in lower case is one
// organisation named by its portfolio as written; an indefinite or bare
// ministry, an adjective before it and a minister's title are not.
func TestLowerCaseMinistries(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The agriculture ministry said grain stocks were low.", nil,
			[]string{"Organization:agriculture ministry"}, nil},
		{"Prices will rise, the Finance ministry warned.", []string{"ORG:Finance"},
			[]string{"Organization:Finance ministry"}, []string{"Organization:Finance"}},
		{"Ruritania's foreign ministry summoned the envoy.", []string{"LOC:Ruritania"},
			[]string{"Organization:foreign ministry"}, nil},
		{"A French defence ministry spokesman declined comment.", nil,
			[]string{"Organization:defence ministry"}, nil},
		{"Education ministry officials toured the schools.", nil,
			[]string{"Organization:Education ministry"}, nil},
		{"Lars Berg said the ministry of foreign affairs would reply.", []string{"PER:Lars Berg"},
			[]string{"Organization:ministry of foreign affairs"}, nil},
		// No one ministry: indefinite, bare, an adjective, a title.
		{"The cabinet may set up a transport ministry next year.", nil,
			nil, []string{"Organization:transport ministry"}},
		{"The health minister said the ministry's budget would grow.", nil,
			nil, []string{"Organization:ministry", "Organization:health minister"}},
		{"The new ministry will open in May.", nil,
			nil, []string{"Organization:new ministry"}},
		{"Farmers marched on the powerful ministry of Hugo Lenz.", []string{"PER:Hugo Lenz"},
			nil, []string{"Organization:ministry of Hugo Lenz", "Organization:powerful ministry"}},
	})
}
