package graph_test

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

func TestExpandCompact(t *testing.T) {
	tests := []struct {
		compact, full quad.IRI
	}{
		{"name", "https://newsgraph.dev/ns/name"},
		{"person/vladimir_putin", "https://newsgraph.dev/ns/person/vladimir_putin"},
		{"rdf:type", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"},
		{"http://example.org/x", "http://example.org/x"},
	}
	for _, tc := range tests {
		if got := graph.Expand(tc.compact); got != tc.full {
			t.Errorf("Expand(%s) = %s, want %s", tc.compact, got, tc.full)
		}
		if got := graph.Compact(tc.full); got != tc.compact {
			t.Errorf("Compact(%s) = %s, want %s", tc.full, got, tc.compact)
		}
	}
}

func TestSlugAndIDs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vladimir Putin", "vladimir_putin"},
		{"U.S.", "u_s"},
		{"Česká Republika", "ceska_republika"},
		{"  --  ", "_"},
		{"10-point plan", "10_point_plan"},
	}
	for _, tc := range tests {
		if got := graph.Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := graph.EntityID(graph.Agreement, "Minsk agreements"); got != "agreement/minsk_agreements" {
		t.Errorf("EntityID = %q", got)
	}
}

func TestSignatures(t *testing.T) {
	tests := []struct {
		p    graph.Predicate
		s, o graph.Type
		want bool
	}{
		{graph.DeputyOf, graph.Person, graph.Person, true},
		{graph.DeputyOf, graph.Person, graph.Country, false},
		{graph.LocatedIn, graph.Place, graph.Country, true},
		{graph.LocatedIn, graph.Country, graph.Place, false},
		{graph.ProposedBy, graph.Agreement, graph.Person, true},
		{graph.PartyTo, graph.Agreement, graph.Country, false},
	}
	for _, tc := range tests {
		if got := tc.p.Allows(tc.s, tc.o); got != tc.want {
			t.Errorf("%s.Allows(%s, %s) = %v, want %v", tc.p, tc.s, tc.o, got, tc.want)
		}
	}
	for _, p := range graph.Relations {
		if !p.IsRelation() {
			t.Errorf("%s is not a relation", p)
		}
	}
}
