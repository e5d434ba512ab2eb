package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
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
// Norvasc": only Norvasc goes). A car maker's name before a model's
// ("the Ford Mustang") or in the plural ("Vauxhalls"), an aircraft's
// number ("A300-600R widebody", "DC-9s"), and a film, a musical or a ship
// after its kind ("the musical X", "the frigate Y") name products too,
// and so do titles that workCue finds ("the comedy X", "her role in X",
// "X, starring Y") and awards that awardCue finds ("Oscar nominations",
// "the Oscars", "the X Prize"). A name's last words go with it ("Desperate Tarns ...
// Tarns lift ratings").
func dropProducts(a *text.Analysis, ms []mention.Mention, names []string) {
	var products map[string]bool
	film := filmText(a)
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Source == mention.Lexicon || m.Canon != "" || m.Type == graph.Agreement || m.Type == graph.Country {
			continue
		}
		if productCue(a, m, film) || deviceWords[names[i]] || lexicon.IsProduct(names[i]) && !namesInitials(a, m) || makersProduct(names[i]) || productInitials(a, m) {
			if products == nil {
				products = map[string]bool{}
			}
			products[strings.ToLower(names[i])] = true
		}
	}
	if products == nil {
		return
	}
	if film {
		worksListed(a, ms, names, products)
	}
	for i := range ms {
		m := &ms[i]
		k := strings.ToLower(names[i])
		if !products[k] || m.Kind != mention.Name {
			continue
		}
		if m.Source == mention.Lexicon || m.Canon != "" || companyMention(a, m) || awardBody(a, m) {
			delete(products, k)
		}
	}
	// A company's full name, with a legal form in it, keeps the shorter
	// names it starts with: "<Marlo Andina SA de CV>" keeps "Marlo
	// Andina" a company.
	for i := range ms {
		m := &ms[i]
		if m.Kind != mention.Name || names[i] == "" || !companyByForm(a, m) && !slices.ContainsFunc(a.Words[m.T0+1:m.T1], isLegalSuffix) {
			continue
		}
		full := strings.ToLower(strings.Join(a.Words[m.T0:m.T1], " ")) + " "
		for k := range products {
			if strings.HasPrefix(full, k+" ") {
				delete(products, k)
			}
		}
	}
	tails := productTails(products)
	// The last word of a franchise the lexicon knows names its hero
	// again, as a person's name would: "James Bond ... the next Bond".
	known := map[string]bool{}
	for k := range products {
		if sp := strings.LastIndexByte(k, ' '); sp > 0 && lexicon.IsProduct(k) {
			known[k[sp+1:]] = true
		}
	}
	for i := range ms {
		// "Internet Explorer (IE)", "Digital Rights Management (DRM)":
		// the initials of a product's name name it too.
		if n := names[i]; ms[i].Kind == mention.Name && strings.Contains(n, " ") && products[strings.ToLower(n)] {
			if in := initials(n); len(in) > 1 {
				tails[strings.ToLower(in)] = true
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != mention.Name {
			continue
		}
		if k := strings.ToLower(names[i]); products[k] || tails[k] && m.Source != mention.Lexicon && m.Canon == "" && (m.Type != graph.Person || known[k]) {
			names[i] = ""
		}
	}
}

// worksListed adds to products the names listed with a work in a text
// about films: "the star of Crouching Tiger, Hidden Dragon, Hero and
// House of Flying Daggers", "The Aviator and Million Dollar Baby". Items
// of the list are joined by a comma, "and" or "or" alone. Only names taken
// for organisations go: a list of works names their people and places as
// often ("Spike Lee, Jude Law and X"), and a maker before a possessive
// ("Jo Lam's Tarn") or a name the lexicon knows stays.
func worksListed(a *text.Analysis, ms []mention.Mention, names []string, products map[string]bool) {
	joined := func(x, y *mention.Mention) bool {
		if a.SentenceOf(x.T0) != a.SentenceOf(y.T0) {
			return false
		}
		switch y.T0 - x.T1 {
		case 1:
			w := a.Lower[x.T1]
			return w == "," || w == "and" || w == "or"
		case 2:
			return a.Lower[x.T1] == "," && (a.Lower[x.T1+1] == "and" || a.Lower[x.T1+1] == "or")
		}
		return false
	}
	listable := func(i int) bool {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Source == mention.Lexicon || m.Canon != "" || m.Type == graph.Country || m.Type == graph.Agreement {
			return false
		}
		if w := lowerAt(a, m.T1); w == "'s" || w == "'" {
			return false
		}
		last := a.Words[m.T1-1]
		return m.Type == graph.Organization && !lexicon.IsCompanyHead(last) && !lexicon.IsOrgWord(last) && !isLegalSuffix(last) && !companyWords[last] && !studioWords[last]
	}
	for changed := true; changed; {
		changed = false
		for i := range ms {
			if !listable(i) || products[strings.ToLower(names[i])] {
				continue
			}
			if i > 0 && names[i-1] != "" && products[strings.ToLower(names[i-1])] && joined(&ms[i-1], &ms[i]) ||
				i+1 < len(ms) && names[i+1] != "" && products[strings.ToLower(names[i+1])] && joined(&ms[i], &ms[i+1]) {
				products[strings.ToLower(names[i])] = true
				changed = true
			}
		}
	}
}

// studioWords end the names of the firms that make works besides the
// lexicon's company heads ("Momentum Pictures"): "Working Title Films".
var studioWords = map[string]bool{
	"Films": true, "Entertainment": true, "Media": true, "Music": true, "Publishing": true, "Books": true,
}

// productTails returns the last words of products' names of more than
// one word, which name the product again ("Desperate Tarns ... Tarns
// lift ratings"): "tarns" for "desperate tarns".
func productTails(products map[string]bool) map[string]bool {
	tails := map[string]bool{}
	for k := range products {
		for i := strings.IndexByte(k, ' '); i >= 0; i = strings.IndexByte(k, ' ') {
			k = k[i+1:]
			tails[k] = true
		}
	}
	return tails
}

// makersProduct reports a product's name after its maker's, which the
// lexicon knows as a company: "Sony PSP", "Apple Mac", "Microsoft
// Outlook".
func makersProduct(name string) bool {
	maker, product, ok := strings.Cut(name, " ")
	if !ok || !lexicon.IsProduct(product) {
		return false
	}
	o, ok := lexicon.OrgByName(maker)
	return ok && o.Kind == lexicon.KindCompany
}

// productInitials reports a mention in brackets that gives the initials
// of the product named right before them: "Internet Explorer (IE)".
func productInitials(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	if m.T1-m.T0 != 1 || sw.lower(m.T0-1) != "(" || sw.lower(m.T1) != ")" {
		return false
	}
	for k := m.T0 - 3; k >= m.T0-5 && sw.in(k); k-- {
		if name := strings.Join(a.Words[k:m.T0-1], " "); lexicon.IsProduct(name) {
			return strings.EqualFold(initials(name), a.Words[m.T0])
		}
	}
	return false
}

// namesInitials reports a mention in brackets that gives the initials
// of a body's name right before them: "the Intellectual Property Office
// (IPO)" is its acronym, though "an IPO" is a noun.
func namesInitials(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	if m.T1-m.T0 != 1 || sw.lower(m.T0-1) != "(" || sw.lower(m.T1) != ")" {
		return false
	}
	if head := a.Words[m.T0-2]; !lexicon.IsOrgWord(head) && !lexicon.IsCompanyHead(head) {
		return false // "Asymmetric Digital Subscriber Line (ADSL)": a technology's
	}
	for k := m.T0 - 3; k >= m.T0-7 && sw.in(k); k-- {
		if initials(strings.Join(a.Words[k:m.T0-1], " ")) == a.Words[m.T0] {
			return true
		}
	}
	return false
}

// deviceWords are common nouns for devices and media, written in
// capitals, that the tagger reads as names: "PC users", "TV rights", "a
// DVD release".
var deviceWords = map[string]bool{
	"PC": true, "PCs": true, "TV": true, "TVs": true, "DVD": true, "DVDs": true, "CD": true, "CDs": true,
	"PDA": true, "PDAs": true, "USB": true, "VCR": true, "VCRs": true, "DVR": true, "DVRs": true, "PVR": true,
	"PVRs": true, "HD": true, "HDTV": true, "LCD": true, "MP3": true, "SMS": true, "GPS": true,
}

// productBefore are kinds of product written right before a product's
// name: "the drug Tysabri", "the painkiller Vioxx".
var productBefore = map[string]bool{
	"drug": true, "medicine": true, "painkiller": true, "pill": true, "vaccine": true,
	"drugs": true, "painkillers": true, "antidepressant": true, "antidepressants": true,
	"anti-depressant": true, "anti-depressants": true,
	// Works and ships: "the film Orla", "the musical Tam!", "the frigate
	// Velox". Nouns that also come before a company or a person ("the
	// programme Mr X", "carrier Air Y") are not among them.
	"film": true, "movie": true, "musical": true, "documentary": true, "sitcom": true, "novel": true,
	"ship": true, "vessel": true, "frigate": true, "destroyer": true, "warship": true, "submarine": true,
	"tanker": true, "freighter": true, "ferry": true, "yacht": true, "trawler": true,
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
	"crossover": true, "crossovers": true,
	// Games machines: "the Tarn console", "its Tarn handheld". Not
	// "users", which follows a web firm's name as often ("Tarnx users").
	"console": true, "consoles": true, "handheld": true, "handhelds": true,
}

// aircraftAfter are kinds of aircraft written after a model's name, which
// carries a number ("its A310-300 widebody", "MD-82 jets", "Boeing 767
// airliners"); after a name without one they follow the maker ("Airbus
// jets").
var aircraftAfter = map[string]bool{
	"jet": true, "jets": true, "jetliner": true, "jetliners": true, "airliner": true, "airliners": true,
	"widebody": true, "widebodies": true, "aircraft": true, "plane": true, "planes": true,
	"fighter": true, "fighters": true, "helicopter": true, "helicopters": true, "bomber": true, "bombers": true,
}

// worksIncluded reports a mention in a list of works that their kind
// introduces right before "including", "include" or "such as" (not
// "games", "plays" or "shows", which list clubs and fairs too):
// "films including Raging Bull, Goodfellas and Gangs of New York". A
// maker before a possessive ("Gus Van Sant's Good Will Hunting") and a
// person with a given name stay.
func worksIncluded(a *text.Analysis, m *mention.Mention) bool {
	if w := lowerAt(a, m.T1); w == "'s" || w == "'" || m.Type == graph.Person && lexicon.IsGivenName(a.Words[m.T0]) {
		return false
	}
	sw := sentenceOf(a, m.T0)
	k := listOpening(a, sw, m)
	switch sw.lower(k) {
	case "including", "include", "includes", "included":
		if h := sw.lower(k - 1); h == "," {
			return worksHeads[sw.lower(k-2)] // "7 Spike Lee movies, including X"
		}
		return worksHeads[sw.lower(k-1)]
	case "as":
		return sw.lower(k-1) == "such" && worksHeads[sw.lower(k-2)]
	}
	return false
}

// worksHeads are plural kinds of work before a list of their titles.
var worksHeads = map[string]bool{
	"films": true, "movies": true, "songs": true, "albums": true, "singles": true, "novels": true,
	"hits": true, "musicals": true, "sitcoms": true, "plays": true, "books": true,
	"programmes": true, "programs": true, "shows": true,
}

// subsidiaryBrands reports a mention listed after "subsidiary brands
// include": companies, not products ("the Unilever subsidiary's brands
// include" lists products).
func subsidiaryBrands(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	for k := m.T0 - 1; k > m.T0-16 && sw.in(k-2); k-- {
		if w := sw.lower(k); w == "include" || w == "including" || w == "includes" {
			h := sw.lower(k - 1)
			return (h == "brands" || h == "brand") && (sw.lower(k-2) == "subsidiary" || sw.lower(k-2) == "subsidiaries")
		}
	}
	return false
}

// productListHeads introduce a list of products: "brands include X, Y
// and Z", "marques such as X".
var productListHeads = map[string]bool{
	"brands": true, "brand": true, "labels": true, "marques": true, "products": true, "drugs": true,
	"beers": true, "medicines": true, "painkillers": true, "antidepressants": true, "anti-depressants": true,
}

// productCue reports a mention that names a product by its kind beside it
// or a list of brands before it.
func productCue(a *text.Analysis, m *mention.Mention, film bool) bool {
	lw := sentenceOf(a, m.T0).lower
	if p := lw(m.T0 - 1); productBefore[p] && a.Words[m.T0-1] == p {
		return true
	}
	if n := lw(m.T1); productAfter[n] && (a.Words[m.T1] == n || n == "suv" || n == "suvs") {
		return true
	}
	if n := lw(m.T1); aircraftAfter[n] && a.Words[m.T1] == n && slices.ContainsFunc(a.Words[m.T0:m.T1], func(w string) bool { return strings.ContainsAny(w, "0123456789") }) {
		return true
	}
	return listedUnder(a, m, productListHeads) && !subsidiaryBrands(a, m) || listedBefore(a, m) || modelOfMaker(a, m) || workCue(a, m, film) || awardCue(a, m) || worksIncluded(a, m)
}

// listedBefore reports a mention in a list of names that a kind of
// brand follows: "the Orvella and Tamsin brands", "parts for Kelmor,
// Dunfield and Arco product lines". One lower-case word may come between
// the last name and the kind ("Orvella and Tamsin lager brands"). The
// list needs "and" or "or": a single name before "brand" is as often its
// maker's ("the Virgin brand").
func listedBefore(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	in, lw := sw.in, sw.lower
	kind := func(k int) bool {
		return brandKinds[lw(k)] || lw(k) == "product" && (lw(k+1) == "lines" || lw(k+1) == "line")
	}
	coord := lw(m.T0-1) == "and" || lw(m.T0-1) == "or"
	for k := m.T1; k < m.T1+16 && in(k); k++ {
		w := lw(k)
		switch {
		case kind(k):
			return coord
		case w == "and" || w == "or":
			coord = true
		case w == "," || w == "'s" || isCapitalisedWord(a.Words[k]):
		default:
			// "Orvella and Tamsin lager brands"
			return coord && k > m.T1 && (isCapitalisedWord(a.Words[k-1]) || a.Words[k-1] == "'s") && a.Words[k] == w && kind(k+1)
		}
	}
	return false
}

// brandKinds are the nouns after a list of brands: "the X and Y brands".
var brandKinds = map[string]bool{"brands": true, "labels": true, "marques": true}

// carMakers are makers whose name, followed by another name, names one of
// their models ("the Marlo Ventra" for a maker Marlo), and in the plural
// their cars ("sales of Marlos rose"). Makers whose names are as often
// people's, places' or conglomerates' ("Lincoln", "Mercury", "Pontiac",
// "Hyundai", "Mitsubishi") are not among them.
var carMakers = map[string]bool{
	"Ford": true, "Vauxhall": true, "Opel": true, "Honda": true, "Toyota": true, "Nissan": true,
	"Mazda": true, "Subaru": true, "Isuzu": true, "Acura": true, "Lexus": true, "Infiniti": true,
	"Cadillac": true, "Chevrolet": true, "Chevy": true, "Buick": true, "Oldsmobile": true,
	"Chrysler": true, "Jeep": true, "VW": true, "Volkswagen": true, "Audi": true, "BMW": true,
	"Mercedes": true, "Mercedes-Benz": true, "Porsche": true, "Renault": true, "Peugeot": true,
	"Citroen": true, "Fiat": true, "Alfa Romeo": true, "Lancia": true, "Ferrari": true,
	"Maserati": true, "Lamborghini": true, "Volvo": true, "Saab": true, "Skoda": true,
	"Jaguar": true, "Land Rover": true, "Range Rover": true, "Rolls-Royce": true, "Daihatsu": true,
	"Proton": true, "Dacia": true,
}

// makerUnits name a car maker's businesses rather than its models: "Ford
// Credit", "Volvo Trucks", "Fiat Auto".
var makerUnits = map[string]bool{
	"Auto": true, "Autos": true, "Automobiles": true, "Cars": true, "Trucks": true, "Vans": true,
	"Buses": true, "Credit": true, "Finance": true, "Financial": true, "Capital": true, "Leasing": true,
	"Powertrain": true, "Engines": true, "Parts": true, "Dealers": true, "Racing": true,
}

// modelOfMaker reports a model named after its maker: a car maker's name
// and a name that is no company's, place's or body's ("Ford Tarvo",
// "Vauxhall Selis"), a car maker's name in the plural ("Vauxhalls",
// "Rolls-Royces"), or a model's number in the plural ("MD-80s").
func modelOfMaker(a *text.Analysis, m *mention.Mention) bool {
	words := a.Words[m.T0:m.T1]
	if len(words) > 0 && strings.HasSuffix(words[len(words)-1], "s") {
		p := strings.TrimSuffix(strings.Join(words, " "), "s")
		if carMakers[p] || len(p) > 1 && p[len(p)-1] >= '0' && p[len(p)-1] <= '9' && strings.ContainsAny(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return true
		}
	}
	n := 1
	if len(words) > 1 && carMakers[words[0]+" "+words[1]] {
		n = 2
	}
	if len(words) <= n || !carMakers[strings.Join(words[:n], " ")] {
		return false
	}
	for _, w := range words[n:] {
		if isLegalSuffix(w) || companyWords[w] || makerUnits[w] || lexicon.IsOrgWord(w) || lexicon.IsCompanyHead(w) || lexicon.IsPlaceWord(w) || carMakers[w] {
			return false
		}
		if _, ok := lexicon.CountryByName(w); ok {
			return false
		}
		if _, ok := lexicon.CountryByDemonym(w); ok {
			return false
		}
		if _, ok := lexicon.PlaceByName(w); ok {
			return false
		}
	}
	return true
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
