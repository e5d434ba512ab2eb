package extract_test

import "testing"

// A second office joined by "and" in an appositive belongs to the same
// person, after an aside on the first body too.
func TestSecondOfficeInAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{"\"The plan fails,\" said Dana Whitlow, executive vice president of Tarvey Industries <TRV> and president of the Drilling Suppliers Association.",
			[]string{"person/dana_whitlow official_of organization/tarvey_industries",
				"person/dana_whitlow leader_of organization/drilling_suppliers_association"}, nil},
		{"Carl Orben, vice chairman of Marl Manufacturing Co, a subsidiary of Kelmor Corp <K>, and chairman of the Ocean Industries Association, said prices would rise.",
			[]string{"person/carl_orben leader_of organization/ocean_industries_association"},
			[]string{"organization/kelmor_corp leader_of organization/ocean_industries_association"}},
		{"Carl Orben, chairman of Marl Manufacturing Co, met Dana Whitlow and president of the Ocean Industries Association Tom Reed.",
			nil, []string{"person/carl_orben leader_of organization/ocean_industries_association"}},
	})
}

// A verb between two offices ends the first appositive.
func TestSecondOfficeAfterVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tom Hale, chairman of Acme Corp, quit, and head of research at Globex Inc, Bob Reid, left too.",
			nil, []string{"person/tom_hale official_of organization/globex_inc"}},
	})
}
