package extract_test

import "testing"

// A controller holds an office in the firm or the channel that employs
// them.
func TestControllerTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ann Verity was a controller at Halden Corp until 1985.",
			[]string{"person/ann_verity title = controller", "person/ann_verity official_of organization/halden_corp"}, nil},
	})
}
