package lexicon_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/lexicon"
)

// A state named "A and B" is also "A-B" and "A & B", as wire copy writes it.
func TestJoinedStateNames(t *testing.T) {
	for _, s := range []string{"Trinidad-Tobago", "Trinidad & Tobago", "Antigua-Barbuda", "Sao Tome & Principe"} {
		if _, ok := lexicon.CountryByName(s); !ok {
			t.Errorf("CountryByName(%q) found nothing", s)
		}
	}
	if c, ok := lexicon.CountryByName("Trinidad-Tobago"); ok && c.Name != "Trinidad and Tobago" {
		t.Errorf("Trinidad-Tobago is %q", c.Name)
	}
}
