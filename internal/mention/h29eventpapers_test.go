package mention_test

import "testing"

// TestEventAndPaperNames: the name of a show, an awards ceremony, a
// government scheme, strategy or list names no organisation; a body whose
// name goes on after the head, or a portfolio after "of", is left alone.
func TestEventAndPaperNames(t *testing.T) {
	checkFormsCases(t, nil, []taggedCase{
		{"Carmakers unveiled new models at the Lisbon Motor Show on Tuesday.", []string{"ORG:Lisbon Motor Show"},
			nil, []string{"Organization:Lisbon Motor Show"}},
		{"The film won three prizes at the Harbour Film Awards last night.", []string{"ORG:Harbour Film Awards"},
			nil, []string{"Organization:Harbour Film Awards"}},
		{"Ministers said the Rural Housing Scheme would be reviewed.", []string{"ORG:Rural Housing Scheme"},
			nil, []string{"Organization:Rural Housing Scheme"}},
		{"Critics said the new Coastal Defence Strategy came too late.", []string{"ORG:Coastal Defence Strategy"},
			nil, []string{"Organization:Coastal Defence Strategy"}},
		// Common words inside the name belong to it.
		{"Pensioners wrote to ask about the Civil Service Pension Scheme this week.", []string{"ORG:Civil Service Pension Scheme"},
			nil, []string{"Organization:Civil Service Pension Scheme", "Organization:Civil"}},
		{"Prices were announced at the North American International Auto Show in January.", []string{"ORG:North American International Auto Show"},
			nil, []string{"Organization:North American International", "Organization:International"}},
		// Negative: a unit named after its subject is a body.
		{"The Policy Strategy Unit published its findings on Monday.", []string{"ORG:Policy Strategy Unit"},
			[]string{"Organization:Policy Strategy Unit"}, nil},
	})
}
