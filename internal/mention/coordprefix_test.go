package mention_test

import "testing"

func TestUntaggedWordsCoordinatedBeforeOrgs(t *testing.T) {
	// The tagger found only the name after "and".
	checkTagged(t, "Members of the Civil and Marine Workers Union walked out.",
		[]string{"ORG:Marine Workers Union"},
		[]string{"Organization:Civil and Marine Workers Union"}, []string{"Organization:Marine Workers Union"})
	checkTagged(t, "The Grain, Oil and Seed Exchange set new limits.",
		[]string{"ORG:Seed Exchange"},
		[]string{"Organization:Grain, Oil and Seed Exchange"}, nil)
	// Two names listed: the word before "and" ends another name.
	checkTagged(t, "Shares in Harlow Tarvo and Marine Holdings Inc rose.",
		[]string{"ORG:Marine Holdings Inc"},
		[]string{"Organization:Marine Holdings Inc"}, []string{"Tarvo and"})
	// No head word closes the name.
	checkTagged(t, "It praised Reform and Marine Progress in its report.",
		[]string{"ORG:Marine Progress"},
		nil, []string{"Organization:Reform and Marine Progress"})
	// A country is no word of the name.
	checkTagged(t, "Talks between France and Marine Holdings Inc failed.",
		[]string{"ORG:Marine Holdings Inc"},
		[]string{"Organization:Marine Holdings Inc"}, []string{"France and"})
}
