package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// neighbouring: "India ... an arms race with neighbouring Pakistan and
// China", "Slovakia and the neighbouring Czech Republic", "imports from
// neighbouring countries, mainly Egypt and Kenya". The named countries (or
// regions) border the one the phrase is said from: the territory joined by
// "and" or "or" just before, else the clause's one country (see
// neighbourOwner). "neighbouring countries" with no name, a city, or two
// countries the phrase may be said from relate nothing.
func (s *sentCtx) neighbouring(i int) {
	j := i + 1
	if w := s.lower(j); w == "countries" || w == "states" || w == "nations" {
		// "neighbouring countries(,) such as/including/mainly Y and Z".
		j++
		if s.word(j) == "," {
			j++
		}
		switch s.lower(j) {
		case "such":
			if s.lower(j+1) != "as" {
				return
			}
			j += 2
		case "including", "mainly", "notably", "especially", "chiefly", "principally", "like", "namely":
			j++
		default:
			return
		}
	}
	ys, end := s.neighbourList(j)
	if len(ys) == 0 {
		return
	}
	// "Slovakia and the neighbouring Czech Republic".
	k := i - 1
	if s.lower(k) == "the" {
		k--
	}
	if w := s.lower(k); w == "and" || w == "or" {
		if x, a, _ := s.entOf(k-1, territory...); x != nil {
			if neighbourKind(x) {
				s.relateNeighbours(x, ys, a, end, "neighbouring-coordinated", 0.8)
			}
			return
		}
	}
	if x := s.neighbourOwner(i, ys); x != nil {
		s.relateNeighbours(x, ys, i, end, "neighbouring", 0.75)
	}
}

// neighbourList returns the countries and regions named from token j on,
// one or a list joined by commas, "and" or "or", and the token after the
// last; nothing when the first is no country or region.
func (s *sentCtx) neighbourList(j int) ([]*resolve.Entity, int) {
	var ys []*resolve.Entity
	for {
		y, _, b := s.entOf(j, territory...)
		if y == nil || !neighbourKind(y) {
			break
		}
		ys = append(ys, y)
		j = b
		next := j
		if s.word(next) == "," {
			next++
		}
		if w := s.lower(next); w == "and" || w == "or" {
			next++
		}
		if next == j {
			break
		}
		if y2, _, _ := s.entOf(next, territory...); y2 == nil || !neighbourKind(y2) {
			break
		}
		j = next
	}
	return ys, j
}

// neighbourKind: a country, or a state, province, region or territory the
// lexicon places in a country; cities and islands border nothing here.
func neighbourKind(e *resolve.Entity) bool {
	if e.Type == graph.Country {
		return true
	}
	if e.Type != graph.Place || e.Country == "" {
		return false
	}
	switch placeKind(e.Name) {
	case "state", "province", "region", "territory":
		return true
	}
	return false
}

// relateNeighbours relates x and each of ys that is not x nor lies in it.
func (s *sentCtx) relateNeighbours(x *resolve.Entity, ys []*resolve.Entity, a, b int, rule string, conf float64) {
	for _, y := range ys {
		if y == x || y.Country == x.Name || x.Country == y.Name {
			continue
		}
		s.relate(x, graph.Borders, y, s.evidence(min(a, b), max(a, b), rule, conf))
	}
}

// neighbourOwner returns the country a "neighbouring Y" or "its neighbour
// Y" at token i is said from: the one country the sentence names apart
// from ys (by name, demonym or one of its places), named before i, when it
// is the document's dominant state or, if none stands out, opens the
// sentence by its name (its subject: "India said ...", "Members of
// Romania's coalition ...", not "Japanese donors said ..."); or, when the sentence names no other country, the
// document's dominant state. Two countries, or a country the text names
// only by a city, give nil.
func (s *sentCtx) neighbourOwner(i int, ys []*resolve.Entity) *resolve.Entity {
	skip := func(name string) bool {
		for _, y := range ys {
			if y.Name == name {
				return true
			}
		}
		return false
	}
	cand, first, demonym := "", -1, -1
	var named *resolve.Entity
	add := func(name string, k int) bool {
		if name == "" || skip(name) {
			return true
		}
		if cand != "" && cand != name {
			return false
		}
		if cand == "" {
			cand, first = name, k
		}
		return true
	}
	for k := s.s.T0; k < s.s.T1; k++ {
		if d, ok := s.demonymAt[k]; ok {
			dm := s.found.Demonyms[d]
			if !add(dm.Country, k) {
				return nil
			}
			if dm.Country == cand && demonym < 0 {
				demonym = d
			}
			k = dm.T1 - 1
			continue
		}
		e, _, b := s.ent(k)
		if e == nil {
			continue
		}
		k = b - 1
		switch e.Type {
		case graph.Country:
			if !add(e.Name, k) {
				return nil
			}
			if e.Name == cand {
				named = e
			}
		case graph.Place:
			if !add(e.Country, k) {
				return nil
			}
		}
	}
	dom := s.dominantState()
	if cand == "" {
		if dom == "" {
			return nil
		}
		return s.entityNamed(graph.Country, dom, dom)
	}
	if first >= i || dom != "" && dom != cand || dom == "" && (first-s.s.T0 >= 8 || named == nil) {
		return nil
	}
	switch {
	case named != nil:
		return named
	case demonym >= 0:
		return s.countryEntity(cand, demonym)
	}
	return nil
}
