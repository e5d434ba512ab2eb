package relate_test

import "testing"

// A non-restrictive relative clause between a subject and its verb does
// not hide the subject; the object of a preposition before ", who" is no
// antecedent the clause is about.
func TestRelativeClauseSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{"Globex Corp, which owns several exchanges in Paris and Madrid, also began talks with Initech Inc.",
			[]string{"Globex Corp met_with Initech Inc"}, nil},
		{"Acme Corp, which is based in Ohio, held talks with Globex Inc on Monday.",
			[]string{"Acme Corp met_with Globex Inc"}, nil},
		{"Kremlin leader Mikhail Gorbachev, who had two hours of talks with Margaret Thatcher, left.",
			[]string{"Mikhail Gorbachev met_with Margaret Thatcher"}, nil},
		// Negative: the antecedent is the chairman, not the firm after "of".
		{"The chairman of Acme Corp, who held talks with Globex Inc, resigned.",
			nil, []string{"Acme Corp met_with"}},
		// Negative: a restrictive "which" without a comma.
		{"The unit of Acme Corp which began talks with Globex Inc was sold.",
			nil, []string{"Acme Corp met_with"}},
	})
}

// "will hold talks with X and meet Y": the second meeting verb shares the
// first one's subject; an adverb may stand between a meeting verb and
// "with".
func TestCoordinatedMeetingVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Saudi leader Fahd will hold talks with Prime Minister Ingrid Moss and meet Queen Beatrix.",
			[]string{"Fahd met_with Ingrid Moss", "Fahd met_with Beatrix"}, []string{"Ingrid Moss met_with Beatrix", "Beatrix met_with Ingrid Moss"}},
		{"Chancellor Otto Brandt met Premier Lars Dahl on Monday and meets President Rene Dubois on Tuesday.",
			[]string{"Otto Brandt met_with Lars Dahl", "Otto Brandt met_with Rene Dubois"}, []string{"Lars Dahl met_with Rene Dubois", "Rene Dubois met_with Lars Dahl"}},
		// Negative: the clause before "and" has no meeting verb.
		{"Chancellor Otto Brandt thanked Premier Lars Dahl and meets President Rene Dubois on Tuesday.",
			nil, []string{"Lars Dahl met_with Rene Dubois", "Rene Dubois met_with Lars Dahl"}},
		{"Mr Hale told the court he met regularly with Mr Croft.",
			[]string{"Hale met_with Croft"}, nil},
		// Negative: an adverb with no "with" after it.
		{"Mr Hale met briefly.", nil, []string{"met_with"}},
	})
}

// A meeting that is only proposed, sought or refused is none; a planned
// one is.
func TestUnrealisedMeeting(t *testing.T) {
	checkFacts(t, []factCase{
		{"President Tomas Vidal proposed a summit meeting with Chancellor Otto Brandt.",
			nil, []string{"met_with"}},
		{"Mr Hale is trying to arrange a meeting with Mr Croft.", nil, []string{"met_with"}},
		{"Acme Corp refused to hold talks with Globex Inc.", nil, []string{"met_with"}},
		{"Acme Corp offered to enter into merger talks with Globex Inc.", nil, []string{"met_with"}},
		// Positive: planned, and a "never" that a later meeting contradicts.
		{"President Tomas Vidal will meet Chancellor Otto Brandt next week.",
			[]string{"Tomas Vidal met_with Otto Brandt"}, nil},
		{"Premier Lars Dahl said he had never met Chancellor Otto Brandt before 1985 but had met him twice since.",
			[]string{"Lars Dahl met_with Otto Brandt"}, nil},
	})
}
