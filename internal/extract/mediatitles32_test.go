package extract_test

import "testing"

// Editors, critics, presenters and DJs hold offices in the paper or the
// station that employs them; a country before the title is a
// nationality, and a show is no employer.
func TestMediaTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harbor Gazette editor Ned Tallis said readers were divided.",
			[]string{"person/ned_tallis official_of organization/harbor_gazette", "person/ned_tallis title = editor"},
			[]string{"person/ned_tallis leader_of organization/harbor_gazette"}},
		{"Capital Radio DJ Mira Tully will choose the questions.",
			[]string{"person/mira_tully official_of organization/capital_radio", "person/mira_tully title = dj"}, nil},
		{"Fans paid tribute to late US TV presenter Jack Orwell in Nebraska.",
			[]string{"person/jack_orwell title = presenter"}, []string{"person/jack_orwell official_of country/united_states", "person/jack_orwell official_of organization/us_tv"}},
		{"The Times' music critic Paul Connell tipped the band.",
			[]string{"person/paul_connell title = music critic", "person/paul_connell official_of organization/the_times"}, nil},
	})
}

// A paper's reporter or journalist works for it; an anchor for the
// network.
func TestPressTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{"The book, by Harbor Telegraph journalist Ruth Pell, says so.",
			[]string{"person/ruth_pell official_of organization/harbor_telegraph"}, nil},
		{"CBS anchorman Dan Rather spoke to the governors.",
			[]string{"person/dan_rather official_of organization/cbs", "person/dan_rather title = anchorman"}, nil},
	})
}
