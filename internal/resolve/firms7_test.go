package resolve

import (
	"strings"
	"testing"
)

func TestFirmPartners(t *testing.T) {
	for _, tc := range []struct{ name, partners, first string }{
		{"Harlow, Denby and Co", "Harlow Denby", "Harlow"},
		{"Harlow, Denby and Co Inc", "Harlow Denby", "Harlow"},
		{"Pratt, Quill, Marsh and Tobin Inc.", "Pratt Quill Marsh Tobin", "Pratt"},
		{"Vale Lowe, Marsh and Tobin Inc", "Vale Lowe Marsh Tobin", "Vale Lowe"},
		// No commas: no list of partners.
		{"Marsh and Tobin Inc", "", ""},
		{"Harwick Tools Corp", "", ""},
	} {
		p, f := firmPartners(strings.Fields(tc.name))
		if p != tc.partners || f != tc.first {
			t.Errorf("firmPartners(%q) = %q, %q; want %q, %q", tc.name, p, f, tc.partners, tc.first)
		}
	}
}
