package mention_test

import "testing"

// TestAgreementNameAdjectives: a capitalised common adjective inside a
// sentence belongs to the agreement name it opens; a date, an age word or
// a sentence's first word does not.
func TestAgreementNameAdjectives(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Exporters want a renewal of the International Tin Agreement before 1990.", []string{"Agreement:International Tin Agreement"}, []string{"Agreement:Tin Agreement"}},
		{"The men were held under the Public Order Act after the march.", []string{"Agreement:Public Order Act"}, []string{"Agreement:Order Act"}},
		{"Ministers backed the Private Finance Initiative for new schools.", []string{"Agreement:Private Finance Initiative"}, nil},
		{"Officials praised the New Deal for young jobless people.", nil, []string{"Agreement:New Deal"}},
		{"Listeners heard him on the Today Programme again.", nil, []string{"Agreement:Today Programme"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			checkFound(t, tc.text, find(t, tc.text), tc.want, tc.not)
		})
	}
}
