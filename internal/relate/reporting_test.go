package relate_test

import "testing"

// "president and chief executive officer of X": the paired title and its
// "officer" before the body.
func TestPairedTitleOfficer(t *testing.T) {
	checkFacts(t, []factCase{
		{"The deal was announced by Ted Maris, president and chief executive officer of Orlo Foods Inc, on Monday.",
			[]string{"Ted Maris leader_of Orlo Foods Inc"}, nil},
		{"Halvex Corp president and chief executive officer Dana Kirby said orders rose.",
			[]string{"Dana Kirby leader_of Halvex Corp"}, nil},
		// An officer who is not the body's: no office of the body named later.
		{"Dana Kirby, president and chief executive, said the officer of Halvex Corp had left.",
			nil, []string{"Dana Kirby leader_of Halvex Corp"}},
	})
}

// "management board chairman of X": the board of a two-tier company.
func TestTwoTierBoardAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{"Exports will slow this year, said Uwe Brandt, management board chairman of Kolben Werke AG, in Bonn.",
			[]string{"Uwe Brandt leader_of Kolben Werke AG"}, nil},
		{"Profits rose, according to Uwe Brandt, supervisory board chairman of Kolben Werke AG.",
			[]string{"Uwe Brandt leader_of Kolben Werke AG"}, nil},
		// Not an appositive: the board's chairman is someone else.
		{"Uwe Brandt met the management board chairman of Kolben Werke AG on Friday.",
			nil, []string{"Uwe Brandt leader_of"}},
	})
}

// A company office and its holder closing the sentence as its reporting
// clause speak for the subject company, not for bodies in the predicate.
func TestReportingClauseSubjectCompany(t *testing.T) {
	checkFacts(t, []factCase{
		{"PERTH, May 4 - <Corella Airlines Ltd> has ordered six jets from Airbus Industrie for 300 mln dlrs, chairman Neil Poole said.",
			[]string{"Neil Poole leader_of Corella Airlines Ltd"},
			[]string{"Neil Poole leader_of Airbus"}},
		{"Varden Mills Inc will buy a stake in Tolland Corp this year, chairman Ray Oakes told reporters.",
			[]string{"Ray Oakes leader_of Varden Mills Inc"},
			[]string{"Ray Oakes leader_of Tolland"}},
		// Not a reporting clause: the office follows the other company.
		{"Varden Mills Inc sold its stake in Tolland Corp to chairman Ray Oakes last week.",
			nil, []string{"Ray Oakes leader_of"}},
		// No company opens the sentence: nobody to speak for.
		{"Sales of jets by Airbus Industrie and Corella Airlines Ltd will rise, chairman Neil Poole said.",
			nil, []string{"Neil Poole leader_of"}},
	})
}
