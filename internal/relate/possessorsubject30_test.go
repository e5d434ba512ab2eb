package relate_test

import "testing"

// A company office that reports at the end of a sentence opened by the
// company's possessive is the company's.
func TestPossessorSubjectCompanyOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halvern Industries Plc's main divisions lifted its profits above one billion stg, Chairman Peter Quill said.",
			[]string{"Peter Quill leader_of Halvern Industries Plc"}, nil},
		// Not when the sentence names another company too.
		{"Halvern Industries Plc's rival Dorn Corp cut its prices, chairman Peter Quill said.",
			nil, []string{"Peter Quill leader_of"}},
	})
}
