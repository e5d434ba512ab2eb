package resolve_test

import (
	"slices"
	"testing"
)

func TestBusinessOfficesRetypePossessor(t *testing.T) {
	tests := []struct {
		text  string
		spans []string
		want  string
	}{
		// Offices only a company has make the possessor a company.
		{"Ann Voss, Kestrel's chief operating officer, said sales rose.", []string{"PER:Ann Voss", "PER:Kestrel"}, "Organization:Kestrel"},
		{"Prices will rise, said Dorvan's chief economist Ian Pratt.", []string{"PER:Dorvan", "PER:Ian Pratt"}, "Organization:Dorvan"},
		{"He sits on Halvard's board.", []string{"PER:Halvard"}, "Organization:Halvard"},
		// A person's officials leave the person a person.
		{"Jim Bell, Blake's chief of staff, said no.", []string{"PER:Jim Bell", "PER:Blake"}, "Person:Blake"},
		{"Tom Ross, Blake's press officer, said no.", []string{"PER:Tom Ross", "PER:Blake"}, "Person:Blake"},
	}
	for _, tc := range tests {
		got := taggedEntities(t, tc.text, tc.spans)
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %v, want %s", tc.text, got, tc.want)
		}
	}
}
