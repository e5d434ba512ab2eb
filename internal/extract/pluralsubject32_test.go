package extract_test

import "testing"

// A name alone before a plural verb is a group's; a list's last name, a
// titled person or a preposition's object stays a person.
func TestPluralSubjectIsGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{"Velvet Harbour were the big winners at the ceremony in Dublin.",
			[]string{"Organization:Velvet Harbour"}, []string{"Person:Velvet Harbour"}},
		{"Tom Harrow and singer Dara Quill are among the stars who have performed.",
			[]string{"Person:Dara Quill"}, []string{"Organization:Dara Quill"}},
		{"The amendments proposed by Lord Dubbin were rejected.",
			nil, []string{"Organization:Dubbin"}},
	})
}

// A subjunctive or a question gives one person a plural verb form.
func TestPluralSubjectGuards(t *testing.T) {
	checkFacts(t, []factCase{
		{"If Orbell were to resign tomorrow, the party would split.", nil, []string{"Organization:Orbell"}},
		{"Tom Harrow said he wished Marlowe were still in charge.", nil, []string{"Organization:Marlowe"}},
		{"Did Orbell have any choice in the matter?", nil, []string{"Organization:Orbell"}},
		{"Would Prescott have survived the vote?", nil, []string{"Organization:Prescott"}},
	})
}
