package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// dropProducts takes out the names of products, which the schema has no
// type for and which the tagger reads as people, places or companies:
// drugs, car models, drinks and other brands. News names a product with
// its kind right before or after it ("the drug Norvasc", "its Iressa
// drug", "Avalon sedans", "Smirnoff vodka") or in a list of brands ("its
// brands include Strongbow and Kronenbourg"). Every mention of such a name
// goes, unless the lexicon knows the name or one of its mentions reads as
// a company's ("X said", "X's profits", "shares in X"): a maker lends its
// name to its products ("Carlsberg lager"), and a brand that speaks is a
// company. Makers named as a product's owner stay ("Pfizer's drug
// Norvasc": only Norvasc goes).
func dropProducts(a *text.Analysis, ms []mention.Mention, names []string) {
	var products map[string]bool
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Source == mention.Lexicon || m.Canon != "" || m.Type == graph.Agreement || m.Type == graph.Country {
			continue
		}
		if productCue(a, m) {
			if products == nil {
				products = map[string]bool{}
			}
			products[strings.ToLower(names[i])] = true
		}
	}
	if products == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		k := strings.ToLower(names[i])
		if !products[k] || m.Kind != mention.Name {
			continue
		}
		if m.Source == mention.Lexicon || m.Canon != "" || companyMention(a, m) {
			delete(products, k)
		}
	}
	for i := range ms {
		if ms[i].Kind == mention.Name && products[strings.ToLower(names[i])] {
			names[i] = ""
		}
	}
}

// productBefore are kinds of product written right before a product's
// name: "the drug Tysabri", "the painkiller Vioxx".
var productBefore = map[string]bool{
	"drug": true, "medicine": true, "painkiller": true, "pill": true, "vaccine": true,
}

// productAfter are kinds of product written right after a product's name:
// "its Iressa drug", "Avalon sedans", "Smirnoff vodka". Nouns that follow a
// maker's name as often ("Rover cars", "Carlsberg lager", "Vauxhall
// models") are not among them.
var productAfter = map[string]bool{
	"drug": true, "painkiller": true, "pill": true, "vaccine": true,
	"sedan": true, "sedans": true, "saloon": true, "saloons": true, "hatchback": true, "hatchbacks": true,
	"coupe": true, "coupes": true, "suv": true, "suvs": true, "minivan": true, "minivans": true,
	"roadster": true, "roadsters": true,
	"vodka": true, "whisky": true, "whiskey": true, "rum": true, "brandy": true, "gin": true, "stout": true,
	"cider": true, "champagne": true, "cigarettes": true,
}

// productListHeads introduce a list of products: "brands include X, Y
// and Z", "marques such as X".
var productListHeads = map[string]bool{
	"brands": true, "brand": true, "labels": true, "marques": true, "products": true, "drugs": true,
	"beers": true,
}

// productCue reports a mention that names a product by its kind beside it
// or a list of brands before it.
func productCue(a *text.Analysis, m *mention.Mention) bool {
	lw := sentenceOf(a, m.T0).lower
	if p := lw(m.T0 - 1); productBefore[p] && a.Words[m.T0-1] == p {
		return true
	}
	if n := lw(m.T1); productAfter[n] && (a.Words[m.T1] == n || n == "suv" || n == "suvs") {
		return true
	}
	return listedUnder(a, m, productListHeads)
}

// companyMention reports a mention that reads as a company's: it speaks
// ("X said"), owns what only a business has ("X's profits", "shares in
// X"), or a business noun names it ("the firm X").
func companyMention(a *text.Analysis, m *mention.Mention) bool {
	if m.T1 < len(a.Words) && businessVerbs[a.Lower[m.T1]] && a.SentenceOf(m.T1) == a.SentenceOf(m.T0) {
		return true
	}
	return ownedByBusiness(a, m) || businessCue(a, m)
}
