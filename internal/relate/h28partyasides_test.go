package relate_test

import "testing"

// "X, the Republican nominee,", "X, the Tory backbencher who ...": an
// aside with the article names a party member when a word for the
// party's people follows the party; "X, the Tory leader," is an office.
func TestPartyAsidesWithArticle(t *testing.T) {
	checkFacts(t, []factCase{
		{"The United States votes in November. Walter Brandt, the Democratic presidential nominee, spoke in Iowa on Friday.",
			[]string{"Walter Brandt member_of Democratic Party"}, nil},
		{"Britain's Conservative Party met in Leeds. Sir Giles Fenwick, the Tory backbencher who led the revolt, spoke on Friday.",
			[]string{"Giles Fenwick member_of Conservative Party"}, nil},
		{"Britain's Labour Party met in Leeds. Mary Oduya, a Labour candidate, said the vote was close.",
			[]string{"Mary Oduya member_of Labour Party"}, nil},
		// Negative cases: an office of the party, no word for its
		// people, a party's vote.
		{"Britain's Conservative Party met in Leeds. Sir Giles Fenwick, the Tory leader, spoke on Friday.",
			[]string{"Giles Fenwick leader_of Conservative Party"}, []string{"Giles Fenwick member_of"}},
		{"The United States votes in November. Walter Brandt, the Democratic vote counter, spoke in Iowa.",
			nil, []string{"Walter Brandt member_of"}},
	})
}

// "Conservative education secretary X", "Tory lord chancellor X": a
// government office held by a party's member makes him a member; a
// shadow minister's or the party's own secretary's office is the party's.
func TestPartyMinistersPortfolioSecretary(t *testing.T) {
	checkFacts(t, []factCase{
		{"Britain's Conservative Party met in Leeds. Former Conservative education secretary Jane Holloway spoke.",
			[]string{"Jane Holloway member_of Conservative Party"}, []string{"Jane Holloway official_of Conservative Party"}},
		{"Britain's Labour Party met in Leeds. Labour home secretary Peter Quill spoke.",
			[]string{"Peter Quill member_of Labour Party"}, []string{"Peter Quill official_of Labour Party"}},
		// Negative cases: a shadow minister, the party's press secretary.
		{"Britain's Conservative Party met in Leeds. Tory shadow home secretary Peter Quill spoke.",
			[]string{"Peter Quill official_of Conservative Party"}, nil},
		{"Britain's Labour Party met in Leeds. Labour press secretary Ann Varley spoke.",
			[]string{"Ann Varley official_of Labour Party"}, []string{"Ann Varley member_of Labour Party"}},
	})
}
