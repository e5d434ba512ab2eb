// Vocabulary of the newsgraph knowledge graph.
//
// Inside the store every term of the vocabulary is a compact IRI: a bare
// local name such as <name> or <deputy_of>, relative to NS, so that Gizmo
// queries read the way the README writes them:
//
//	g.V().Has("<name>", "Alexander Grushko").Out("<deputy_of>").Out("<name>").All()
//
// Entity, document and statement nodes are compact IRIs too
// (<person/alexander_grushko>, <doc/0b1c...>, <stmt/93fa...>). Formats meant
// for other RDF tools (N-Quads, JSON-LD) write full IRIs with Expand, and
// `load` turns them back with Compact.
//
// The types, relation predicates and attributes are those of the extraction
// schema (shared/eval/SCHEMA.md) with the same local names.

package graph

import (
	"strings"
	"sync"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"github.com/cayleygraph/quad/voc/rdf"
)

func init() {
	voc.RegisterPrefix(Prefix, NS)
}

const (
	// NS is the namespace of every newsgraph term.
	NS = `https://newsgraph.dev/ns/`
	// Prefix is the prefix registered for NS (ng:deputy_of).
	Prefix = `ng:`
)

// Type is the class of a node: one of the five entity types of the schema,
// or one of the provenance classes.
type Type string

// Entity types (SCHEMA.md).
const (
	// Person is a named human being.
	Person Type = "Person"
	// Organization covers alliances, international bodies, ministries,
	// parties, companies, media and armed groups.
	Organization Type = "Organization"
	// Country is a sovereign state, past or present.
	Country Type = "Country"
	// Place is a region, city or area that is not a country.
	Place Type = "Place"
	// Agreement is a treaty, accord, deal, plan, ceasefire or resolution.
	Agreement Type = "Agreement"
)

// Provenance types.
const (
	// Document is an ingested text.
	Document Type = "Document"
	// Statement is one occurrence of a relation or attribute in a sentence.
	Statement Type = "Statement"
)

// EntityTypes lists the five entity types in display order.
var EntityTypes = []Type{Person, Organization, Country, Place, Agreement}

// IsEntity reports whether t is one of the five entity types.
func (t Type) IsEntity() bool {
	switch t {
	case Person, Organization, Country, Place, Agreement:
		return true
	}
	return false
}

// ParseType returns the entity type named s, in any case.
func ParseType(s string) (Type, bool) {
	for _, t := range EntityTypes {
		if strings.EqualFold(string(t), s) {
			return t, true
		}
	}
	return "", false
}

// Predicate is the local name of a relation, attribute or bookkeeping
// predicate.
type Predicate string

// Relations between entities (SCHEMA.md), subject -> object.
const (
	// LeaderOf links a head of state, government, party or company to it.
	LeaderOf Predicate = "leader_of"
	// OfficialOf links a minister, envoy or spokesperson to a country or body.
	OfficialOf Predicate = "official_of"
	// DeputyOf links a deputy to the person they deputise for.
	DeputyOf Predicate = "deputy_of"
	// ServesUnder links a subordinate (not a deputy) to their superior.
	ServesUnder Predicate = "serves_under"
	// MemberOf links a person, country or organisation to an organisation.
	MemberOf Predicate = "member_of"
	// SeeksMembership links an applicant to an organisation.
	SeeksMembership Predicate = "seeks_membership"
	// Borders is symmetric: two countries or places are neighbours.
	Borders Predicate = "borders"
	// LocatedIn links a place to the country or place containing it.
	LocatedIn Predicate = "located_in"
	// AlliedWith is symmetric: allies.
	AlliedWith Predicate = "allied_with"
	// MetWith is symmetric: a meeting or talks.
	MetWith Predicate = "met_with"
	// Annexed links the annexing country or leader to the territory.
	Annexed Predicate = "annexed"
	// PartyTo links a signatory or party to an agreement.
	PartyTo Predicate = "party_to"
	// ProposedBy links an agreement or plan to whoever proposed it.
	ProposedBy Predicate = "proposed_by"
	// PossiblySameAs links two entity nodes that may be one entity.
	PossiblySameAs Predicate = "possibly_same_as"
)

// Attributes: entity -> literal.
const (
	// Title is a person's office, lower case, without the country.
	Title Predicate = "title"
	// Date is the year or ISO date an agreement was signed or made.
	Date Predicate = "date"
)

// Names and bookkeeping on entity nodes.
const (
	// Name is the canonical name of an entity.
	Name Predicate = "name"
	// Alias is any other surface form used for the entity.
	Alias Predicate = "alias"
	// MentionedIn links an entity to a document that names it.
	MentionedIn Predicate = "mentioned_in"
	// MentionCount is the number of mentions of the entity in the document
	// that is the quad's label.
	MentionCount Predicate = "mention_count"
	// Surname is the last word of a person's full name, kept so that a
	// later document's "Putin" can find "Vladimir Putin".
	Surname Predicate = "surname"
)

