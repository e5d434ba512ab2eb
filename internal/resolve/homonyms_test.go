package resolve_test

import "testing"

// entityIDs returns the IDs of the resolved entities of s.
func entityIDs(t *testing.T, s string) []string {
	t.Helper()
	_, r := resolveText(t, s)
	var out []string
	for _, e := range r.Entities {
		out = append(out, e.ID)
	}
	return out
}

func TestLocalHomonyms(t *testing.T) {
	checkTaggedEntities(t, func(t *testing.T, s string, _ []string) []string { return entityIDs(t, s) }, []taggedCase{
		// A city put in a region of another country is a place of its own.
		{"The plant in Melbourne, Fla., will close next year.", nil,
			[]string{"place/melbourne_florida"}, []string{"place/melbourne"}},
		{"CAMBRIDGE, Mass., March 3 - Harwick Tools Corp said it would cut jobs.", nil,
			[]string{"place/cambridge_massachusetts"}, []string{"place/cambridge"}},
		// A capital so placed stands for no government, and its name
		// alone later is the same place.
		{"A storm hit Paris, Texas, on Monday. Paris officials said little.", nil,
			[]string{"place/paris_texas"}, []string{"country/france", "place/paris"}},
		// The famous place stays the lexicon's.
		{"The plant in Melbourne, Victoria, will close next year.", nil,
			[]string{"place/melbourne"}, []string{"place/melbourne_victoria"}},
		// A list is no such phrase, nor a region that starts a clause.
		{"Talks were held in Paris, Texas and Rome.", nil, []string{"place/paris"}, []string{"place/paris_texas"}},
		{"At the meeting in Paris, Japan promised more aid.", nil, nil, []string{"place/paris_japan"}},
	})
}
