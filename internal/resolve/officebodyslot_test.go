package resolve_test

import (
	"slices"
	"testing"
)

// The body slot of a described office whose holder the appositive after
// it names: the tagger's person there is an organisation.
func TestOfficeBodySlotRetypes(t *testing.T) {
	tests := []struct {
		text  string
		spans []string
		want  string
	}{
		{"A spokeswoman for Halden Builders, Dr Mira Sood, said sales rose.", []string{"PER:Halden Builders", "PER:Mira Sood"}, "Organization:Halden Builders"},
		{"The director at Corvo Textiles, Jane Hall, said no.", []string{"PER:Corvo Textiles", "PER:Jane Hall"}, "Organization:Corvo Textiles"},
		// A person's spokesman: the name opens with a given name.
		{"A spokesman for Tony Blair, Tom Kelly, said no.", []string{"PER:Tony Blair", "PER:Tom Kelly"}, "Person:Tony Blair"},
		// No holder named after the comma: a spokesman's employer
		// (employerSlot) all the same.
		{"A spokesman for Halden Builders, the group said, declined to comment.", []string{"PER:Halden Builders"}, "Organization:Halden Builders"},
	}
	for _, tc := range tests {
		got := taggedEntities(t, tc.text, tc.spans)
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %v, want %s", tc.text, got, tc.want)
		}
	}
}
