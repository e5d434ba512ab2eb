package resolve_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/mention/mentiontest"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

// TestAgreementAcronyms: an acronym in brackets after a named agreement is
// that agreement; one after an organisation stays the organisation's.
func TestAgreementAcronyms(t *testing.T) {
	tests := []struct {
		text      string
		spans     []string
		want, not []string
	}{
		{"The International Jute Agreement (IJA) lapses next year. IJA members will meet in Dhaka.",
			[]string{"ORG:IJA"}, []string{"Agreement:International Jute Agreement[IJA]"}, []string{"Organization:IJA"}},
		// Negative: the body's acronym is not the agreement's.
		{"The Jute Producers Association (JPA) opposed the International Jute Agreement.",
			[]string{"ORG:Jute Producers Association", "ORG:JPA"},
			[]string{"Agreement:International Jute Agreement[]", "Organization:Jute Producers Association[JPA]"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, err := text.FromBytes("test", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			a := text.Analyze(doc)
			f := mention.Finder{Tagger: mentiontest.Tagger(tc.spans)}
			r := resolve.Resolve(a, f.Find(a))
			var got []string
			for _, e := range r.Entities {
				al := e.Aliases()
				sort.Strings(al)
				got = append(got, string(e.Type)+":"+e.Name+"["+strings.Join(al, ",")+"]")
			}
			joined := "|" + strings.Join(got, "|") + "|"
			for _, w := range tc.want {
				if !strings.Contains(joined, "|"+w+"|") {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(joined, "|"+n+"[") {
					t.Errorf("unwanted %q; got %q", n, got)
				}
			}
		})
	}
}
