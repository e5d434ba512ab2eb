package relate_test

import "testing"

// A title's complement naming the other side ("negotiator with Berlin")
// between a possessive state's title and the name set off by commas.
func TestTitleWithComplementName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Reporters asked France's chief negotiator with Berlin, Pierre Lamont, about the delay.",
			[]string{"Pierre Lamont official_of France"}, nil},
		// The complement names nothing: no appositive is read.
		{"Reporters asked France's chief negotiator with great patience, Pierre Lamont, about the delay.",
			nil, []string{"Pierre Lamont official_of France"}},
	})
}

// "the Speaker of Kenya's parliament, X": an office in a state's unnamed
// institution is an office of the state.
func TestOfficeInStateInstitution(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Speaker of Kenya's parliament, David Omondi, said he would resign.",
			[]string{"David Omondi official_of Kenya"}, nil},
		{"David Omondi, speaker of Kenya's parliament, said he would resign.",
			[]string{"David Omondi official_of Kenya"}, nil},
		// A body of the country that is not the state's own.
		{"The Speaker of Kenya's football league, David Omondi, said he would resign.",
			nil, []string{"David Omondi official_of Kenya"}},
	})
}

// A ministry's director-general serves under its minister: an official
// of the ministry, not its leader.
func TestMinistryDirectorGeneral(t *testing.T) {
	checkFacts(t, []factCase{
		{"Egyptian Foreign Ministry Director-General Ahmed Sabri said the visit was cancelled.",
			[]string{"Ahmed Sabri official_of Foreign Ministry"}, []string{"Ahmed Sabri leader_of Foreign Ministry"}},
		{"Omar Haddad, director-general of the Jordanian Interior Ministry, said the border was closed.",
			[]string{"Omar Haddad official_of Interior Ministry"}, []string{"Omar Haddad leader_of Interior Ministry"}},
		// Another body's director-general leads it.
		{"Coastal Protection Agency Director-General Ahmed Sabri said the beach was closed.",
			[]string{"Ahmed Sabri leader_of Coastal Protection Agency"}, nil},
	})
}

// An appositive whose body is named before the title, with a modifier
// phrase after the title before its closing comma.
func TestAppositiveTrailingModifier(t *testing.T) {
	checkFacts(t, []factCase{
		{"Karl Weber, a German deputy trade representative just back from talks in Brazil, said the accord was close.",
			[]string{"Karl Weber official_of Germany"}, nil},
		{"Marco Bellini, Italy's prime minister for a record four years, told the Senate he would resign.",
			[]string{"Marco Bellini leader_of Italy"}, nil},
		{"Sales rose, said Dora Quist, Globex Corp's vice president for European sales and marketing.",
			[]string{"Dora Quist official_of Globex Corp"}, nil},
		// A clause of speech, not an appositive.
		{"Marco Bellini, Italy's prime minister has said, will not resign.",
			nil, []string{"Marco Bellini leader_of Italy"}},
	})
}

// A head posted at a place holds an office of the body, not its lead.
func TestAppositiveLocalHead(t *testing.T) {
	checkFacts(t, []factCase{
		{"Trading was thin, said Omar Reyes, Globex Corp's general manager here.",
			[]string{"Omar Reyes official_of Globex Corp"}, []string{"Omar Reyes leader_of Globex Corp"}},
	})
}
