package evalgold

import (
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/text"
)

// fixture is a fixed system output for the documents of testdata, written
// to exercise every rule of the scorer; the expected counts in
// TestScoreDirFixture are worked out by hand from it and testdata/gold.
var fixture = map[string]*graph.Facts{
	// Optional entity and relation found, a symmetric relation stated in
	// both directions, a duplicate node, an unmatched node, a relation
	// repeated through the duplicate, attribute values to normalise.
	"geneva-talks": facts("geneva-talks",
		[]graph.Entity{
			{ID: "person/sergey_lavrov", Type: graph.Person, Name: "Sergey Lavrov", Aliases: []string{"Lavrov"}},
			{ID: "person/antony_blinken", Type: graph.Person, Name: "Antony Blinken"},
			{ID: "person/alexander_grushko", Type: graph.Person, Name: "Alexander Grushko"},
			{ID: "person/grushko", Type: graph.Person, Name: "Grushko"}, // DUP
			{ID: "country/russia", Type: graph.Country, Name: "Russia", Aliases: []string{"Moscow"}},
			{ID: "country/united_states", Type: graph.Country, Name: "United States", Aliases: []string{"U.S."}},
			{ID: "place/kiev", Type: graph.Place, Name: "Kiev"}, // the optional kiev_city, not the country
			{ID: "organization/nato", Type: graph.Organization, Name: "NATO"},
			{ID: "place/geneva", Type: graph.Place, Name: "Geneva"},
			{ID: "person/friday", Type: graph.Person, Name: "Friday"}, // FP
			{ID: "country/ukraine", Type: graph.Country, Name: "Ukraine"},
		},
		[][3]string{
			{"person/sergey_lavrov", "official_of", "country/russia"},
			{"person/antony_blinken", "met_with", "person/sergey_lavrov"}, // symmetric, reversed
			{"person/sergey_lavrov", "met_with", "person/antony_blinken"}, // the same meeting
			{"person/alexander_grushko", "deputy_of", "person/sergey_lavrov"},
			{"person/grushko", "deputy_of", "person/sergey_lavrov"},      // the same edge through the DUP
			{"country/ukraine", "seeks_membership", "organization/nato"}, // optional
			{"country/russia", "borders", "country/ukraine"},             // FP
		},
		[][3]string{
			{"person/sergey_lavrov", "title", "Foreign Minister"},
			{"person/antony_blinken", "title", "secretary of state."},
			{"person/alexander_grushko", "title", "deputy foreign minister"}, // optional
			{"person/sergey_lavrov", "title", "foreign minister"},            // repeated
			{"place/kiev", "title", "mayor"},                                 // on an optional entity
			{"person/friday", "title", "day"},                                // FP
		}),
	// A list-valued subject, a wrong type, a symmetric relation, a date
	// that starts with the gold year.
	"minsk-signing": facts("minsk-signing",
		[]graph.Entity{
			{ID: "agreement/minsk_agreements", Type: graph.Agreement, Name: "Minsk agreements", Aliases: []string{"the accords"}},
			{ID: "country/ukraine", Type: graph.Country, Name: "Ukraine"},
			{ID: "country/belarus", Type: graph.Country, Name: "Belarus"},
			{ID: "country/minsk", Type: graph.Country, Name: "Minsk"}, // gold says Place
			{ID: "person/petro_poroshenko", Type: graph.Person, Name: "Petro Poroshenko"},
		},
		[][3]string{
			{"person/petro_poroshenko", "party_to", "agreement/minsk_agreements"}, // s: [poroshenko, ukraine]
			{"country/ukraine", "party_to", "agreement/minsk_agreements"},         // the next, unmatched, gold party_to
			{"person/petro_poroshenko", "leader_of", "country/ukraine"},
			{"country/ukraine", "borders", "country/belarus"},
			{"country/minsk", "located_in", "country/belarus"},
			{"country/belarus", "party_to", "agreement/minsk_agreements"}, // FP
		},
		[][3]string{
			{"agreement/minsk_agreements", "date", "2015-02-12"},
			{"person/petro_poroshenko", "title", "President"},
		}),
	// Accents and curly quotes, "the" and "'s", a duplicate under another
	// name, an optional entity with an attribute, an edge to an untyped
	// node named by its IRI.
	"alliance-abidjan": facts("alliance-abidjan",
		[]graph.Entity{
			{ID: "country/cote_d_ivoire", Type: graph.Country, Name: "Cote d\u2019Ivoire"},
			{ID: "country/united_kingdom", Type: graph.Country, Name: "the United Kingdom", Aliases: []string{"Britain\u2019s"}},
			{ID: "country/britain", Type: graph.Country, Name: "Britain"}, // DUP
			{ID: "person/alassane_ouattara", Type: graph.Person, Name: "ALASSANE OUATTARA"},
			{ID: "place/abidjan", Type: graph.Place, Name: "Abidjan"},
			{ID: "agreement/deal", Type: graph.Agreement, Name: "the deal"}, // optional
		},
		[][3]string{
			{"country/united_kingdom", "allied_with", "country/cote_d_ivoire"},
			{"country/britain", "allied_with", "country/cote_d_ivoire"}, // the same through the DUP
			{"person/alassane_ouattara", "leader_of", "country/cote_d_ivoire"},
			{"place/abidjan", "located_in", "country/cote_d_ivoire"},             // FP
			{"country/cote_d_ivoire", "member_of", "organization/african_union"}, // untyped object
		},
		[][3]string{
			{"person/alassane_ouattara", "title", "President"},
			{"agreement/deal", "date", "2024"}, // on an optional entity
		}),
}

// facts builds one document's facts.
func facts(name string, ents []graph.Entity, rels, attrs [][3]string) *graph.Facts {
	f := &graph.Facts{Doc: graph.Doc{ID: graph.DocID(name), Hash: name}, Entities: ents}
	for _, r := range rels {
		f.Relations = append(f.Relations, graph.Relation{Subject: r[0], Predicate: graph.Predicate(r[1]), Object: r[2]})
	}
	for _, a := range attrs {
		f.Attributes = append(f.Attributes, graph.Attribute{Subject: a[0], Predicate: graph.Predicate(a[1]), Value: a[2]})
	}
	return f
}

// fixtureExtractor returns the fixture's quads for a document of
// testdata, by the document's name.
var fixtureExtractor = ExtractorFunc(func(doc *text.Document) ([]quad.Quad, error) {
	name := strings.TrimSuffix(filepath.Base(doc.Path), ".txt")
	f, ok := fixture[name]
	if !ok {
		return nil, nil
	}
	return graph.Quads(f), nil
})
