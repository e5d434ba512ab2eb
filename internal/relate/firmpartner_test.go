package relate_test

import "testing"

// A partner's post in a firm ("executive partner of ...") is an office,
// not an alliance; "an ally of" still is one.
func TestFirmPartnerNoAlliance(t *testing.T) {
	checkFacts(t, []factCase{
		{"Gareth Lowe, managing partner of Hollis Mercer, said the firm would appeal.",
			nil, []string{"Gareth Lowe allied_with"}},
		{"Lena Brandt, executive partner of Pryor Associates, declined to comment.",
			nil, []string{"Lena Brandt allied_with"}},
		{"Health Secretary Alan Milburn, a close ally of Tony Blair, denied the report.",
			[]string{"Alan Milburn allied_with Tony Blair"}, nil},
	})
}
