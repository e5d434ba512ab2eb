package resolve_test

import "testing"

// A one-word company written in the possessive is the short name of the
// company whose name starts with it ("Foster's" of "Foster's Group").
func TestPossessiveShortNames(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"Shares in Pelham's Hardware Inc rose. Pelham's said hardware sales were up.", []string{"ORG:Pelham", "ORG:Pelham"},
			[]string{"Organization:Pelham's Hardware Inc"}, []string{"Organization:Pelham"}},
		// Negative: a longer word is another name.
		{"Shares in Pelham's Hardware Inc rose. Pelhamson said hardware sales were up.", []string{"ORG:Pelham", "ORG:Pelhamson"},
			[]string{"Organization:Pelham's Hardware Inc", "Organization:Pelhamson"}, nil},
	})
}
