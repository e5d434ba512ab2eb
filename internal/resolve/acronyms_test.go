package resolve_test

import "testing"

func TestTrailingAcronym(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		// Wire copy's acronym after the name, without brackets.
		{"The state-run Norlandic News Agency NNA reported the sale. NNA gave no price.",
			[]string{"Organization:Norlandic News Agency[NNA,Norlandic News Agency NNA]"}, nil},
		// A last word that spells nothing stays in the name.
		{"The state-run Norlandic News Agency QRX reported the sale.",
			[]string{"Organization:Norlandic News Agency QRX[]"}, nil},
	})
}
