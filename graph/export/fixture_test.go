package export_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// Entity IDs of the fixture.
var (
	putin       = graph.EntityID(graph.Person, "Vladimir Putin")
	lavrov      = graph.EntityID(graph.Person, "Sergey Lavrov")
	grushko     = graph.EntityID(graph.Person, "Alexander Grushko")
	stoltenberg = graph.EntityID(graph.Person, "Jens Stoltenberg")
	nato        = graph.EntityID(graph.Organization, "NATO")
	russia      = graph.EntityID(graph.Country, "Russia")
	ukraine     = graph.EntityID(graph.Country, "Ukraine")
	finland     = graph.EntityID(graph.Country, "Finland")
	crimea      = graph.EntityID(graph.Place, "Crimea")
	kyiv        = graph.EntityID(graph.Place, "Kyiv")
	newStart    = graph.EntityID(graph.Agreement, "New START")
	minsk       = graph.EntityID(graph.Agreement, `Minsk "II" Protocol`)
)

// fixtureNames are the canonical names of every fixture entity, by ID.
var fixtureNames = map[string]string{
	putin: "Vladimir Putin", lavrov: "Sergey Lavrov", grushko: "Alexander Grushko",
	stoltenberg: "Jens Stoltenberg", nato: "NATO", russia: "Russia", ukraine: "Ukraine",
	finland: "Finland", crimea: "Crimea", kyiv: "Kyiv", newStart: "New START",
	minsk: `Minsk "II" Protocol`,
}

func ent(t graph.Type, name string, mentions int, aliases ...string) graph.Entity {
	return graph.Entity{ID: graph.EntityID(t, name), Type: t, Name: name, Aliases: aliases, Mentions: mentions}
}

// evidence returns the evidence of a fact found in sentence, which starts
// at byte start of its document.
func evidence(sentence string, start int, conf float64) graph.Evidence {
	return graph.Evidence{Start: start, End: start + len(sentence), Sentence: sentence, Surface: sentence, Rule: "test", Confidence: conf}
}

func rel(s string, p graph.Predicate, o string, ev graph.Evidence) graph.Relation {
	return graph.Relation{Subject: s, Predicate: p, Object: o, Evidence: ev}
}

func attr(s string, p graph.Predicate, v string, ev graph.Evidence) graph.Attribute {
	return graph.Attribute{Subject: s, Predicate: p, Value: v, Evidence: ev}
}

// fixtureFacts are two hand-made documents with entities of every type,
// relations (symmetric ones too), attributes and evidence.
func fixtureFacts() []*graph.Facts {
	at := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	s1 := "Russian Foreign Minister Sergey Lavrov and his deputy, Alexander Grushko, met NATO officials."
	s2 := "President Vladimir Putin said Russia, which annexed Crimea in 2014, borders Ukraine."
	s3 := "Russia and the United States signed New START in 2010."
	doc1 := &graph.Facts{
		Doc: graph.Doc{ID: graph.DocID(strings.Repeat("a1", 32)), Path: "docs/talks.txt", Hash: strings.Repeat("a1", 32), Title: "Talks in Brussels", IngestedAt: at},
		Entities: []graph.Entity{
			ent(graph.Person, "Sergey Lavrov", 3, "Lavrov"),
			ent(graph.Person, "Alexander Grushko", 2, "Grushko"),
			ent(graph.Person, "Vladimir Putin", 2, "Putin"),
			ent(graph.Organization, "NATO", 1),
			ent(graph.Country, "Russia", 4, "Russian Federation"),
			ent(graph.Country, "Ukraine", 1),
			ent(graph.Place, "Crimea", 1),
			ent(graph.Agreement, "New START", 1, "New START treaty"),
		},
		Relations: []graph.Relation{
			rel(lavrov, graph.OfficialOf, russia, evidence(s1, 0, 0.9)),
			rel(grushko, graph.DeputyOf, lavrov, evidence(s1, 0, 0.85)),
			rel(lavrov, graph.MetWith, nato, evidence(s1, 0, 0.6)),
			rel(putin, graph.LeaderOf, russia, evidence(s2, 95, 0.95)),
			rel(russia, graph.Annexed, crimea, evidence(s2, 95, 0.8)),
			rel(russia, graph.Borders, ukraine, evidence(s2, 95, 0.9)),
			rel(russia, graph.PartyTo, newStart, evidence(s3, 180, 0.7)),
		},
		Attributes: []graph.Attribute{
			attr(lavrov, graph.Title, "foreign minister", evidence(s1, 0, 0.9)),
			attr(grushko, graph.Title, "deputy foreign minister", evidence(s1, 0, 0.8)),
			attr(newStart, graph.Date, "2010", evidence(s3, 180, 0.9)),
		},
	}
	t1 := "NATO Secretary General Jens Stoltenberg welcomed Finland, which borders Russia."
	t2 := "Ukraine, whose capital is Kyiv, wants to join NATO."
	t3 := `Ukraine and Russia signed the Minsk "II" Protocol; Putin later met Stoltenberg.`
	doc2 := &graph.Facts{
		Doc: graph.Doc{ID: graph.DocID(strings.Repeat("b2", 32)), Path: "docs/alliance.txt", Hash: strings.Repeat("b2", 32), Title: "The alliance grows", IngestedAt: at.Add(time.Hour)},
		Entities: []graph.Entity{
			ent(graph.Person, "Jens Stoltenberg", 2, "Stoltenberg"),
			ent(graph.Person, "Vladimir Putin", 1, "Putin"),
			ent(graph.Organization, "NATO", 3, "North Atlantic Treaty Organization"),
			ent(graph.Country, "Finland", 2),
			ent(graph.Country, "Russia", 2),
			ent(graph.Country, "Ukraine", 2),
			ent(graph.Place, "Kyiv", 1),
			ent(graph.Agreement, `Minsk "II" Protocol`, 1, `Minsk\2`),
		},
		Relations: []graph.Relation{
			rel(stoltenberg, graph.LeaderOf, nato, evidence(t1, 0, 0.9)),
			rel(finland, graph.Borders, russia, evidence(t1, 0, 0.85)),
			rel(finland, graph.MemberOf, nato, evidence(t1, 0, 0.4)),
			rel(ukraine, graph.SeeksMembership, nato, evidence(t2, 80, 0.75)),
			rel(kyiv, graph.LocatedIn, ukraine, evidence(t2, 80, 0.9)),
			rel(ukraine, graph.PartyTo, minsk, evidence(t3, 140, 0.8)),
			rel(russia, graph.PartyTo, minsk, evidence(t3, 140, 0.8)),
			rel(putin, graph.MetWith, stoltenberg, evidence(t3, 140, 0.5)),
		},
		Attributes: []graph.Attribute{
			attr(stoltenberg, graph.Title, "secretary general", evidence(t1, 0, 0.9)),
		},
	}
	return []*graph.Facts{doc1, doc2}
}

// newFixtureStore returns a bolt store in a temporary directory holding
// the fixture.
func newFixtureStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, filepath.Join(t.TempDir(), "test.db"), graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, f := range fixtureFacts() {
		if _, err := st.Write(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	return st
}
