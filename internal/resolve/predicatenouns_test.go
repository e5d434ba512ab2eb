package resolve_test

import "testing"

// TestPredicateCompanyNouns: a predicate noun after "is" or "was", or an
// appositive after a dash, says that a name the tagger took for a place
// or a person is a business; a group of islands is none.
func TestPredicateCompanyNouns(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// "is a ... firm in Y": the place after names the firm's home.
		{"Dorrance-Vey is a specialist glass firm in Lyon.",
			[]string{"0:LOC:Dorrance-Vey"},
			[]string{"Organization:Dorrance-Vey"}, []string{"Place:Dorrance-Vey"}},
		// "is a subsidiary of Y".
		{"Calverton is a subsidiary of a Dutch bank.",
			[]string{"0:LOC:Calverton"},
			[]string{"Organization:Calverton"}, []string{"Place:Calverton"}},
		// A dash sets off the appositive.
		{"The board of Marrowfield - a mining firm that floated last year - met today.",
			[]string{"0:LOC:Marrowfield"},
			[]string{"Organization:Marrowfield"}, []string{"Place:Marrowfield"}},
		// A group of islands stays a place.
		{"Tavelli is a group of islands off the coast.",
			[]string{"0:LOC:Tavelli"},
			[]string{"Place:Tavelli"}, []string{"Organization:Tavelli"}},
		// A person described by a job stays a person.
		{"Jonas Pettigrew is a former company director.",
			[]string{"0:PER:Jonas Pettigrew"},
			[]string{"Person:Jonas Pettigrew"}, []string{"Organization:Jonas Pettigrew"}},
	})
}

// TestBusinessListsBeforeVerb: a list with companies in it that ends in
// the verb its members share is a list of businesses; a list of people
// before a verb does not make a place a person.
func TestBusinessListsBeforeVerb(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Bellcourt, Acme Corp and Tarrow Holdings reported poor sales.",
			[]string{"0:LOC:Bellcourt", "0:ORG:Acme Corp", "0:ORG:Tarrow Holdings"},
			[]string{"Organization:Bellcourt"}, []string{"Place:Bellcourt"}},
		{"Pellingham, Jane Pike and Tom Brill welcomed the plan.",
			[]string{"0:LOC:Pellingham", "0:PER:Jane Pike", "0:PER:Tom Brill"},
			[]string{"Place:Pellingham"}, []string{"Person:Pellingham"}},
	})
}

// TestFounderNamedFirm: a firm named by a given name and a surname goes
// by the surname alone.
func TestFounderNamedFirm(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Its auditors Harold Pennick signed the accounts. Pennick said the figures were sound.",
			[]string{"0:ORG:Harold Pennick", "1:PER:Pennick"},
			[]string{"Organization:Harold Pennick"}, []string{"Person:Pennick"}},
	})
}
