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
