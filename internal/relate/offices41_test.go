package relate_test

import "testing"

// A state's agency is run by its director: "CIA Director X" leads the
// agency and is no second official of the state.
func TestAgencyDirectorLeads(t *testing.T) {
	checkFacts(t, []factCase{
		{"CIA Director Walter Brandt told senators the threat had grown.",
			[]string{"Walter Brandt leader_of CIA"},
			[]string{"Walter Brandt official_of CIA", "Walter Brandt official_of United States"}},
		// A field before the title: the head of a division.
		{"CIA counterterrorism director Walter Brandt told senators the threat had grown.",
			nil, []string{"Walter Brandt leader_of CIA"}},
		// A ministry's director serves under its minister.
		{"State Department director Walter Brandt told senators the threat had grown.",
			nil, []string{"Walter Brandt leader_of State Department"}},
	})
}

// A region between a state and an envoy's title is the post's field.
func TestEnvoyRegionBetweenStateAndTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Reporters met British Middle East envoy Peter Hollis in Cairo on Monday.",
			[]string{"Peter Hollis official_of United Kingdom"}, nil},
		// A title that is no envoy's: the region is not read past.
		{"Reporters met British Middle East director Peter Hollis in Cairo on Monday.",
			nil, []string{"Peter Hollis official_of United Kingdom"}},
	})
}

// A known person's name right before a staff title and a name, with no
// possessive: the holder serves under the person.
func TestCompoundStaffSuperior(t *testing.T) {
	checkFacts(t, []factCase{
		{"Prime Minister Anna Lindqvist arrived late. Lindqvist aide Per Svensson said the meeting would resume.",
			[]string{"Per Svensson serves_under Anna Lindqvist"}, nil},
		{"Senator Mark Doyle spoke first. Doyle spokesman Tim Reed declined to comment.",
			[]string{"Tim Reed serves_under Mark Doyle"}, nil},
		// A leader's title after the name: no staff post.
		{"Senator Mark Doyle spoke first. Doyle chairman Tim Reed declined to comment.",
			nil, []string{"Tim Reed serves_under Mark Doyle"}},
	})
}

// "took over as commander of the UN peacekeeping force": an office in
// the body before a unit noun, as in an appositive.
func TestTitleAsBodyUnit(t *testing.T) {
	checkFacts(t, []factCase{
		{"General Ola Bakare took over on Friday as commander of the UN peacekeeping force in the region.",
			[]string{"Ola Bakare official_of United Nations"}, []string{"Ola Bakare leader_of United Nations"}},
		// A head of a unit holds office in the body; he does not lead it.
		{"Tom Hale spoke as the head of the Acme Corp research unit.",
			[]string{"Tom Hale official_of Acme Corp"}, []string{"Tom Hale leader_of Acme Corp"}},
	})
}

// "X is vice president of marketing at Acme": the head of a field at a
// body named after "at" holds office in it.
func TestCopularFieldAtBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Laura Finch is vice president of sales at Globex Corp.",
			[]string{"Laura Finch official_of Globex Corp"}, nil},
		{"Laura Finch is head of research at Globex Corp.",
			[]string{"Laura Finch official_of Globex Corp"}, []string{"Laura Finch leader_of Globex Corp"}},
		// No field before "at": the place of a meeting, not a body.
		{"Laura Finch is vice president of the firm and spoke at Globex Corp yesterday.",
			nil, []string{"Laura Finch official_of Globex Corp"}},
	})
}
