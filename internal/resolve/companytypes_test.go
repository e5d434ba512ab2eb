package resolve_test

import (
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/mention/mentiontest"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

// taggedEntities returns "Type:Name" for each entity of s, with the
// tagger proposing spans.
func taggedEntities(t *testing.T, s string, spans []string) []string {
	return entitiesWith(t, s, mentiontest.Tagger(spans))
}

// entitiesWith returns "Type:Name" for each entity of s, sorted, with
// tagger proposing the spans.
func entitiesWith(t *testing.T, s string, tagger mention.EntityTagger) []string {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	f := mention.Finder{Tagger: tagger}
	r := resolve.Resolve(a, f.Find(a))
	var out []string
	for _, e := range r.Entities {
		if len(e.Mentions) > 0 {
			out = append(out, string(e.Type)+":"+e.Name)
		}
	}
	sort.Strings(out)
	return out
}

func TestCompaniesTypedAsPersons(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		// What only a business has, after the name.
		{"Holmfirth Weller said on Monday it would cut jobs. Holmfirth Weller's annual profits fell by a third.",
			[]string{"PER:Holmfirth Weller"}, []string{"Organization:Holmfirth Weller"}, []string{"Person:Holmfirth Weller"}},
		{"Brannock Ames's chief executive resigned.", []string{"PER:Brannock Ames"},
			[]string{"Organization:Brannock Ames"}, []string{"Person:Brannock Ames"}},
		{"Investors sold shares in Tarrow Bexley after the warning.", []string{"PER:Tarrow Bexley"},
			[]string{"Organization:Tarrow Bexley"}, nil},
		// A legal suffix the tagger left out.
		{"The mill was bought from Orlan Tessier Corp. last year. Orlan Tessier closed it in May.", []string{"PER:Orlan Tessier"},
			[]string{"Organization:Orlan Tessier"}, []string{"Person:Orlan Tessier"}},
		// People have fortunes, shares and chief executives of their own companies.
		{"Adam Pellow's shares of the firm were sold. Mr Pellow's profits rose.", []string{"PER:Adam Pellow", "PER:Pellow"},
			[]string{"Person:Adam Pellow"}, []string{"Organization:Adam Pellow"}},
		{"Grant Ossory's stake grew. He said it would grow again.", []string{"PER:Grant Ossory"},
			[]string{"Person:Grant Ossory"}, []string{"Organization:Grant Ossory"}},
		// "Mr" makes a person whatever the rest of the text says.
		{"Mr Tolland said Tolland's profits were a family matter.", []string{"PER:Tolland"},
			nil, []string{"Organization:Tolland"}},
	})
}

func TestPersonsNamedAsCompanies(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"Coral Vane Holdings Ltd said it had signed a loan. Coral Vane said the loan was for ten years.",
			[]string{"ORG:Coral Vane Holdings Ltd", "PER:Coral Vane"}, []string{"Organization:Coral Vane Holdings Ltd"}, []string{"Person:Coral Vane"}},
		{"The R.T. Halloway Co unit won the contract. Halloway said the plant would open in 1990.",
			[]string{"ORG:R.T. Halloway Co", "PER:Halloway"}, []string{"Organization:R.T. Halloway Co"}, []string{"Person:Halloway"}},
		// A person of the same name as a company without a legal suffix stays a person.
		{"Dunmore Brass won an order. Jane Dunmore said she was pleased.",
			[]string{"ORG:Dunmore Brass", "PER:Jane Dunmore"}, []string{"Person:Jane Dunmore"}, nil},
		// An acronym the tagger took for a place spells the company's name.
		{"The Greater Anglian Fuel Company (GAFC) cut prices. GAFC said demand was weak.",
			[]string{"ORG:Greater Anglian Fuel Company", "LOC:GAFC"}, []string{"Organization:Greater Anglian Fuel Company"}, []string{"Place:GAFC"}},
	})
}
