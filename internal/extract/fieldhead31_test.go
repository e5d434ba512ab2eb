package extract_test

import "testing"

// A field adjective with no article before an appositive title: the head
// of a field is an official of the body.
func TestFieldAdjectiveAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{"\"Everyone must conform,\" said Dana Whitlow, regulatory head of the Mobile Content Forum and executive chairman of messaging firm Tarvex.",
			[]string{"person/dana_whitlow official_of organization/mobile_content_forum", "person/dana_whitlow leader_of organization/tarvex"},
			[]string{"person/dana_whitlow leader_of organization/mobile_content_forum"}},
		{"\"The threat is real,\" Carl Orben, global security manager for Capgemini, told the website.",
			[]string{"person/carl_orben official_of organization/capgemini"}, nil},
	})
}

// An adjective of praise is no field: "charismatic leader of X" makes no
// official.
func TestPraiseIsNoField(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ali Haddad, charismatic leader of the Popular Front, addressed the rally.",
			nil, []string{"person/ali_haddad official_of organization/popular_front"}},
	})
}

// A field after "of" may name where it is run: the head of a field in a
// country is an official of the body.
func TestFieldAfterOfWithPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{"Carl Orben, Tarvex's head of consumer services in the UK, thinks the firm will grow.",
			[]string{"person/carl_orben official_of organization/tarvex"},
			[]string{"person/carl_orben leader_of organization/tarvex"}},
	})
}
