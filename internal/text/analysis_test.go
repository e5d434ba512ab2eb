package text

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/token"
)

// TestAnalyzeForms checks that every token's Lower is the lower case of
// its normal form, whichever path Analyze took to build it.
func TestAnalyzeForms(t *testing.T) {
	for _, s := range []string{
		"The U.S. And Soviet Union met in GENEVA on Monday.",
		"Jean-Claude Juncker said “we’re ready” — İstanbul, ÆRØ and Straße…",
		"lower case only, numbers 1,000.5 and don't stop.",
		"",
	} {
		a := Analyze(&Document{Text: s})
		for i, tk := range a.Tokens {
			w := token.Normal(tk.Text(s))
			if got, want := a.Lower[i], strings.ToLower(w); got != want {
				t.Errorf("%q: Lower[%d] = %q, want %q", s, i, got, want)
			}
			if a.Words[i] != w && a.Words[i] != a.Lower[i] {
				t.Errorf("%q: Words[%d] = %q, want %q", s, i, a.Words[i], w)
			}
		}
	}
}
