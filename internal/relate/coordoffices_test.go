package relate_test

import "testing"

// A list of a body's officers names the body once, before the first
// office: the next office of its own in the list is the same body's.
func TestCoordinatedOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{"Brixley Motors chairman Alan Pike and chief executive Susan Tate toured the new plant.",
			[]string{"Alan Pike leader_of Brixley Motors", "Susan Tate leader_of Brixley Motors"}, nil},
		{"Investors want Brixley Motors' chairman Alan Pike and finance director Susan Tate to resign.",
			[]string{"Susan Tate official_of Brixley Motors"}, nil},
		{"The protest forced out Harbour Arts Trust chairman Alan Pike, director-general Susan Tate and spokesman Colin Reed.",
			[]string{"Susan Tate leader_of Harbour Arts Trust", "Colin Reed official_of Harbour Arts Trust"}, nil},
		// Another body of its own, a state's office, a reporter.
		{"Brixley Motors chairman Alan Pike and Vantor Group chief executive Susan Tate signed the deal.",
			[]string{"Susan Tate leader_of Vantor Group"}, []string{"Susan Tate leader_of Brixley Motors"}},
		{"French President Alan Pike and Chancellor Susan Tate met in Berlin.",
			nil, []string{"Susan Tate leader_of France"}},
		{"The row cost Brixley Motors chairman Alan Pike and reporter Susan Tate their jobs.",
			nil, []string{"Susan Tate leader_of", "Susan Tate official_of"}},
	})
}

// A bare company office after a preposition in a story about one company
// is still that company's, unless the sentence names another body.
func TestDocumentCompanyOfficeAfterPreposition(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harwell Pumps lifts profits\n\nHarwell Pumps has reported a 12% rise in annual profits. Harwell Pumps grew in every region.\n\n" +
			"The result is a triumph for chairman Dale Ormond, who took over in May.",
			[]string{"Dale Ormond leader_of Harwell Pumps"}, nil},
		{"Harwell Pumps lifts profits\n\nHarwell Pumps has reported a 12% rise in annual profits. Harwell Pumps grew in every region.\n\n" +
			"Staff backed the plan against the wishes of chief executive Dale Ormond.",
			[]string{"Dale Ormond leader_of Harwell Pumps"}, nil},
		{"Harwell Pumps lifts profits\n\nHarwell Pumps has reported a 12% rise in annual profits. Harwell Pumps grew in every region.\n\n" +
			"The merger is a triumph for Brixton Foods and for chairman Dale Ormond.",
			nil, []string{"Dale Ormond leader_of"}},
	})
}
