package relate_test

import "testing"

// A name inside an appositive's description is no subject of the verb
// after it: the described person is.
func TestDescribingNameNoSubject(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Jones, a former Morgan Stanley banker, joined Barclays in 2003.", []string{"Jones member_of Barclays"}, []string{"Morgan Stanley member_of"}},
		{"Smith, a senior Globex Corp executive, met Vladimir Putin in Moscow.", nil, []string{"Globex Corp met_with"}},
		// Negative: no appositive, the company is the subject.
		{"Globex Corp joined the consortium last year, Smith said.", nil, []string{"Smith member_of"}},
	}
	for _, tc := range tests {
		checkListed(t, facts(t, tc.text), "|", tc.want, tc.no)
	}
}
