package relate_test

import "testing"

// TestClosedAsideSubject: a verb after the comma that closes a
// non-restrictive aside (", who ...,", ", which ...,", ", whose ...,",
// ", having ...,") has the aside's antecedent for subject, not a name
// inside the aside.
func TestClosedAsideSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{"Senator Ivo Marten, who has asked whether Defence Secretary Ann Roe should quit over the affair, met Governor Lena Vogt on Monday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, []string{"Ann Roe met_with"}},
		{"Acme Corp, whose chairman Bo Li retired last week, signed an agreement with Globex Inc on Tuesday.",
			[]string{"Acme Corp party_to agreement with Globex Inc"}, []string{"Bo Li party_to agreement with Globex Inc"}},
		{"Senator Ivo Marten, having talked with Premier Lars Dahl by telephone, met Chancellor Otto Brandt in Bonn.",
			[]string{"Ivo Marten met_with Otto Brandt"}, []string{"Lars Dahl met_with Otto Brandt"}},
		{"Ivo Marten, who had criticised Premier Lars Dahl over the affair, joined the Labour Party in 1990.",
			[]string{"Ivo Marten member_of Labour Party"}, []string{"Lars Dahl member_of"}},
		// An adverb before the verb, and a list inside the aside.
		{"Ivo Marten, who once worked for Premier Lars Dahl, now leads the Green Party.",
			[]string{"Ivo Marten leader_of Green Party"}, []string{"Lars Dahl leader_of"}},
		{"Acme Corp, which sells trucks in France, Italy and Spain, signed an agreement with Globex Inc on Tuesday.",
			[]string{"Acme Corp party_to agreement with Globex Inc"}, []string{"Italy party_to agreement with Globex Inc", "Spain party_to agreement with Globex Inc"}},
		// Negative: the antecedent is the chairman, not the firm after "of".
		{"The chairman of Acme Corp, who had criticised Globex Inc, signed an agreement with Initech Inc.",
			nil, []string{"Acme Corp party_to agreement with Initech Inc", "Globex Inc party_to agreement with Initech Inc"}},
	})
}

// TestMetOwnStateBody: a person who holds an office of a body named by a
// state does not meet that state by meeting its officials.
func TestMetOwnStateBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"U.S. Senate Budget Committee chairman Ivo Marten held talks with Kenyan and American officials in Nairobi.",
			[]string{"Ivo Marten met_with Kenya"}, []string{"Ivo Marten met_with United States"}},
	})
}

// TestClosedAppositiveSubject: an appositive description that names
// someone ("a close ally of X", "a former aide to X") is skipped back to
// the name it describes, an age before it too.
func TestClosedAppositiveSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ivo Marten, a close ally of Premier Lars Dahl, met Governor Lena Vogt on Monday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, []string{"Lars Dahl met_with Lena Vogt"}},
		{"Ivo Marten, 52, a former aide to Premier Lars Dahl, joined the Labour Party in 1990.",
			[]string{"Ivo Marten member_of Labour Party"}, []string{"Lars Dahl member_of Labour Party"}},
		// Negative: the chairman signed, not the firm after "of" nor its
		// parent.
		{"The chairman of Acme Corp, a unit of Globex Inc, signed an agreement with Initech Inc.",
			nil, []string{"Acme Corp party_to agreement with Initech Inc", "Globex Inc party_to agreement with Initech Inc"}},
	})
}
