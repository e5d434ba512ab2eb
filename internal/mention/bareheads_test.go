package mention_test

import "testing"

func TestBareOrgHeads(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A lone head noun of organisation names names no body.
		{"Ministers said the Government would publish its plans.", []string{"ORG:Government"},
			nil, []string{"Organization:Government"}},
		{"She said on TV that the Office had not replied.", nil,
			nil, []string{"Organization:TV", "Organization:Office"}},
		// The full name keeps its head noun.
		{"The Home Office said the Karvel Group had applied.", []string{"ORG:Home Office", "ORG:Karvel Group"},
			[]string{"Organization:Home Office", "Organization:Karvel Group"}, nil},
		// A head noun that stands for one body stays.
		{"The bill passed the Senate on Tuesday.", []string{"ORG:Senate"},
			[]string{"Organization:Senate"}, nil},
	})
}
