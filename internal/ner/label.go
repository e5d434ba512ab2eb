package ner

import "strings"

// Type is a CoNLL-2003 entity type.
type Type uint8

// Entity types. None is the type of the O label.
const (
	None Type = iota
	PER       // persons
	ORG       // organisations: companies, bodies, parties, teams
	LOC       // locations: countries, cities, regions, features
	MISC      // other names: nationalities, events, titles of works
)

// NumTypes is the number of entity types, None excluded.
const NumTypes = 4

var typeNames = [...]string{"", "PER", "ORG", "LOC", "MISC"}

// String returns the CoNLL name of t ("PER", "ORG", "LOC", "MISC"), or ""
// for None.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "?"
}

// ParseType returns the type named s ("PER", "ORG", "LOC", "MISC").
func ParseType(s string) (Type, bool) {
	for t := PER; t <= MISC; t++ {
		if typeNames[t] == s {
			return t, true
		}
	}
	return None, false
}

// Label is the IOB2 tag of one token: O, or B- (first token of an entity)
// or I- (a following token) with an entity type.
type Label uint8

// The labels, IOB2. A label's type is (l+1)/2; B- labels are odd.
const (
	O     Label = iota // outside any entity
	BPER               // B-PER
	IPER               // I-PER
	BORG               // B-ORG
	IORG               // I-ORG
	BLOC               // B-LOC
	ILOC               // I-LOC
	BMISC              // B-MISC
	IMISC              // I-MISC
)

// NumLabels is the number of labels.
const NumLabels = 9

// Type returns the entity type of l, None for O.
func (l Label) Type() Type { return Type((l + 1) / 2) }

// Begin reports whether l starts an entity (a B- label).
func (l Label) Begin() bool { return l&1 == 1 }

// String returns the IOB2 form of l: "O", "B-PER", "I-LOC", ...
func (l Label) String() string {
	switch {
	case l == O:
		return "O"
	case l >= NumLabels:
		return "?"
	case l.Begin():
		return "B-" + l.Type().String()
	default:
		return "I-" + l.Type().String()
	}
}

// Begins returns the B- label of t, O for None.
func Begins(t Type) Label {
	if t == None {
		return O
	}
	return Label(2*t - 1)
}

// Inside returns the I- label of t, O for None.
func Inside(t Type) Label {
	if t == None {
		return O
	}
	return Label(2 * t)
}

// ParseLabel parses an IOB tag ("O", "B-PER", "I-ORG", ...). The prefix is
// kept as written: convert IOB1 sequences with ToIOB2.
func ParseLabel(s string) (Label, bool) {
	if s == "O" {
		return O, true
	}
	prefix, name, ok := strings.Cut(s, "-")
	if !ok {
		return O, false
	}
	t, ok := ParseType(name)
	if !ok {
		return O, false
	}
	switch prefix {
	case "B":
		return Begins(t), true
	case "I":
		return Inside(t), true
	}
	return O, false
}

// ToIOB2 rewrites labels read as IOB1 (I- starts an entity, B- only
// separates two touching entities of one type) to IOB2 in place: an I-
// label that does not continue an entity of its type becomes B-.
func ToIOB2(labels []Label) []Label {
	prev := O
	for i, l := range labels {
		if l != O && !l.Begin() && prev.Type() != l.Type() {
			labels[i] = Begins(l.Type())
		}
		prev = labels[i]
	}
	return labels
}

// Span is an entity of type Type over the tokens [Start, End).
type Span struct {
	Start, End int
	Type       Type
}

// Spans appends to dst the entities of an IOB2 label sequence. An I- label
// that does not continue an entity of its type starts one, so IOB1
// sequences decode as well.
func Spans(labels []Label, dst []Span) []Span {
	open := -1
	var typ Type
	for i, l := range labels {
		if open >= 0 && (l == O || l.Begin() || l.Type() != typ) {
			dst = append(dst, Span{open, i, typ})
			open = -1
		}
		if l != O && open < 0 {
			open, typ = i, l.Type()
		}
	}
	if open >= 0 {
		dst = append(dst, Span{open, len(labels), typ})
	}
	return dst
}
