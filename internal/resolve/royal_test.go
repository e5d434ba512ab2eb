package resolve_test

import (
	"strings"
	"testing"
)

func TestRoyalGivenNameJoinsTitledFullName(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not string
	}{
		// The prince's given name joins the full name he had with the
		// same title.
		{"Foreign Minister Prince Tamir Al-Rashed visited Oman. Officials quoted Prince Tamir as saying talks went well.",
			"Person:Tamir Al-Rashed[Tamir]", ""},
		// A king's given name joins no one else's full name.
		{"Tamir Bellow, the party chairman, spoke first. King Tamir later opened the bridge.",
			"", "Person:Tamir Bellow[Tamir]"},
	} {
		got := "|" + strings.Join(entities(t, tc.text), "|") + "|"
		if tc.want != "" && !strings.Contains(got, "|"+tc.want+"|") {
			t.Errorf("%q: missing %q; got %s", tc.text, tc.want, got)
		}
		if tc.not != "" && strings.Contains(got, "|"+tc.not+"|") {
			t.Errorf("%q: unwanted %q; got %s", tc.text, tc.not, got)
		}
	}
}
