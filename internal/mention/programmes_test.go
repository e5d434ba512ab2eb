package mention_test

import "testing"

// TestRegionalProgrammes: a programme after a channel's regional service
// ("ITV Wales'", "BBC Radio Scotland's") is no name, with either form of
// the possessive; a region's own possessive is no channel.
func TestRegionalProgrammes(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The minister told ITV Wales' Harbourside programme that fares would rise.", []string{"ORG:Harbourside"},
			nil, []string{"Organization:Harbourside", "Agreement:Harbourside programme"}},
		{"She told BBC Radio Scotland's Morning Tarrant show that rates would fall.", []string{"PER:Morning Tarrant"},
			nil, []string{"Person:Morning Tarrant"}},
		// Not after a channel: a region's own possessive keeps the name.
		{"The minister said Wales' Dunmore Trust would get the money.", []string{"ORG:Dunmore Trust"},
			[]string{"Organization:Dunmore Trust"}, nil},
	})
}
