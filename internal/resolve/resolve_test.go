package resolve_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

// entities returns "Type:Name[alias,alias]" for each resolved entity.
func entities(t *testing.T, s string) []string {
	t.Helper()
	_, r := resolveText(t, s)
	return aliasedEntities(t, r)
}

// aliasedEntities returns "Type:Name[aliases]" for each entity of r, sorted.
func aliasedEntities(t *testing.T, r *resolve.Result) []string {
	t.Helper()
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

// resolveText analyses s and resolves the mentions of the lexicon-only
// finder.
func resolveText(t *testing.T, s string) (*text.Analysis, *resolve.Result) {
	t.Helper()
	return resolveTagged(t, s, nil)
}

// resolveTagged resolves s with tagger (or none) proposing spans.
func resolveTagged(t *testing.T, s string, tagger mention.EntityTagger) (*text.Analysis, *resolve.Result) {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	f := mention.Finder{Tagger: tagger}
	return a, resolve.Resolve(a, f.Find(a))
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

// directory is a Directory over a fixed list of stored persons.
type directory []graph.EntityRef

func (d directory) PersonsWithSurname(_ context.Context, s string) ([]graph.EntityRef, error) {
	var out []graph.EntityRef
	for _, e := range d {
		if f := strings.Fields(e.Name); len(f) > 1 && f[len(f)-1] == s {
			out = append(out, e)
		}
	}
	return out, nil
}

func (d directory) EntitiesNamed(_ context.Context, t graph.Type, name string) ([]graph.EntityRef, error) {
	var out []graph.EntityRef
	for _, e := range d {
		if e.Name == name && strings.HasPrefix(e.ID, "person/") && t == graph.Person {
			out = append(out, e)
		}
	}
	return out, nil
}

func TestAcross(t *testing.T) {
	dir := directory{
		{ID: "person/vladimir_putin", Name: "Vladimir Putin"},
		{ID: "person/george_bush", Name: "George Bush"},
		{ID: "person/jeb_bush", Name: "Jeb Bush"},
		{ID: "person/kerry", Name: "Kerry"},
	}
	person := func(name string) graph.Entity {
		return graph.Entity{ID: graph.EntityID(graph.Person, name), Type: graph.Person, Name: name}
	}
	f := &graph.Facts{
		Entities: []graph.Entity{person("Putin"), person("Bush"), person("John Kerry"), {ID: "country/russia", Type: graph.Country, Name: "Russia"}},
		Relations: []graph.Relation{
			{Subject: "person/putin", Predicate: graph.LeaderOf, Object: "country/russia"},
		},
		Attributes: []graph.Attribute{{Subject: "person/putin", Predicate: graph.Title, Value: "president"}},
	}
	if err := resolve.Across(context.Background(), f, dir); err != nil {
		t.Fatal(err)
	}
	if e := f.Entities[0]; e.ID != "person/vladimir_putin" || e.Name != "Vladimir Putin" || strings.Join(e.Aliases, ",") != "Putin" {
		t.Errorf("Putin: got %+v, want the stored Vladimir Putin with the alias Putin", e)
	}
	if f.Relations[0].Subject != "person/vladimir_putin" || f.Attributes[0].Subject != "person/vladimir_putin" {
		t.Errorf("facts not moved to the stored node: %+v %+v", f.Relations[0], f.Attributes[0])
	}
	if e := f.Entities[1]; e.ID != "person/bush" {
		t.Errorf("ambiguous Bush merged into %s", e.ID)
	}
	var same []string
	for _, r := range f.Relations {
		if r.Predicate == graph.PossiblySameAs {
			same = append(same, r.Subject+">"+r.Object)
		}
	}
	sort.Strings(same)
	want := "person/bush>person/george_bush person/bush>person/jeb_bush person/john_kerry>person/kerry"
	if strings.Join(same, " ") != want {
		t.Errorf("possibly_same_as: got %v, want %s", same, want)
	}
}
