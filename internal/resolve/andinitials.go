package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// andInitials reports a firm's name written as two initials joined by
// "and" or "&" ("B and C", "S & P"), and its letters.
func andInitials(name string) (byte, byte, bool) {
	f := strings.Fields(name)
	if len(f) != 3 || f[1] != "and" && f[1] != "&" || len(f[0]) != 1 || len(f[2]) != 1 {
		return 0, 0, false
	}
	if f[0][0] < 'A' || f[0][0] > 'Z' || f[2][0] < 'A' || f[2][0] > 'Z' {
		return 0, 0, false
	}
	return f[0][0], f[2][0], true
}

// andInitialsTarget returns the one other organisation of the text whose
// name opens with two words joined by "and" that the initials begin
// ("British and Commonwealth Shipping Co Plc" for "B and C"), or -1.
func (r *Result) andInitialsTarget(ei int, l1, l2 byte) int {
	return r.soleOther(ei, graph.Organization, func(f *Entity) bool {
		w := strings.Fields(f.Name)
		return len(w) >= 3 && (w[1] == "and" || w[1] == "&") && len(w[0]) >= 2 && len(w[2]) >= 2 && w[0][0] == l1 && w[2][0] == l2
	})
}
