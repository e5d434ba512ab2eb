package relate_test

import "testing"

// Offices stated by a clause on the subject rather than a title before
// the name: an aside between the name and its copula, and a second verb
// phrase that shares the subject.
func TestCareerClauses(t *testing.T) {
	checkFacts(t, []factCase{
		// An age or an appositive between the subject and its copula.
		{"Harriet Lomax, 61, was appointed chairman of Dovecote Holdings on Tuesday.",
			[]string{"Harriet Lomax leader_of Dovecote Holdings"}, nil},
		{"Osric Penhale, a former shipping broker, has become chairman of the Baltic Rowing Federation.",
			[]string{"Osric Penhale leader_of Baltic Rowing Federation"}, nil},
		{"Dalia Verhoeven, a member of the Civic Renewal Movement (CRM), was named president of the Federation of Dock Workers.",
			[]string{"Dalia Verhoeven leader_of Federation of Dock Workers", "Dalia Verhoeven member_of Civic Renewal Movement"}, nil},
		// The name after a preposition is not the subject, nor one whose
		// aside holds a clause of its own.
		{"The son of Harriet Lomax, a retired judge, was appointed chairman of Dovecote Holdings.",
			nil, []string{"Harriet Lomax leader_of"}},
		{"Osric Penhale, a broker who sold ships to Norway, was named chairman of Dovecote Holdings.",
			nil, []string{"Osric Penhale leader_of"}},
		// A coordinated verb phrase keeps the subject.
		{"Harriet Lomax quit the bank in 1990 and later became chairman of Dovecote Holdings.",
			[]string{"Harriet Lomax leader_of Dovecote Holdings"}, nil},
		{"Osric Penhale won the seat in 1983 and was later elected leader of the Civic Renewal Movement.",
			[]string{"Osric Penhale leader_of Civic Renewal Movement"}, nil},
		// Not across a reporting verb, another person or a clause.
		{"Harriet Lomax said profits rose and was named chairman of Dovecote Holdings.",
			nil, []string{"Harriet Lomax leader_of"}},
		{"Harriet Lomax hopes Osric Penhale stays and becomes chairman of Dovecote Holdings.",
			nil, []string{"Harriet Lomax leader_of"}},
		{"Harriet Lomax sold shares when prices rose and became chairman of Dovecote Holdings.",
			nil, []string{"Harriet Lomax leader_of"}},
	})
}
