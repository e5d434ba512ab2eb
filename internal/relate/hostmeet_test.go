package relate_test

import "testing"

// TestHostedMeeting: a person who hosts or receives another person, or
// plays host to them, met them, in the active and in the passive; hosting
// a dinner, receiving a proposal or someone's offer, a refused reception
// and the noun "host" are no meeting.
func TestHostedMeeting(t *testing.T) {
	checkFacts(t, []factCase{
		{"President Ivo Marten hosted Chancellor Lena Vogt at his lakeside residence on Sunday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Prime Minister Ivo Marten received President Lena Vogt at his office on Tuesday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Foreign Minister Ivo Marten was received by President Lena Vogt in the capital.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"President Ivo Marten played host to Chancellor Lena Vogt at the palace.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		// Negative: a dinner hosted, a proposal or an offer received,
		// a reception refused, a host as a noun.
		{"Deputy Prime Minister Ivo Marten hosted a dinner for Lena Vogt in May.",
			nil, []string{"met_with"}},
		{"A proposal was received by Ivo Marten, the chief executive, last week.",
			nil, []string{"met_with"}},
		{"Chairman Ivo Marten received Lena Vogt's offer on Friday.",
			nil, []string{"met_with"}},
		{"Ivo Marten refused to receive President Lena Vogt in the capital.",
			nil, []string{"met_with"}},
		{"Former chat show host Ivo Marten said Lena Vogt would lead the party.",
			nil, []string{"met_with"}},
	})
}

// TestConferredWith: who conferred with another met them; conferring an
// honour on someone is no meeting.
func TestConferredWith(t *testing.T) {
	checkFacts(t, []factCase{
		{"Foreign Minister Ivo Marten conferred with Secretary of State Lena Vogt on Monday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"The university conferred an honorary degree on Ivo Marten, Lena Vogt said.",
			nil, []string{"met_with"}},
	})
}

// TestMeetingWithBodysPeople: "Following a meeting with Tamco officials,
// Belvo Corp said": the company whose people were met met the subject
// after the phrase; a country's demonym names no party.
func TestMeetingWithBodysPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{"Following a meeting with Tamco Inc officials, Belvo Corp said it would raise its offer.",
			[]string{"Belvo Corp met_with Tamco Inc"}, nil},
		{"After two days of talks with Tamco Inc negotiators, Belvo Corp said the dispute was over.",
			[]string{"Belvo Corp met_with Tamco Inc"}, nil},
		// Negative: the people of no named body.
		{"After talks with union officials, Belvo Corp said the dispute was over.",
			nil, []string{"met_with"}},
	})
}

// TestAtMeeting: the coordinated subjects of a clause "at a meeting"
// belongs to met each other, whether the phrase comes first or last; a
// single subject, or names inside a subject phrase, met no one.
func TestAtMeeting(t *testing.T) {
	checkFacts(t, []factCase{
		{"At a meeting in Lisbon last week, Portugal and Morocco agreed to cut tariffs.",
			[]string{"Portugal met_with Morocco"}, nil},
		{"Portugal and Morocco discussed fishing rights at a meeting in Lisbon.",
			[]string{"Portugal met_with Morocco"}, nil},
		{"Ivo Marten and Lena Vogt agreed at their summit meeting to build a joint brigade.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		// Negative: one subject; names inside the subject phrase.
		{"At a meeting in Lisbon, Portugal said Morocco must pay more.",
			nil, []string{"met_with"}},
		{"Exports from Portugal and Morocco were discussed at the meeting in Lisbon.",
			nil, []string{"met_with"}},
	})
}

// TestGivenFor: the guest of a reception or dinner held for him or given
// in her honour by a named host met the host; a dinner whose guest the
// text does not name says nothing of who met the host.
func TestGivenFor(t *testing.T) {
	checkFacts(t, []factCase{
		{"President Ivo Marten praised the treaty, speaking at a reception held for him by Chancellor Lena Vogt.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Chancellor Lena Vogt praised the treaty at a dinner given in her honour by President Ivo Marten.",
			[]string{"Lena Vogt met_with Ivo Marten"}, nil},
		// Negative: no guest named.
		{"Chancellor Lena Vogt praised a dinner hosted by President Ivo Marten last year.",
			nil, []string{"met_with"}},
	})
}

// TestDemonymGroupPortfolio: "Portuguese and Moroccan trade ministers
// said" after a fronted meeting phrase: the two countries met; a
// portfolio word may stand between the demonyms and the people noun.
func TestDemonymGroupPortfolio(t *testing.T) {
	checkFacts(t, []factCase{
		{"Portugal and Morocco want more trade. At a meeting in Lisbon, Portuguese and Moroccan trade ministers said they would cut tariffs.",
			[]string{"Morocco met_with Portugal"}, nil},
		// Negative: one country's ministers.
		{"Portugal and Morocco want more trade. At a meeting in Lisbon, Portuguese trade ministers said they would cut tariffs.",
			nil, []string{"met_with"}},
	})
}
