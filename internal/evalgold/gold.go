package evalgold

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// The schema's vocabulary, as score.py knows it.
var (
	// entityTypes maps the lower-case local name of a type IRI to the
	// schema's type.
	entityTypes = map[string]string{
		"person": "Person", "organization": "Organization", "organisation": "Organization",
		"country": "Country", "place": "Place", "agreement": "Agreement",
	}
	relationPredicates = set("leader_of", "official_of", "deputy_of", "serves_under", "member_of",
		"seeks_membership", "borders", "located_in", "allied_with", "met_with",
		"annexed", "party_to", "proposed_by")
	symmetricPredicates = set("borders", "allied_with", "met_with")
	attributePredicates = set("title", "date")
	// namePredicates are the local names (snake case, "_" removed) of
	// predicates whose literal objects name a node.
	namePredicates = set("name", "label", "alias", "altlabel", "preflabel", "alternatename")
)

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Gold is the gold annotation of one document (SCHEMA.md): its entities with
// every name the text uses, and the relations and attributes the text
// supports.
type Gold struct {
	// Doc is the document's file name inside the docs directory.
	Doc string

	ids        []string // entity ids in the order of the file
	entities   map[string]*goldEntity
	byName     map[string][]string // normalised name -> entity ids
	relations  []goldRelation
	attributes []goldAttribute
}

type goldEntity struct {
	id       string
	typ      string
	names    []string
	optional bool
}

type goldRelation struct {
	s, o     map[string]bool
	p        string
	optional bool
	evidence string
}

type goldAttribute struct {
	s        string
	p        string
	values   map[string]bool // normalised with NormValue
	optional bool
}

// ReadGold reads a gold file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseGold(path, b)
}

// ParseGold parses the JSON of a gold file; name is used in errors. Like
// score.py it refuses a relation or attribute that names an unknown entity
// or a predicate outside the schema.
func ParseGold(name string, data []byte) (*Gold, error) {
	var f struct {
		Doc      *string `json:"doc"`
		Entities *[]struct {
			ID       *string  `json:"id"`
			Type     *string  `json:"type"`
			Names    []string `json:"names"`
			Optional any      `json:"optional"`
		} `json:"entities"`
		Relations *[]struct {
			S        idList `json:"s"`
			P        string `json:"p"`
			O        idList `json:"o"`
			Optional any    `json:"optional"`
			Evidence any    `json:"evidence"`
		} `json:"relations"`
		Attributes []struct {
			S        string `json:"s"`
			P        string `json:"p"`
			O        idList `json:"o"`
			Optional any    `json:"optional"`
		} `json:"attributes"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	switch {
	case f.Doc == nil:
		return nil, fmt.Errorf("%s: no \"doc\"", name)
	case f.Entities == nil:
		return nil, fmt.Errorf("%s: no \"entities\"", name)
	case f.Relations == nil:
		return nil, fmt.Errorf("%s: no \"relations\"", name)
	}
	g := &Gold{Doc: *f.Doc, entities: map[string]*goldEntity{}, byName: map[string][]string{}}
	for i, e := range *f.Entities {
		if e.ID == nil || e.Type == nil {
			return nil, fmt.Errorf("%s: entity %d: needs an \"id\" and a \"type\"", name, i+1)
		}
		// A repeated id replaces the earlier entity but keeps its place, as
		// a Python dict does.
		if _, ok := g.entities[*e.ID]; !ok {
			g.ids = append(g.ids, *e.ID)
		}
		g.entities[*e.ID] = &goldEntity{id: *e.ID, typ: *e.Type, names: e.Names, optional: truthy(e.Optional)}
		for _, n := range e.Names {
			k := Norm(n)
			g.byName[k] = append(g.byName[k], *e.ID)
		}
	}
	for _, r := range *f.Relations {
		for _, x := range append(append([]string(nil), r.S...), r.O...) {
			if g.entities[x] == nil {
				return nil, fmt.Errorf("%s: unknown entity %s", name, x)
			}
		}
		if !relationPredicates[r.P] {
			return nil, fmt.Errorf("%s: unknown predicate %s", name, r.P)
		}
		g.relations = append(g.relations, goldRelation{
			s: set(r.S...), p: r.P, o: set(r.O...),
			optional: truthy(r.Optional), evidence: evidenceText(r.Evidence),
		})
	}
	for _, a := range f.Attributes {
		if g.entities[a.S] == nil || !attributePredicates[a.P] {
			return nil, fmt.Errorf("%s: bad attribute %s %s", name, a.S, a.P)
		}
		vals := map[string]bool{}
		for _, o := range a.O {
			vals[NormValue(o)] = true
		}
		g.attributes = append(g.attributes, goldAttribute{s: a.S, p: a.P, values: vals, optional: truthy(a.Optional)})
	}
	return g, nil
}

// match returns the gold entity that a system node with these names
// stands for, preferring one of the same type (typ, when typed):
// score.py's Gold.match. The names are tried in sorted order (score.py
// tries them in the order of a Python set, which only matters when a
// node's names point to different gold entities).
func (g *Gold) match(names []string, typ string, typed bool) (string, bool) {
	var cands []string
	seen := map[string]bool{}
	for _, n := range names {
		for _, id := range g.byName[n] {
			if !seen[id] {
				seen[id] = true
				cands = append(cands, id)
			}
		}
	}
	if len(cands) == 0 {
		return "", false
	}
	for _, c := range cands {
		if typed && g.entities[c].typ == typ {
			return c, true
		}
	}
	return cands[0], true
}

// idList is a JSON string or list of strings: the "s" and "o" of a gold
// relation ("any one of them is accepted").
type idList []string

// UnmarshalJSON reads a string or a list of strings.
func (l *idList) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*l = idList{s}
		return nil
	}
	var ss []string
	if err := json.Unmarshal(b, &ss); err != nil {
		return fmt.Errorf("want a string or a list of strings, got %s", b)
	}
	*l = ss
	return nil
}

// truthy is Python's truth value of a JSON value (the "optional" flags).
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// evidenceText is the evidence of a gold relation as score.py prints it.
func evidenceText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// goldFiles lists the gold files of dir (DIR/gold/*.json) in sorted order.
func goldFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(dir, "gold"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".json" {
			out = append(out, filepath.Join(dir, "gold", e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}
