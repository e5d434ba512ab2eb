package relate_test

import "testing"

// Precision cases: sentences where a pattern used to give a wrong edge
// on unseen news, each beside one where it must still fire.
func TestPrecisionCases(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		// A unilateral plan has no parties; the units sold under it are
		// none either.
		{"Norvane Corp sold a stake to Helmark Inc in 1999 as part of a supply agreement.",
			[]string{"Norvane Corp party_to supply agreement", "Helmark Inc party_to supply agreement"}, nil},
		{"Norvane Corp said it would sell its Tessel Ltd unit and Brightwater Inc as part of a plan to cut its debt.",
			nil, []string{"party_to"}},
		{"Norvane Corp sold Tessel Ltd as part of its restructuring programme.",
			nil, []string{"party_to"}},
		{"Norvane Corp will repay part of its merger debt with Helmark Inc.",
			nil, []string{"party_to"}},
	}
	for _, tc := range tests {
		got := facts(t, tc.text)
		t.Logf("%q -> %q", tc.text, got)
		checkListed(t, got, "|", tc.want, tc.not)
	}
}
