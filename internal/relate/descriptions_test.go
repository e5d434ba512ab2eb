package relate_test

import "testing"

// A body's office with no name as the subject of a sentence refers to the
// subject of the sentence before.
func TestDescribedOfficeSubjects(t *testing.T) {
	checkFacts(t, []factCase{
		{"Former farmer Tom Hale has criticised the new tax rules in Britain. The Liberal Democrat leader said they would hurt rural towns.",
			[]string{"Tom Hale leader_of Liberal Democrats"}, nil},
		{"Peter Grant pledged to cut fuel duty. The Tory leader argued that drivers paid too much.",
			[]string{"Peter Grant leader_of Conservative Party"}, nil},
		{"Asked about the plant, Mark Olsen said it would close. The Acme Corp executive blamed high costs.",
			[]string{"Mark Olsen official_of Acme Corp"}, nil},
		// Another person in the sentence before: the description is ambiguous.
		{"Peter Grant attacked Ann Cole over fuel duty. The Tory leader said drivers paid too much.",
			nil, []string{"Peter Grant leader_of", "Ann Cole leader_of"}},
		// A spokesman speaks for the person named before, is not that person.
		{"Peter Grant pledged to cut fuel duty. The Tory spokesman said drivers paid too much.",
			nil, []string{"Peter Grant official_of"}},
		// No verb after the description: a body, not a person.
		{"Mark Olsen said prices would fall. The Acme Corp executive board meets in May.",
			nil, []string{"Mark Olsen official_of"}},
		// The person named again in the sentence is someone else than the described.
		{"Peter Grant lost the vote. The Tory leader said Mr Grant had been right.",
			nil, []string{"Peter Grant leader_of"}},
	})
}

// A party's possessive before an honorific and a name makes a member.
func TestPartyPossessiveHonorific(t *testing.T) {
	checkFacts(t, []factCase{
		{"Council leader Tom Hale has refused to resign in Britain. Labour's Mr Hale said he had done nothing wrong.",
			[]string{"Tom Hale member_of Labour Party"}, nil},
		{"Tom Hale has refused to resign in Britain. Labour's Mr Grant said Mr Hale must go.",
			nil, []string{"Tom Hale member_of"}},
	})
}

// An appositive office whose closing comma is left out before the verb of
// speech; with an article the title may start the clause itself.
func TestUnclosedAppositiveBeforeSpeech(t *testing.T) {
	checkFacts(t, []factCase{
		{"Prices will keep rising, Tom Hale, chairman of Acme Holdings Corp said on Monday.",
			[]string{"Tom Hale leader_of Acme Holdings Corp"}, nil},
		{"\"It is no surprise,\" Ann Cole, spokeswoman for the Kestrel Bank said.",
			[]string{"Ann Cole official_of Kestrel Bank"}, nil},
		{"Asked about Tom Hale, the chairman of Acme Holdings Corp said he had left.",
			nil, []string{"Tom Hale leader_of"}},
	})
}

// A place in a part of a larger place named by its direction.
func TestPlaceInDirectionalPart(t *testing.T) {
	checkFacts(t, []factCase{
		{"The school in Wickford, east London, will close.",
			[]string{"Wickford located_in London"}, nil},
		{"The plant in Kagoshima, southern Japan, will close.",
			[]string{"Kagoshima located_in Japan"}, nil},
		{"Rain fell in Shanxi, north Hebei, north Shaanxi and Peking.",
			nil, []string{"Shanxi located_in"}},
	})
}
