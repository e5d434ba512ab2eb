package resolve

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// resolvedEntities resolves s with the lexicon-only finder and returns
// "Type:Name[aliases]" of each entity.
func resolvedEntities(t *testing.T, s string) []string {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	var f mention.Finder
	r := Resolve(a, f.Find(a))
	var out []string
	for _, e := range r.Entities {
		al := e.Aliases()
		sort.Strings(al)
		out = append(out, string(e.Type)+":"+e.Name+"["+strings.Join(al, ",")+"]")
	}
	return out
}

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
		got := "|" + strings.Join(resolvedEntities(t, tc.text), "|") + "|"
		if tc.want != "" && !strings.Contains(got, "|"+tc.want+"|") {
			t.Errorf("%q: missing %q; got %s", tc.text, tc.want, got)
		}
		if tc.not != "" && strings.Contains(got, "|"+tc.not+"|") {
			t.Errorf("%q: unwanted %q; got %s", tc.text, tc.not, got)
		}
	}
}
