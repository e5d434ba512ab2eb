package graph

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Entity is one real-world entity as the extractor resolved it in a
// document (or as it is read back from the store).
type Entity struct {
	// ID is the compact IRI of the node, from EntityID unless the
	// resolver reused an existing node.
	ID string
	// Type is one of EntityTypes.
	Type Type
	// Name is the canonical name.
	Name string
	// Aliases are the other surface forms, canonical name excluded.
	Aliases []string
	// Mentions is how many times the document names the entity.
	Mentions int
}

// Evidence says where a relation or attribute was found.
type Evidence struct {
	// Start and End are the byte offsets of the sentence in the document.
	Start, End int
	// Sentence is the text of the sentence.
	Sentence string
	// Surface is the span of text that triggered the pattern.
	Surface string
	// Rule names the pattern or model.
	Rule string
	// Confidence is in [0,1].
	Confidence float64
}

// Relation is a typed edge between two entities of one document.
type Relation struct {
	Subject   string // entity ID
	Predicate Predicate
	Object    string // entity ID
	Evidence  Evidence
}

// Attribute is a literal property of an entity (title, date).
type Attribute struct {
	Subject   string // entity ID
	Predicate Predicate
	Value     string
	Evidence  Evidence
}

// Doc describes an ingested document.
type Doc struct {
	// ID is the compact IRI of the document node: DocID(Hash).
	ID string `json:"id"`
	// Path is where the text was read from ("-" for standard input).
	Path string `json:"path"`
	// Hash is the hex SHA-256 of the text.
	Hash string `json:"hash"`
	// Title is the first line of the text, trimmed.
	Title string `json:"title,omitempty"`
	// IngestedAt is when the facts were written.
	IngestedAt time.Time `json:"ingested_at,omitzero"`
}

// Facts is everything the extractor found in one document: what ingest
// writes in one transaction.
type Facts struct {
	Doc        Doc
	Entities   []Entity
	Relations  []Relation
	Attributes []Attribute
}

// EntityID returns the stable compact IRI of an entity from its type and
// canonical name: "person/vladimir_putin".
func EntityID(t Type, name string) string {
	return strings.ToLower(string(t)) + "/" + Slug(name)
}

// DocID returns the compact IRI of the document with the given content hash.
func DocID(hash string) string {
	if len(hash) > 32 {
		hash = hash[:32]
	}
	return "doc/" + hash
}

// Slug folds a name to lower-case ASCII letters and digits joined by "_":
// "Česká Republika" -> "ceska_republika", "U.S." -> "u_s".
func Slug(name string) string {
	var b strings.Builder
	sep := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(unicode.ToLower(r))
		default:
			sep = true
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}
