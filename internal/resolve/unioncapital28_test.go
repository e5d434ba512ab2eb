package resolve_test

import "testing"

// "Brussels" standing for a government in a text about the European Union
// is the Union; without the Union named it stays Belgium's capital.
func TestBrusselsForTheUnion(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		{"EU ministers met on Monday. Norway filed a complaint against Brussels over fish quotas.",
			[]string{"Organization:European Union[Brussels,EU]"}, []string{"Country:Belgium"}},
		{"The European Commission raised the tariff. Brussels rejected the appeal.",
			[]string{"Organization:European Union[Brussels]"}, []string{"Country:Belgium"}},
		// Negative: no Union in the text.
		{"Belgium's cabinet met on Monday. Brussels rejected the appeal.",
			[]string{"Country:Belgium[Brussels]"}, []string{"Organization:European Union"}},
	})
}
