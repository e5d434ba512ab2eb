package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestFieldHelpers checks firstLastFields and joinedIs against
// strings.Fields and strings.Join.
func TestFieldHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "Putin", " Vladimir  Putin ", "Jean-Claude\u00a0Juncker", "a\tb\nc", "Mr\u2003X Y", "x\u0085y"} {
		f := strings.Fields(s)
		first, last, n := firstLastFields(s)
		wantFirst, wantLast := "", ""
		if len(f) > 0 {
			wantFirst, wantLast = f[0], f[len(f)-1]
		}
		if first != wantFirst || last != wantLast || n != min(len(f), 2) {
			t.Errorf("firstLastFields(%q) = %q, %q, %d; want %q, %q, %d", s, first, last, n, wantFirst, wantLast, min(len(f), 2))
		}
		for k := 0; k <= len(f); k++ {
			for _, name := range []string{s, strings.Join(f[k:], " "), strings.Join(f[k:], "  "), strings.Join(f[k:], " ") + " "} {
				if got, want := joinedIs(f[k:], name), strings.Join(f[k:], " ") == name; got != want {
					t.Errorf("joinedIs(%q, %q) = %v, want %v", f[k:], name, got, want)
				}
			}
		}
	}
}

// TestKey checks key against its definition.
func TestKey(t *testing.T) {
	for _, name := range []string{"", "Putin", "JEAN-CLAUDE Juncker", "İstanbul-Ankara", "Ærø", "x--Y", "Straße"} {
		for _, ty := range []graph.Type{graph.Person, graph.Place} {
			want := string(ty) + "\x00" + strings.ReplaceAll(strings.ToLower(name), "-", " ")
			if got := key(ty, name); got != want {
				t.Errorf("key(%q, %q) = %q, want %q", ty, name, got, want)
			}
		}
	}
	for _, s := range []string{"", " a ", "a b  c", "\u00a0x\u2003y z"} {
		first, n := firstField(s)
		f := strings.Fields(s)
		if n != len(f) || n > 0 && first != f[0] || n == 0 && first != "" {
			t.Errorf("firstField(%q) = %q, %d; want %q", s, first, n, f)
		}
	}
}