// Provenance predicates on statement and document nodes.
const (
	// Subject is the subject entity of a statement.
	Subject Predicate = "subject"
	// PredicateOf is the predicate of a statement (an IRI such as <deputy_of>).
	PredicateOf Predicate = "predicate"
	// Object is the object of a statement: an entity, or a literal for an
	// attribute.
	Object Predicate = "object"
	// Sentence is the text of the sentence that supports a statement.
	Sentence Predicate = "sentence"
	// Start is the byte offset where the sentence starts in the document.
	Start Predicate = "start"
	// End is the byte offset just past the sentence.
	End Predicate = "end"
	// InDocument links a statement to its document.
	InDocument Predicate = "document"
	// Rule names the pattern or model that produced a statement.
	Rule Predicate = "rule"
	// Confidence is a statement's confidence in [0,1].
	Confidence Predicate = "confidence"
	// Surface is the text of the statement's evidence as written.
	Surface Predicate = "surface"
	// Path is the file a document was read from.
	Path Predicate = "path"
	// ContentHash is the SHA-256 of a document's bytes, in hex.
	ContentHash Predicate = "content_hash"
	// DocTitle is a document's title (its first line).
	DocTitle Predicate = "doc_title"
	// IngestedAt is when a document was ingested (RFC 3339).
	IngestedAt Predicate = "ingested_at"
)

// TypePredicate is the predicate of type quads: rdf:type.
var TypePredicate = quad.IRI(rdf.Type)

// Relations lists the relation predicates of the schema.
var Relations = []Predicate{
	LeaderOf, OfficialOf, DeputyOf, ServesUnder, MemberOf, SeeksMembership,
	Borders, LocatedIn, AlliedWith, MetWith, Annexed, PartyTo, ProposedBy,
}

// Symmetric reports whether p holds in both directions.
func (p Predicate) Symmetric() bool {
	return p == Borders || p == AlliedWith || p == MetWith
}

// IsRelation reports whether p is a relation predicate of the schema (or
// possibly_same_as).
func (p Predicate) IsRelation() bool {
	if p == PossiblySameAs {
		return true
	}
	for _, r := range Relations {
		if r == p {
			return true
		}
	}
	return false
}

// Signature gives the subject and object types a relation accepts.
type Signature struct {
	Subjects, Objects []Type
}

var signatures = map[Predicate]Signature{
	LeaderOf:        {[]Type{Person}, []Type{Country, Organization}},
	OfficialOf:      {[]Type{Person}, []Type{Country, Organization}},
	DeputyOf:        {[]Type{Person}, []Type{Person}},
	ServesUnder:     {[]Type{Person}, []Type{Person}},
	MemberOf:        {[]Type{Person, Country, Organization}, []Type{Organization}},
	SeeksMembership: {[]Type{Country, Organization}, []Type{Organization}},
	Borders:         {[]Type{Country, Place}, []Type{Country, Place}},
	LocatedIn:       {[]Type{Place}, []Type{Country, Place}},
	AlliedWith:      {[]Type{Country, Organization, Person}, []Type{Country, Organization, Person}},
	MetWith:         {[]Type{Person, Country, Organization}, []Type{Person, Country, Organization}},
	Annexed:         {[]Type{Country, Person}, []Type{Place, Country}},
	PartyTo:         {[]Type{Country, Organization, Person}, []Type{Agreement}},
	ProposedBy:      {[]Type{Agreement}, []Type{Person, Country, Organization}},
	PossiblySameAs:  {EntityTypes, EntityTypes},
}

// Allows reports whether the relation p may link an s-typed subject to an
// o-typed object.
func (p Predicate) Allows(s, o Type) bool {
	sig, ok := signatures[p]
	return ok && hasType(sig.Subjects, s) && hasType(sig.Objects, o)
}

func hasType(ts []Type, t Type) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// IRI returns the compact IRI of the predicate as stored.
func (p Predicate) IRI() quad.IRI { return quad.IRI(p) }

// IRI returns the compact IRI of the type as stored.
func (t Type) IRI() quad.IRI { return quad.IRI(t) }

// Expand returns the full IRI of a compact one: local names get NS, known
// prefixes (rdf:, ng:) their namespace; full IRIs are returned unchanged.
func Expand(iri quad.IRI) quad.IRI {
	s := string(iri)
	if !strings.Contains(s, ":") {
		return quad.IRI(NS + s)
	}
	if full, ok := expanded.Load(iri); ok {
		return full.(quad.IRI)
	}
	full := iri.Full()
	if full != iri {
		// A prefixed name of the vocabulary ("rdf:type"): few, and
		// written in every document.
		expanded.Store(iri, full)
	}
	return full
}

// expanded holds the full IRIs of the prefixed names Expand has seen:
// quad's Full looks every prefix up in turn, under a lock.
var expanded sync.Map // quad.IRI -> quad.IRI

// Compact is the inverse of Expand: IRIs in NS lose it, rdf: terms keep
// their prefix.
func Compact(iri quad.IRI) quad.IRI {
	s := string(iri)
	if strings.HasPrefix(s, NS) {
		return quad.IRI(s[len(NS):])
	}
	if strings.HasPrefix(s, Prefix) {
		return quad.IRI(s[len(Prefix):])
	}
	if strings.HasPrefix(s, rdf.NS) {
		return quad.IRI(rdf.Prefix + s[len(rdf.NS):])
	}
	return iri
}
