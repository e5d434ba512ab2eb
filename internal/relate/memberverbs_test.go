package relate_test

import "testing"

// A seat in a legislature: elected to it, sitting or serving in it,
// brought into it, a seat won in it, a peerage taken in the Lords.
func TestLegislatureSeat(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Mr Patel was elected to the House of Commons in 1992.", []string{"Patel member_of House of Commons"}, nil},
		{"Ms Grant was first elected to the Scottish Parliament in 1999.", []string{"Grant member_of Scottish Parliament"}, nil},
		{"Mr Patel served in the House of Commons for 20 years.", []string{"Patel member_of House of Commons"}, nil},
		{"Mary Stone won a seat in the Scottish Parliament in 2003.", []string{"Mary Stone member_of Scottish Parliament"}, nil},
		{"Lord Fenn took his seat in the House of Lords on Tuesday.", []string{"Fenn member_of House of Lords"}, nil},
		{"The 1983 landslide brought Mary Stone into the House of Commons at 30.", []string{"Mary Stone member_of House of Commons"}, nil},
		{"Former minister Ann Bell has been made a life peer during a ceremony in the House of Lords.", []string{"Ann Bell member_of House of Lords"}, nil},
		{"Mr Lee was elected to Acme Corp's board in May.", []string{"Lee member_of Acme Corp"}, nil},
		// Negative: the people elected are not the sentence's subject; a
		// bill, not a person, is brought in; a White House is no chamber.
		{"Tom Hale praised the MPs elected to the House of Commons in 2001.", nil, []string{"Tom Hale member_of"}},
		{"Ms Grant brought the bill into the House of Commons last week.", nil, []string{"Grant member_of"}},
		{"Ms Grant was elected to the White House in 2004.", nil, []string{"Grant member_of"}},
	}
	for _, tc := range tests {
		checkListed(t, facts(t, tc.text), "|", tc.want, tc.no)
	}
}

// A name inside an appositive's description is no subject of the verb
// after it: the described person is.
func TestDescribingNameNoSubject(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		// A person who joins a company is its employee, no member.
		{"Jones, a former Morgan Stanley banker, joined Barclays in 2003.", nil, []string{"Morgan Stanley member_of", "Jones member_of"}},
		{"Jones, a former Morgan Stanley banker, joined the Labour Party in 2003.", []string{"Jones member_of Labour Party"}, []string{"Morgan Stanley member_of"}},
		{"Smith, a senior Globex Corp executive, met Vladimir Putin in Moscow.", nil, []string{"Globex Corp met_with"}},
		// Negative: no appositive, the company is the subject.
		{"Globex Corp joined the consortium last year, Smith said.", nil, []string{"Smith member_of"}},
	}
	for _, tc := range tests {
		checkListed(t, facts(t, tc.text), "|", tc.want, tc.no)
	}
}

// An entry, accession or admission to a body that a time phrase puts in
// the past makes the states members; one still backed or sought does
// not.
func TestCompletedEntry(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Farm exports have grown since Greece's entry into the European Union in 1981.", []string{"Greece member_of European Union"}, nil},
		{"After Austria's accession to the European Union, trade rose.", []string{"Austria member_of European Union"}, nil},
		{"The European Union agreed to compensate Chile following the entry of Greece and Ireland into the group.",
			[]string{"Greece member_of European Union", "Ireland member_of European Union"}, nil},
		// Negative: an entry backed, not made; two bodies "the group"
		// could be.
		{"The United States should back Ukraine's entry into the World Trade Organisation.", nil, []string{"Ukraine member_of"}},
		{"The European Union and NATO met after the entry of Greece into the group.", nil, []string{"Greece member_of"}},
	}
	for _, tc := range tests {
		checkListed(t, facts(t, tc.text), "|", tc.want, tc.no)
	}
}
