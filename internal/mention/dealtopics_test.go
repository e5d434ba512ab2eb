package mention_test

import "testing"

// TestAgreementTopicNames: a place's name, a lower-case topic noun and an
// agreement head make one name ("the Vienna peace accord"); a party's name
// before the topic does not. A party's convention is no agreement.
func TestAgreementTopicNames(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Rebel commanders said the Arusha peace accord was still in force.", []string{"Agreement:Arusha peace accord"}, nil},
		{"Diplomats doubted that the Kampala peace agreement would hold for long.", []string{"Agreement:Kampala peace agreement"}, nil},
		{"Farmers fear a Canada trade deal would cut their prices.", nil, []string{"Agreement:Canada trade deal"}},
		{"On Friday peace talks resumed in the capital.", nil, []string{"Agreement:On Friday peace talks"}},
		{"Delegates flew to the Republican National Convention in San Diego.", nil, []string{"Agreement:Republican National Convention", "Organization:Republican National Convention"}},
		{"The senator will speak at the Democratic convention next week.", nil, []string{"Agreement:Democratic convention"}},
		{"Britain signed the European Convention on Human Rights long ago.", []string{"Agreement:European Convention on Human Rights"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			checkFound(t, tc.text, find(t, tc.text), tc.want, tc.not)
		})
	}
}
