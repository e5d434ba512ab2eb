// Package lexicon holds the closed word lists newsgraph recognises names
// with: countries past and present with their aliases, demonyms and
// capitals; international bodies, parties, government bodies, companies and
// media; world regions, sub-national regions, territories and cities; office
// titles; honorifics; given names with their usual gender; and small keyword
// lists (agreement nouns, organisation and place head words, stopwords).
//
// The lists are tab-separated files under data/, embedded in the binary and
// parsed once, on first use, into maps. They were written for the project
// from general knowledge and are meant to be broad, not tuned to any text.
//
// Lookups try the string exactly as given first, then a folded key: case,
// accents, curly quotes, hyphens and a leading "the" before two or more
// words are ignored ("the united states", "Côte d’Ivoire", "Bogota"). A
// single word that starts with a lower-case letter is matched exactly only,
// so "turkey" and "chad" are not countries, and acronyms ("US", "UN") match
// only as written. A trailing possessive is dropped when nothing matched
// with it ("Russia's"). Found records are shared: callers must not modify
// them.
package lexicon

import (
	"fmt"
	"slices"
	"strings"
)

// Country is a sovereign state, present or former.
type Country struct {
	// Name is the canonical name as news usually writes it ("United States").
	Name string
	// Aliases are other names: official long forms, acronyms, former names.
	Aliases []string
	// Demonyms are adjectives and nouns for the people ("Russian", "Russians").
	Demonyms []string
	// Capitals are the capital and seat-of-government names used for the
	// government ("Moscow said").
	Capitals []string
	// Code is the ISO 3166-1 alpha-2 code, or "" (some former states).
	Code string
	// Former reports whether the state no longer exists (Soviet Union).
	Former bool
}

// Org is an organisation: an alliance, an international or government body,
// a party, a company, a news medium or an armed group.
type Org struct {
	// Name is the canonical name: the short form if news uses it (NATO),
	// else the full name. A parenthesised qualifier at the end only tells
	// apart organisations that share a name ("Socialist Party (France)").
	Name string
	// Aliases are other names, acronyms and spellings.
	Aliases []string
	// Kind is one of the Kind constants (KindAlliance, KindParty, ...).
	Kind string
	// Country is the canonical name of the country the organisation belongs
	// to, or "" for international bodies.
	Country string
}

// Organisation kinds, the values of Org.Kind.
const (
	// KindAlliance is a military or political alliance (NATO, Warsaw Pact).
	KindAlliance = "alliance"
	// KindIntergovernmental is an international body of states (UN, OSCE, EU).
	KindIntergovernmental = "intergovernmental"
	// KindGovernment is a national body: a ministry, agency, parliament,
	// central bank or armed force (State Department, Kremlin, Bundestag).
	KindGovernment = "government"
	// KindParty is a political party (Labour Party, United Russia).
	KindParty = "party"
	// KindCompany is a business (Gazprom, Volkswagen).
	KindCompany = "company"
	// KindMedia is a news outlet or agency (Reuters, Kommersant).
	KindMedia = "media"
	// KindArmedGroup is a non-state armed group (Hezbollah, Wagner Group).
	KindArmedGroup = "armed_group"
	// KindOther is anything else: NGOs, think tanks, churches, sports bodies.
	KindOther = "other"
)

// Place is a place that is not a country: a continent, sea, region,
// sub-national unit, territory or city.
type Place struct {
	// Name is the canonical name. A parenthesised qualifier at the end only
	// tells apart places that share a name ("Georgia (U.S. state)").
	Name string
	// Aliases are other names, spellings and transliterations ("Donbass").
	Aliases []string
	// Kind is continent, ocean, sea, strait, river, lake, mountain, region,
	// state, province, territory, island, city or district.
	Kind string
	// Country is the canonical name of the country the place lies in, or ""
	// when it spans several or its sovereignty is unsettled.
	Country string
}

// Role says what holding a title makes someone of the body the title
// belongs to.
type Role uint8

// Roles of titles.
const (
	// Leader heads a country, organisation, party or company: president,
	// prime minister, king, chief executive, secretary general.
	Leader Role = iota + 1
	// Official holds an office in it: minister, ambassador, spokesman,
	// general, and the deputies of leaders.
	Official
	// Member belongs to a body: MP, senator, MEP.
	Member
	// Other is a rank or status that is none of these: prince, cardinal,
	// professor.
	Other
)

var roleNames = [...]string{Leader: "leader", Official: "official", Member: "member", Other: "other"}

