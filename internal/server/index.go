package server

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/graph"
)

// entityIndex is the list of the store's entities with their names folded
// for search, read once (graph.Store.Entities) and kept until a write
// through the server changes the store.
type entityIndex struct {
	gen  uint64
	list []graph.EntityInfo // most mentioned first
	byID map[string]int
	// names[i] are the folded canonical name and aliases of list[i], the
	// canonical name first.
	names [][]string
}

// entities returns the current entity index, reading the store when it
// changed since the last read.
func (s *Server) entities(ctx context.Context) (*entityIndex, error) {
	s.indexMu.Lock()
	defer s.indexMu.Unlock()
	gen := s.gen.Load()
	if s.index != nil && s.index.gen == gen {
		return s.index, nil
	}
	list, err := s.st.Entities(ctx, graph.EntityFilter{})
	if err == nil {
		err = ctx.Err() // a scan cut short must not be kept
	}
	if err != nil {
		return nil, err
	}
	ix := &entityIndex{gen: gen, list: list, byID: make(map[string]int, len(list)), names: make([][]string, len(list))}
	for i, e := range list {
		ix.byID[e.ID] = i
		keys := []string{fold(e.Name)}
		for _, a := range e.Aliases {
			keys = append(keys, fold(a))
		}
		ix.names[i] = keys
	}
	s.index = ix
	return ix, nil
}

// get returns the entity with the given ID.
func (ix *entityIndex) get(id string) (graph.EntityInfo, bool) {
	i, ok := ix.byID[id]
	if !ok {
		return graph.EntityInfo{}, false
	}
	return ix.list[i], true
}

// name returns the canonical name of an entity, or its ID.
func (ix *entityIndex) name(id string) string {
	if e, ok := ix.get(id); ok && e.Name != "" {
		return e.Name
	}
	return id
}

// typeOf returns the type of an entity, or "".
func (ix *entityIndex) typeOf(id string) graph.Type {
	e, _ := ix.get(id)
	return e.Type
}

// match is an entity found by search, with what matched.
type match struct {
	graph.EntityInfo
	Matched string
	rank    int
}

// search returns the entities of the given types (all when empty) one of
// whose names starts with prefix, or has a word that does, best first: a
// canonical name that starts with it, an alias that does, a later word;
// then the most mentioned. An empty prefix lists the most mentioned.
func (ix *entityIndex) search(prefix string, types []graph.Type, limit int) (out []match, more bool) {
	p := fold(prefix)
	for i, e := range ix.list {
		if len(types) > 0 && !hasType(types, e.Type) {
			continue
		}
		rank, which := -1, 0
		for k, n := range ix.names[i] {
			r := -1
			switch {
			case strings.HasPrefix(n, p):
				r = 0
				if k > 0 {
					r = 1
				}
			case strings.Contains(n, " "+p):
				r = 2
			}
			if r >= 0 && (rank < 0 || r < rank) {
				rank, which = r, k
			}
		}
		if rank < 0 {
			continue
		}
		m := match{EntityInfo: e, Matched: e.Name, rank: rank}
		if which > 0 {
			m.Matched = e.Aliases[which-1]
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].rank < out[j].rank })
	if limit > 0 && len(out) > limit {
		return out[:limit], true
	}
	return out, false
}

// resolve returns the IDs of the entities that name means: an entity ID
// (with or without <>), else the entities with that canonical name, else
// with that alias, else whose name ends with it as a word (a surname),
// compared without case and accents; the most mentioned first.
func (ix *entityIndex) resolve(name string) []string {
	name = strings.TrimSpace(name)
	id := strings.TrimSuffix(strings.TrimPrefix(name, "<"), ">")
	if _, ok := ix.byID[id]; ok {
		return []string{id}
	}
	f := fold(name)
	if f == "" {
		return nil
	}
	var byName, byAlias, bySurname []string
	for i, keys := range ix.names {
		for k, n := range keys {
			switch {
			case n == f && k == 0:
				byName = append(byName, ix.list[i].ID)
			case n == f:
				byAlias = append(byAlias, ix.list[i].ID)
			case k == 0 && !strings.Contains(f, " ") && strings.HasSuffix(n, " "+f):
				bySurname = append(bySurname, ix.list[i].ID)
			default:
				continue
			}
			break
		}
	}
	switch {
	case len(byName) > 0:
		return byName
	case len(byAlias) > 0:
		return byAlias
	}
	return bySurname
}

// resolveOne returns the one entity that name means, or an error that
// says none does (404) or lists those that do (409).
func (ix *entityIndex) resolveOne(param, name string) (graph.EntityInfo, error) {
	ids := ix.resolve(name)
	switch len(ids) {
	case 0:
		return graph.EntityInfo{}, errorf(http.StatusNotFound, "%s: no entity has the name, alias or ID %q", param, name)
	case 1:
		e, _ := ix.get(ids[0])
		return e, nil
	}
	var cands []entityJSON
	for _, id := range ids {
		e, _ := ix.get(id)
		cands = append(cands, toEntityJSON(e))
	}
	return graph.EntityInfo{}, &httpError{
		code:  http.StatusConflict,
		msg:   fmt.Sprintf("%s: %d entities are called %q; give one of their IDs", param, len(ids), name),
		extra: map[string]any{"candidates": cands},
	}
}

// fold is the search key of a name: lower case, without accents, curly
// quotes straight, hyphens and runs of spaces one space.
func fold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2018' || r == '\u2019':
			r = '\''
		case unicode.IsSpace(r) || r == '-' || r == '_' || (r >= '\u2010' && r <= '\u2015'):
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(unicode.ToLower(r))
		space = false
	}
	return strings.TrimSuffix(b.String(), " ")
}

func hasType(ts []graph.Type, t graph.Type) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}
