package relate_test

import "testing"

// "NAME, [a] FIELD TITLE at BODY": the field words before the title of an
// appositive that names the employer belong to the title.
func TestAppositiveFieldTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Orla Finch, marketing director at Brennock Foods, said demand rose.",
			[]string{"Orla Finch title =marketing director"}, []string{"Orla Finch title =director\n"}},
		{`"Rates will rise," said Dov Amsel, a bond strategist at Keller Tamm.`,
			[]string{"Dov Amsel title =bond strategist"}, nil},
		// No name before the comma, or no complement after the title: the
		// field words stay out.
		{"Prices rose, sales director Orla Finch said.",
			nil, []string{"=prices"}},
		{"Orla Finch, a keen amateur painter, said demand rose.",
			nil, []string{"Orla Finch title"}},
	})
}
