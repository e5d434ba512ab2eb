package resolve_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

// entities returns "Type:Name[alias,alias]" for each resolved entity.
func entities(t *testing.T, s string) []string {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	var f mention.Finder
	r := resolve.Resolve(a, f.Find(a))
	var out []string
	for _, e := range r.Entities {
		al := e.Aliases()
		sort.Strings(al)
		out = append(out, string(e.Type)+":"+e.Name+"["+strings.Join(al, ",")+"]")
		if !strings.HasPrefix(e.ID, strings.ToLower(string(e.Type))+"/") {
			t.Errorf("entity %s has ID %s", e.Name, e.ID)
		}
	}
	sort.Strings(out)
	return out
}

func TestResolve(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Russian President Vladimir Putin spoke. Later Putin left.", []string{"Person:Vladimir Putin[Putin]"}, []string{"Person:Putin[]"}},
		{"Mr Blair said so. Tony Blair agreed.", []string{"Person:Tony Blair[Mr Blair]"}, nil},
		{"The Organization for Security and Co-operation in Europe met. The OSCE said so.", []string{"Organization:OSCE[Organization for Security and Co-operation in Europe]"}, nil},
		{"The National Cancer Institute said the NCI would help.", []string{"Organization:National Cancer Institute[NCI]"}, nil},
		{"Moscow demanded guarantees from Russia's neighbours.", []string{"Country:Russia[Moscow]"}, []string{"Place:Moscow[]"}},
		{"Protesters gathered in Kiev. Ukraine said nothing.", []string{"Place:Kiev[]", "Country:Ukraine[]"}, nil},
		{"The Soviet Union made an accord with Moscow.", []string{"Country:Soviet Union[Moscow]"}, []string{"Country:Russia"}},
		{"The employers' group, the CBI, complained to Labour ministers in Britain.", []string{"Organization:CBI[]"}, []string{"Central Bank of Iran"}},
		{"The Cold War ended in Europe.", nil, []string{"Person:Cold War[]"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := entities(t, tc.text)
			joined := "|" + strings.Join(got, "|") + "|"
			for _, w := range tc.want {
				if !strings.Contains(joined, "|"+w+"|") {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(joined, n) {
					t.Errorf("unwanted %q; got %q", n, got)
				}
			}
		})
	}
}