// String returns the name of the role as written in titles.tsv.
func (r Role) String() string {
	if int(r) < len(roleNames) && roleNames[r] != "" {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", r)
}

// Title is an office title as used before or after a name.
type Title struct {
	// Title is the canonical lower-case phrase ("deputy foreign minister"),
	// the value of the title attribute.
	Title string
	// Variants are other lower-case phrasings of the same office.
	Variants []string
	// Role is what the title makes its holder.
	Role Role
	// Deputy reports whether the title makes its holder someone's deputy
	// (deputy, vice, first deputy).
	Deputy bool
}

// Countries returns every country, current states first, in file order.
// The slice is a copy; the records it points to are shared.
func Countries() []Country { return slices.Clone(get().countries) }

// Orgs returns every organisation in file order. The slice is a copy.
func Orgs() []Org { return slices.Clone(get().orgs) }

// Places returns every place in file order. The slice is a copy.
func Places() []Place { return slices.Clone(get().places) }

// Titles returns every title in file order. The slice is a copy.
func Titles() []Title { return slices.Clone(get().titles) }

// CountryByName returns the country s names: its canonical name or an alias
// ("U.S.", "Russian Federation", "Czechia", "USSR"). A current state wins
// over a former one that shares the name.
func CountryByName(s string) (*Country, bool) {
	lx := get()
	return at(lx.countries, lx.countryName.find(s))
}

// CountryByDemonym returns the country of a demonym or national adjective
// ("Russian" and "Russians" give Russia, "Soviet" the Soviet Union).
func CountryByDemonym(s string) (*Country, bool) {
	lx := get()
	return at(lx.countries, lx.demonym.find(s))
}

// CountryByCapital returns the country whose government a capital or seat
// name stands for ("Moscow" gives Russia, "Kiev" and "Kyiv" Ukraine, "Bonn"
// West Germany). A current state wins over a former one with the same
// capital.
func CountryByCapital(s string) (*Country, bool) {
	lx := get()
	return at(lx.countries, lx.capital.find(s))
}

// CountryByCode returns the country with an ISO 3166-1 alpha-2 code, in
// either case.
func CountryByCode(code string) (*Country, bool) {
	if len(code) != 2 {
		return nil, false
	}
	b := [2]byte{upper(code[0]), upper(code[1])}
	lx := get()
	i, ok := lx.code[string(b[:])]
	if !ok {
		return nil, false
	}
	return &lx.countries[i], true
}

// Labels returns the labels that name a party's members or stand for the
// party as adjectives: the name without "Party" ("Conservative Party" ->
// "Conservative", "Green Party of England and Wales" -> "Green") and
// plural names in the singular ("Liberal Democrats" -> "Liberal
// Democrat", "Republicans" -> "Republican"), the plural kept after it.
func (o Org) Labels() []string {
	var out []string
	for _, n := range append([]string{o.Name}, o.Aliases...) {
		if i := strings.Index(n, " Party"); i > 0 {
			out = append(out, n[:i])
			continue
		}
		if f := strings.Fields(n); len(f) <= 2 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && n != strings.ToUpper(n) {
			out = append(out, strings.TrimSuffix(n, "s"), n)
		}
	}
	return out
}

// OrgByName returns the organisation s names: its canonical name or an
// alias ("North Atlantic Treaty Organization", "OSCE", "the Kremlin").
func OrgByName(s string) (*Org, bool) {
	lx := get()
	return at(lx.orgs, lx.orgName.find(s))
}

// PlaceByName returns the place s names: its canonical name or an alias
// ("Donbass", "Kiev", "Eastern Europe").
func PlaceByName(s string) (*Place, bool) {
	lx := get()
	return at(lx.places, lx.placeName.find(s))
}

// TitleByPhrase returns the title a phrase names, the canonical phrase or a
// variant, in any case ("Defense Minister", "secretary-general", "CEO").
func TitleByPhrase(s string) (*Title, bool) {
	lx := get()
	var buf [64]byte
	i, ok := lx.title[string(fold(buf[:0], s))]
	if !ok {
		return nil, false
	}
	return &lx.titles[i], true
}

// Honorific reports whether s is a form of address that is not an office
// ("Mr", "Mrs.", "Sir", "Dame") and the gender it implies: 'm', 'f' or 'u'.
func Honorific(s string) (gender byte, ok bool) {
	lx := get()
	var buf [64]byte
	gender, ok = lx.honorific[string(fold(buf[:0], s))]
	return gender, ok
}

// IsGivenName reports whether s, capitalised, is a known given name
// ("Vladimir", "José", "Jose"). A word that starts with a lower-case letter
// never is one.
func IsGivenName(s string) bool { return GivenNameGender(s) != 0 }

// GivenNameGender returns the usual gender of a given name: 'm', 'f' or 'u'
// (unisex or unknown), or 0 if s is not a known given name.
func GivenNameGender(s string) byte {
	if s == "" || startsLower(s) {
		return 0
	}
	lx := get()
	var buf [64]byte
	k := fold(buf[:0], s)
	if !lx.givenKeys.mayHaveBytes(k) {
		return 0
	}
	return lx.given[string(k)]
}

// Keyword classes.
const (
	classAgreement uint8 = 1 << iota
	classOrg
	classPlace
	classMonth
	classWeekday
	classStop
	classCompany
	classProduct
)

var classBits = map[string]uint8{
	"agreement": classAgreement,
	"org":       classOrg,
	"place":     classPlace,
	"month":     classMonth,
	"weekday":   classWeekday,
	"stop":      classStop,
	"company":   classCompany,
	"product":   classProduct,
}

// keyword returns the keyword classes of s.
func keyword(s string) uint8 {
	lx := get()
	return lx.keywordIn(s, &lx.keywordKeys)
}

// keywordIn returns the keyword classes of s, or 0 when the filter f of
// the keys of the classes asked about rules s out. Most words are no
// keyword, and most are folded already (lower-case ASCII): those are
// ruled out or looked up without folding.
func (lx *lexicon) keywordIn(s string, f *keyFilter) uint8 {
	if folded(s) {
		if !f.mayHave(s) {
			return 0
		}
		return lx.keyword[s]
	}
	var buf [64]byte
	k := fold(buf[:0], s)
	if !f.mayHaveBytes(k) {
		return 0
	}
	return lx.keyword[string(k)]
}

// IsAgreementNoun reports whether s is a head noun of agreements ("treaty",
// "accords", "ceasefire", "memorandum", "plan"), in any case.
func IsAgreementNoun(s string) bool {
	lx := get()
	return lx.keywordIn(s, &lx.agreementKeys)&classAgreement != 0
}

// IsOrgWord reports whether s is a head word or legal suffix that marks an
// organisation name ("Party", "Ministry", "Council", "Inc", "plc"). Case is
// ignored, so callers test it on capitalised words.
func IsOrgWord(s string) bool { return keyword(s)&classOrg != 0 }

// IsCompanyHead reports whether s is a word that ends companies' names
// but is a common noun by itself ("Garments", "Foods", "Breweries"): "Modern
// Garments" is a company, "Garments" alone is not. Case is ignored.
func IsCompanyHead(s string) bool { return keyword(s)&classCompany != 0 }

// IsProduct reports whether s is the whole name of a well-known product,
// device, program or technology, which is no entity of the schema
// ("Xbox", "Windows XP", "PlayStation Portable"). Case is ignored.
func IsProduct(s string) bool { return keyword(s)&classProduct != 0 }

// IsPlaceWord reports whether s is a head word of place names and
// descriptions ("province", "oblast", "region", "city"), in any case.
func IsPlaceWord(s string) bool { return keyword(s)&classPlace != 0 }

// IsStopword reports whether s is a capitalised word that does not start a
// name: a sentence-initial function word ("The", "However"), a common news
// noun or adjective ("Officials", "Western"), a month or a weekday.
func IsStopword(s string) bool {
	return keyword(s)&(classStop|classMonth|classWeekday) != 0
}

// IsWeekday reports whether s is a day of the week ("Monday").
func IsWeekday(s string) bool { return keyword(s)&classWeekday != 0 }

// IsCompassWord reports whether w is a lower-case word that names a part
// of a place by its direction: "north west London", "south-east England",
// "western Slovakia". Case matters: "North" is none.
func IsCompassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "central",
		"north-west", "north-east", "south-west", "south-east",
		"northern", "southern", "eastern", "western":
		return true
	}
	return false
}

// MonthNumber returns the month s names, 1 to 12 ("January", "Sept."), or 0.
func MonthNumber(s string) int {
	if keyword(s)&classMonth == 0 {
		return 0
	}
	var buf [64]byte
	k := fold(buf[:0], s)
	if len(k) < 3 {
		return 0
	}
	i := strings.Index(monthPrefixes, string(k[:3]))
	if i < 0 || i%3 != 0 {
		return 0
	}
	return i/3 + 1
}

const monthPrefixes = "janfebmaraprmayjunjulaugsepoctnovdec"

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// at returns &s[i], or false when i is -1 (not found).
func at[T any](s []T, i int32) (*T, bool) {
	if i < 0 {
		return nil, false
	}
	return &s[i], true
}
