package relate_test

import "testing"

// The plural "plans" is what a government, a party, a company or a person
// means to do ("unveiled plans to cut prices", "plans unveiled by the
// party", "Acme's plans to build a plant"): no agreement, nor proposed by
// anyone; a possessive "plan to" and a verb is an intention too. One plan
// put forward, a possessive plan without "to" and proposals still are.
func TestPlansAreIntentions(t *testing.T) {
	checkFacts(t, []factCase{
		// Positive cases: one plan or proposals put forward.
		{"Norway tabled a five-point plan on fishing quotas.",
			[]string{"five-point plan proposed_by Norway"}, nil},
		{"The compromise plan was drawn up by Finland and Estonia.",
			[]string{"compromise plan proposed_by Finland", "compromise plan proposed_by Estonia"}, nil},
		{"Delegates rejected Maria Lindqvist's proposals to cap milk output.",
			[]string{"Maria Lindqvist's proposals proposed_by Maria Lindqvist"}, nil},
		// Negative cases: plans unveiled, announced or owned.
		{"Globex Corp unveiled plans to cut broadband prices.", nil, []string{"proposed_by"}},
		{"Health checks for migrants would be required under plans unveiled by the Liberal Democrats.", nil, []string{"proposed_by"}},
		{"The cabinet is studying evacuation plans submitted by Defence Minister Arvid Holm.", nil, []string{"proposed_by"}},
		{"Initech Inc's plans to build a plant in Ohio worried rivals.", nil, []string{"proposed_by"}},
		{"Relations soured over Norway's plan to sell gas to Poland.", nil, []string{"proposed_by"}},
	})
}
