package resolve

import (
	"strings"
	"testing"
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
