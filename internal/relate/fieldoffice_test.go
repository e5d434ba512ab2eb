package relate_test

import "testing"

// "NAME, ORG's TITLE of FIELD": the possessor holds the office; the
// lower-case field after "of" names what the holder runs in it.
func TestPossessiveTitleOfField(t *testing.T) {
	checkFacts(t, []factCase{
		{"Orders at Zorbex Corp were strong, said Tom Baker, Zorbex's vice president of marketing.",
			[]string{"Tom Baker official_of Zorbex Corp"}, nil},
		// A head of a field is an official, not the leader of the body.
		{"The Harlow Oil figures were better than expected, said Ruth Fellows, Harlow Oil's head of investor relations, on Monday.",
			[]string{"Ruth Fellows official_of Harlow Oil"}, []string{"Ruth Fellows leader_of"}},
		// No possessive: "of" names the body itself, handled elsewhere,
		// and an article after "of" starts a body, not a field.
		{"Kestrel Foods Inc said Laura Finch, the president of the new unit, would retire.",
			nil, []string{"Laura Finch official_of Kestrel Foods Inc", "Laura Finch leader_of Kestrel Foods Inc"}},
		// The field words must close the appositive.
		{"Sales at Zorbex Corp rose, said Tom Baker, Zorbex's vice president of marketing until Harlow Oil bought it.",
			nil, []string{"Tom Baker official_of Zorbex Corp", "Tom Baker official_of Harlow Oil"}},
	})
}
