package resolve_test

import (
	"testing"
)

func TestOrgPrefixNames(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// The short name joins the full one when only the kind of
		// business and the legal form are left over.
		{"Harwell Sugar Mills Ltd raised its dividend. Harwell Sugar said sales rose.",
			[]string{"0:ORG:Harwell Sugar Mills Ltd", "1:ORG:Harwell Sugar"},
			[]string{"Organization:Harwell Sugar Mills Ltd"}, []string{"Organization:Harwell Sugar"}},
		{"Dunmore Federal Savings and Loan Association was sold. Dunmore Federal had assets of 90 mln dlrs.",
			[]string{"0:ORG:Dunmore Federal Savings and Loan Association", "1:ORG:Dunmore Federal"},
			nil, []string{"Organization:Dunmore Federal"}},
		// An offshoot named after a place or as a parent stays apart.
		{"Kelso Motors China will build a plant. Kelso Motors said it was pleased.",
			[]string{"0:ORG:Kelso Motors China", "1:ORG:Kelso Motors"},
			[]string{"Organization:Kelso Motors China", "Organization:Kelso Motors"}, nil},
		{"Tarn Oil Holding Company sold shares in Tarn Oil on Monday.",
			[]string{"0:ORG:Tarn Oil Holding Company", "0:ORG:Tarn Oil"},
			[]string{"Organization:Tarn Oil Holding Company", "Organization:Tarn Oil"}, nil},
		// Two full names the short one could be: it stays apart.
		{"Brant Hill Foods Inc and Brant Hill Stores Inc merged. Brant Hill said so.",
			[]string{"0:ORG:Brant Hill Foods Inc", "0:ORG:Brant Hill Stores Inc", "1:ORG:Brant Hill"},
			[]string{"Organization:Brant Hill"}, nil},
	})
}
