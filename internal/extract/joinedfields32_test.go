package extract_test

import "testing"

// Two fields joined before an editor's, a manager's or a director's
// title are its portfolio; a calling is no field.
func TestJoinedFieldsBeforeTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harbor Corp sales and marketing director Ann Lee said so.",
			[]string{"person/ann_lee title = sales and marketing director", "person/ann_lee official_of organization/harbor_corp"}, nil},
		{"New York investor and money manager Martin Sosna filed with the agency.",
			nil, []string{"person/martin_sosna title = investor and money manager"}},
	})
}
