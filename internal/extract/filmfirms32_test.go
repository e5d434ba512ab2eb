package extract_test

import "testing"

// "Films" and "Entertainment" end companies' names; alone they name none.
func TestFilmCompanies(t *testing.T) {
	checkFacts(t, []factCase{
		{"\"We expected more,\" said Rob Tallis, head of distribution for Harbor Films, which released the film.",
			[]string{"Organization:Harbor Films", "person/rob_tallis official_of organization/harbor_films"}, []string{"Place:Harbor Films"}},
		{"Films with medium budgets are hardest to finance, said Ada Voss of Kestrel Entertainment.",
			[]string{"Organization:Kestrel Entertainment"}, []string{"Person:Films", "Organization:Films"}},
	})
}
