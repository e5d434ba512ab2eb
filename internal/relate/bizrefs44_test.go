package relate_test

import "testing"

// A business reference that opens its sentence names the organisation of
// unknown kind that opened the sentence before, and is a subject of the
// relation patterns.
func TestBusinessReferenceOfUnknownKindAsSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "KVX Hollis posted record earnings on Tuesday. The bank signed a deal with Pellmont Inc.",
			want: []string{"KVX Hollis party_to deal with Pellmont Inc"}},
		{text: "KVX Hollis posted record earnings on Tuesday. The Dutch bank said it had held talks with Pellmont Inc.",
			want: []string{"KVX Hollis met_with Pellmont Inc"}},
		// Not the subject of the sentence before: no antecedent.
		{text: "Pellmont Inc sued KVX Hollis on Tuesday. The bank signed a deal with Orrin Mutual.",
			not: []string{"KVX Hollis party_to deal with Orrin Mutual"}},
		// A name of another business kind is no bank.
		{text: "KVX Airways posted record earnings on Tuesday. The bank signed a deal with Pellmont Inc.",
			not: []string{"KVX Airways party_to deal with Pellmont Inc"}},
	})
}
