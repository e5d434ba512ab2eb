package relate_test

import "testing"

// A place before an office is where the office is held, not part of the
// title ("the Ohio senator", "Kansas insurance commissioner"); only
// right before the title of a post with a region for its desk is it the
// portfolio ("Europe minister"). A country whose last word is a place's
// name stays whole ("South Africa Finance Minister").
func TestTitleLeavesPlaceOut(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ohio Senator Mark Dillard said the bill would pass.", []string{"Mark Dillard title =senator"}, []string{"=ohio"}},
		{"Mark Dillard, the Ohio senator, said the bill would pass.", []string{"Mark Dillard title =senator"}, []string{"=ohio"}},
		{"Kansas insurance commissioner Joan Pruitt fined the firm.", []string{"Joan Pruitt title =insurance commissioner"}, []string{"=kansas"}},
		{"Joan Pruitt, a Texas judge, threw out the case on Monday.", []string{"Joan Pruitt title =judge"}, []string{"=texas"}},
		{"Tom Ashby, the Leicester Central MP, backed the motion.", []string{"Tom Ashby title =mp"}, []string{"=leicester", "=central"}},
		{"South Africa Finance Minister Sipho Ndlovu presented the budget.", []string{"Sipho Ndlovu title =finance minister", "Sipho Ndlovu official_of South Africa"}, []string{"=africa"}},
		{"Nigeria Oil Minister Bala Musa left Vienna early.", []string{"Bala Musa title =oil minister"}, []string{"=nigeria"}},
		// The region is the portfolio of a minister or a director.
		{"Europe minister Ann Fairley flew to Brussels on Monday.", []string{"Ann Fairley title =europe minister"}, nil},
		{"The talks were led by Britain's Asia Director Paul Kerr.", []string{"Paul Kerr title =asia director"}, nil},
		// A body's name before the title stays out of it as well.
		// The tail of a body's name, written in lower case, is no
		// portfolio either.
		{"The new European commission president Karl Vos spoke in Rome.", []string{"Karl Vos title =president", "Karl Vos leader_of European Commission"}, []string{"=commission president"}},
		{"She will meet Labour party chairman Tom Reid next week.", []string{"Tom Reid title =chairman"}, []string{"=party chairman"}},
	})
}
