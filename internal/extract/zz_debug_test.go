package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("DEBUG_DOC")
	if path == "" {
		t.Skip()
	}
	doc, err := text.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	x, _ := New()
	found := x.finder.Find(a)
	res := resolve.Resolve(a, found)
	for i, m := range found.Mentions {
		ent := "-"
		if res.Of[i] >= 0 {
			ent = res.Entities[res.Of[i]].ID
		}
		fmt.Printf("M %-14s %-4d %q kind=%d src=%d canon=%q -> %s\n", m.Type, m.T0, a.Text(m.T0, m.T1), m.Kind, m.Source, m.Canon, ent)
	}
	for _, ti := range found.Titles {
		fmt.Printf("T %q %q role=%v dep=%v\n", a.Text(ti.T0, ti.T1), ti.Title, ti.Role, ti.Deputy)
	}
	for _, d := range found.Demonyms {
		fmt.Printf("D %q %s\n", a.Text(d.T0, d.T1), d.Country)
	}
}
