package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	lx, err := load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what     string
		got, min int
	}{
		{"current countries", countCurrent(lx.countries), 197},
		{"former countries", len(lx.countries) - countCurrent(lx.countries), 10},
		{"organisations", len(lx.orgs), 300},
		{"places", len(lx.places), 800},
		{"titles", len(lx.titles), 150},
		{"given names", len(lx.given), 2000},
		{"keywords", len(lx.keyword), 500},
	} {
		if c.got < c.min {
			t.Errorf("%s: got %d, want at least %d", c.what, c.got, c.min)
		}
	}
}

func countCurrent(cs []Country) int {
	n := 0
	for _, c := range cs {
		if !c.Former {
			n++
		}
	}
	return n
}

// TestFiles checks every data file line by line: the number of columns, no
// stray white space, no empty list values.
func TestFiles(t *testing.T) {
	cols := map[string]int{
		"countries.tsv": 6, "organizations.tsv": 4, "places.tsv": 4, "titles.tsv": 4,
		"honorifics.tsv": 3, "givennames.tsv": 2, "keywords.tsv": 2,
	}
	entries, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(cols) {
		t.Errorf("got %d data files, want %d", len(entries), len(cols))
	}
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			n, ok := cols[e.Name()]
			if !ok {
				t.Fatalf("unexpected data file")
			}
			data, err := dataFS.ReadFile("data/" + e.Name())
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(data), "# ") {
				t.Errorf("no header comment")
			}
			rows := 0
			err = parseTSV(e.Name(), string(data), n, func(cols []string) error {
				rows++
				for _, c := range cols {
					if _, err := list(c); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Error(err)
			}
			if rows == 0 {
				t.Errorf("no rows")
			}
		})
	}
}

// claims maps a lookup key to the records that claim it.
type claims map[string]map[string]bool

func (c claims) add(name, record string) {
	k := name
	if !isAcronym(name) {
		k = string(fold(nil, name))
	}
	if c[k] == nil {
		c[k] = map[string]bool{}
	}
	c[k][record] = true
}

func (c claims) clashes() []string {
	var out []string
	for k, rs := range c {
		if len(rs) > 1 {
			var names []string
			for r := range rs {
				names = append(names, r)
			}
			sort.Strings(names)
			out = append(out, fmt.Sprintf("%q: %s", k, strings.Join(names, ", ")))
		}
	}
	sort.Strings(out)
	return out
}

// TestNoClashes checks that no name, alias, demonym or capital leads to two
// records of one table (a former state may share a capital or name with the
// current state that succeeded it: the current state wins).
func TestNoClashes(t *testing.T) {
	lx := get()
	cnames, dnames, knames := claims{}, claims{}, claims{}
	for _, c := range lx.countries {
		if c.Former {
			continue
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			cnames.add(n, c.Name)
		}
		for _, d := range c.Demonyms {
			dnames.add(d, c.Name)
		}
		for _, k := range c.Capitals {
			knames.add(k, c.Name)
		}
	}
	onames := claims{}
	for _, o := range lx.orgs {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			onames.add(n, o.Name)
		}
	}
	pnames := claims{}
	for _, p := range lx.places {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			pnames.add(n, p.Name)
		}
	}
	tnames := claims{}
	for _, ti := range lx.titles {
		for _, n := range append([]string{ti.Title}, ti.Variants...) {
			tnames.add(strings.ToLower(n), ti.Title)
		}
	}
	for _, tc := range []struct {
		table string
		c     claims
	}{
		{"country names", cnames}, {"demonyms", dnames}, {"capitals", knames},
		{"organisations", onames}, {"places", pnames}, {"titles", tnames},
	} {
		t.Run(tc.table, func(t *testing.T) {
			for _, c := range tc.c.clashes() {
				t.Errorf("clash %s", c)
			}
		})
	}
	t.Run("codes", func(t *testing.T) {
		seen := map[string]string{}
		for _, c := range lx.countries {
			if c.Code == "" {
				continue
			}
			if other, ok := seen[c.Code]; ok {
				t.Errorf("code %s: %s and %s", c.Code, other, c.Name)
			}
			seen[c.Code] = c.Name
		}
	})
	t.Run("canonical names", func(t *testing.T) {
		seen := map[string]bool{}
		for _, c := range lx.countries {
			if seen[c.Name] {
				t.Errorf("country %q twice", c.Name)
			}
			seen[c.Name] = true
		}
	})
}

// TestCountryReferences checks that every country an organisation or place
// names is the canonical name of a country in countries.tsv.
func TestCountryReferences(t *testing.T) {
	known := map[string]bool{}
	for _, c := range Countries() {
		known[c.Name] = true
	}
	for _, o := range Orgs() {
		if o.Country != "" && !known[o.Country] {
			t.Errorf("organisation %q: unknown country %q", o.Name, o.Country)
		}
	}
	for _, p := range Places() {
		if p.Country != "" && !known[p.Country] {
			t.Errorf("place %q: unknown country %q", p.Name, p.Country)
		}
	}
}

// TestCapitalsArePlaces checks that every capital of a current state is a
// city in places.tsv that lies in that state.
func TestCapitalsArePlaces(t *testing.T) {
	// Capitals whose name news more often uses for another place.
	elsewhere := map[string]bool{"Victoria": true}
	for _, c := range Countries() {
		if c.Former {
			continue
		}
		for _, k := range c.Capitals {
			p, ok := PlaceByName(k)
			switch {
			case !ok:
				t.Errorf("%s: capital %q is not a place", c.Name, k)
			case p.Country != c.Name && !elsewhere[k]:
				t.Errorf("%s: capital %q is %q in %q", c.Name, k, p.Name, p.Country)
			}
		}
	}
}

// TestGivenNamesAreNotCountries checks that no given name is also the name
// or alias of a country.
func TestGivenNamesAreNotCountries(t *testing.T) {
	for _, c := range Countries() {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if IsGivenName(n) {
				t.Errorf("%q is both a given name and a name of %s", n, c.Name)
			}
		}
	}
}

func TestCountryLookups(t *testing.T) {
	tests := []struct {
		by   string
		find func(string) (*Country, bool)
		in   string
		want string // "" for no match
	}{
		{"name", CountryByName, "United States", "United States"},
		{"name", CountryByName, "U.S.", "United States"},
		{"name", CountryByName, "US", "United States"},
		{"name", CountryByName, "USA", "United States"},
		{"name", CountryByName, "America", "United States"},
		{"name", CountryByName, "the United States", "United States"},
		{"name", CountryByName, "The United States", "United States"},
		{"name", CountryByName, "united states of america", "United States"},
		{"name", CountryByName, "us", ""},
		{"name", CountryByName, "Us", ""},
		{"name", CountryByName, "Russian Federation", "Russia"},
		{"name", CountryByName, "Russia's", "Russia"},
		{"name", CountryByName, "Ukraine’s", "Ukraine"},
		{"name", CountryByName, "Czechia", "Czech Republic"},
		{"name", CountryByName, "Britain", "United Kingdom"},
		{"name", CountryByName, "U.K.", "United Kingdom"},
		{"name", CountryByName, "Great Britain", "United Kingdom"},
		{"name", CountryByName, "USSR", "Soviet Union"},
		{"name", CountryByName, "the Soviet Union", "Soviet Union"},
		{"name", CountryByName, "East Germany", "East Germany"},
		{"name", CountryByName, "Côte d’Ivoire", "Ivory Coast"},
		{"name", CountryByName, "Cote d'Ivoire", "Ivory Coast"},
		{"name", CountryByName, "Georgia", "Georgia"},
		{"name", CountryByName, "Jordan", "Jordan"},
		{"name", CountryByName, "Chad", "Chad"},
		{"name", CountryByName, "chad", ""},
		{"name", CountryByName, "turkey", ""},
		{"name", CountryByName, "Türkiye", "Turkey"},
		{"name", CountryByName, "DRC", "Democratic Republic of the Congo"},
		{"name", CountryByName, "Congo-Brazzaville", "Republic of the Congo"},
		{"name", CountryByName, "DPRK", "North Korea"},
		{"name", CountryByName, "Republic of Korea", "South Korea"},
		{"name", CountryByName, "Burma", "Myanmar"},
		{"name", CountryByName, "Guinea Bissau", "Guinea-Bissau"},
		{"name", CountryByName, "Moscow", ""},
		{"name", CountryByName, "", ""},
		{"demonym", CountryByDemonym, "Russian", "Russia"},
		{"demonym", CountryByDemonym, "Russians", "Russia"},
		{"demonym", CountryByDemonym, "American", "United States"},
		{"demonym", CountryByDemonym, "Czech", "Czech Republic"},
		{"demonym", CountryByDemonym, "Britons", "United Kingdom"},
		{"demonym", CountryByDemonym, "Soviet", "Soviet Union"},
		{"demonym", CountryByDemonym, "Polish", "Poland"},
		{"demonym", CountryByDemonym, "Nigerien", "Niger"},
		{"demonym", CountryByDemonym, "Nigerian", "Nigeria"},
		{"demonym", CountryByDemonym, "South Korean", "South Korea"},
		{"demonym", CountryByDemonym, "russian", ""},
		{"capital", CountryByCapital, "Moscow", "Russia"},
		{"capital", CountryByCapital, "Kyiv", "Ukraine"},
		{"capital", CountryByCapital, "Kiev", "Ukraine"},
		{"capital", CountryByCapital, "Washington", "United States"},
		{"capital", CountryByCapital, "London", "United Kingdom"},
		{"capital", CountryByCapital, "Peking", "China"},
		{"capital", CountryByCapital, "Teheran", "Iran"},
		{"capital", CountryByCapital, "Belgrade", "Serbia"},
		{"capital", CountryByCapital, "Prague", "Czech Republic"},
		{"capital", CountryByCapital, "Bonn", "West Germany"},
		{"capital", CountryByCapital, "Bogota", "Colombia"},
		{"capital", CountryByCapital, "Brasília", "Brazil"},
		{"capital", CountryByCapital, "Munich", ""},
	}
	for _, tt := range tests {
		t.Run(tt.by+"/"+tt.in, func(t *testing.T) {
			c, ok := tt.find(tt.in)
			got := ""
			if ok {
				got = c.Name
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCountryByCode(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"RU", "Russia"}, {"gb", "United Kingdom"}, {"XK", "Kosovo"}, {"SU", "Soviet Union"},
		{"ZZ", ""}, {"R", ""},
	} {
		c, ok := CountryByCode(tt.in)
		got := ""
		if ok {
			got = c.Name
		}
		if got != tt.want {
			t.Errorf("CountryByCode(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOrgByName(t *testing.T) {
	tests := []struct {
		in, want, kind, country string
	}{
		{"NATO", "NATO", KindAlliance, ""},
		{"North Atlantic Treaty Organization", "NATO", KindAlliance, ""},
		{"Nato", "NATO", KindAlliance, ""},
		{"the North Atlantic Alliance", "NATO", KindAlliance, ""},
		{"EU", "European Union", KindIntergovernmental, ""},
		{"E.U.", "European Union", KindIntergovernmental, ""},
		{"OSCE", "OSCE", KindIntergovernmental, ""},
		{"Organization for Security and Cooperation in Europe", "OSCE", KindIntergovernmental, ""},
		{"Organisation for Security and Co-operation in Europe", "OSCE", KindIntergovernmental, ""},
		{"UN Security Council", "UN Security Council", KindIntergovernmental, ""},
		{"United Nations", "United Nations", KindIntergovernmental, ""},
		{"Warsaw Pact", "Warsaw Pact", KindAlliance, ""},
		{"Eximbank", "Export-Import Bank of the United States", KindGovernment, "United States"},
		{"Inland Revenue", "Inland Revenue", KindGovernment, "United Kingdom"},
		{"Ecofin", "Ecofin", KindIntergovernmental, ""},
		{"State Department", "State Department", KindGovernment, "United States"},
		{"the Kremlin", "Kremlin", KindGovernment, "Russia"},
		{"Labour", "Labour Party", KindParty, "United Kingdom"},
		{"Tories", "Conservative Party", KindParty, "United Kingdom"},
		{"CDU", "Christian Democratic Union", KindParty, "Germany"},
		{"United Russia", "United Russia", KindParty, "Russia"},
		{"Kommersant", "Kommersant", KindMedia, "Russia"},
		{"Reuters", "Reuters", KindMedia, "United Kingdom"},
		{"Gazprom", "Gazprom", KindCompany, "Russia"},
		{"Volkswagen", "Volkswagen", KindCompany, "Germany"},
		{"ISIS", "Islamic State", KindArmedGroup, ""},
		{"Hezbollah", "Hezbollah", KindArmedGroup, "Lebanon"},
		{"nato", "", "", ""},
		{"Russia", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			o, ok := OrgByName(tt.in)
			if !ok {
				if tt.want != "" {
					t.Errorf("got no match, want %q", tt.want)
				}
				return
			}
			if o.Name != tt.want || o.Kind != tt.kind || o.Country != tt.country {
				t.Errorf("got %q (%s, %q), want %q (%s, %q)", o.Name, o.Kind, o.Country, tt.want, tt.kind, tt.country)
			}
		})
	}
}

func TestPlaceByName(t *testing.T) {
	tests := []struct {
		in, want, kind, country string
	}{
		{"Donbas", "Donbas", "region", "Ukraine"},
		{"Donbass", "Donbas", "region", "Ukraine"},
		{"Crimea", "Crimea", "territory", "Ukraine"},
		{"Kiev", "Kyiv", "city", "Ukraine"},
		{"Eastern Europe", "Eastern Europe", "region", ""},
		{"eastern Europe", "Eastern Europe", "region", ""},
		{"the Balkans", "Balkans", "region", ""},
		{"Middle East", "Middle East", "region", ""},
		{"Kashmir", "Kashmir", "region", ""},
		{"Catalonia", "Catalonia", "region", "Spain"},
		{"Texas", "Texas", "state", "United States"},
		{"Quebec", "Quebec", "province", "Canada"},
		{"Bavaria", "Bavaria", "state", "Germany"},
		{"New York", "New York City", "city", "United States"},
		{"Geneva", "Geneva", "city", "Switzerland"},
		{"Zurich", "Zurich", "city", "Switzerland"},
		{"Zürich", "Zurich", "city", "Switzerland"},
		{"Odessa", "Odesa", "city", "Ukraine"},
		{"Washington", "Washington", "city", "United States"},
		{"Black Sea", "Black Sea", "sea", ""},
		{"Georgia", "", "", ""},
		{"Russia", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, ok := PlaceByName(tt.in)
			if !ok {
				if tt.want != "" {
					t.Errorf("got no match, want %q", tt.want)
				}
				return
			}
			if p.Name != tt.want || p.Kind != tt.kind || p.Country != tt.country {
				t.Errorf("got %q (%s, %q), want %q (%s, %q)", p.Name, p.Kind, p.Country, tt.want, tt.kind, tt.country)
			}
		})
	}
}

func TestTitleByPhrase(t *testing.T) {
	tests := []struct {
		in, want string
		role     Role
		deputy   bool
	}{
		{"president", "president", Leader, false},
		{"President", "president", Leader, false},
		{"prime minister", "prime minister", Leader, false},
		{"Prime Minister", "prime minister", Leader, false},
		{"chancellor", "chancellor", Leader, false},
		{"secretary-general", "secretary general", Leader, false},
		{"Secretary General", "secretary general", Leader, false},
		{"CEO", "chief executive", Leader, false},
		{"foreign minister", "foreign minister", Official, false},
		{"Minister of Foreign Affairs", "foreign minister", Official, false},
		{"deputy foreign minister", "deputy foreign minister", Official, true},
		{"defense minister", "defence minister", Official, false},
		{"vice president", "vice president", Official, true},
		{"vice-president", "vice president", Official, true},
		{"spokeswoman", "spokesman", Official, false},
		{"secretary of state", "secretary of state", Official, false},
		{"ambassador", "ambassador", Official, false},
		{"envoy", "envoy", Official, false},
		{"MP", "mp", Member, false},
		{"senator", "senator", Member, false},
		{"prince", "prince", Other, false},
		{"deputy", "deputy", Official, true},
		{"Duma deputy", "mp", Member, false},
		{"MSP", "msp", Member, false},
		{"member of the Legislative Assembly", "mla", Member, false},
		{"banana", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ti, ok := TitleByPhrase(tt.in)
			if !ok {
				if tt.want != "" {
					t.Errorf("got no match, want %q", tt.want)
				}
				return
			}
			if ti.Title != tt.want || ti.Role != tt.role || ti.Deputy != tt.deputy {
				t.Errorf("got %q (%v, deputy %v), want %q (%v, deputy %v)", ti.Title, ti.Role, ti.Deputy, tt.want, tt.role, tt.deputy)
			}
		})
	}
}

func TestHonorific(t *testing.T) {
	for _, tt := range []struct {
		in     string
		gender byte
		ok     bool
	}{
		{"Mr", 'm', true}, {"Mr.", 'm', true}, {"Mrs", 'f', true}, {"Ms.", 'f', true},
		{"Dr", 'u', true}, {"Sir", 'm', true}, {"Dame", 'f', true}, {"President", 0, false},
	} {
		g, ok := Honorific(tt.in)
		if g != tt.gender || ok != tt.ok {
			t.Errorf("Honorific(%q): got %q, %v, want %q, %v", tt.in, g, ok, tt.gender, tt.ok)
		}
	}
}

func TestGivenNames(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want byte
	}{
		{"Vladimir", 'm'}, {"Sergey", 'm'}, {"Volodymyr", 'm'}, {"Angela", 'f'}, {"Maria", 'f'},
		{"José", 'm'}, {"Jose", 'm'}, {"Fatima", 'f'}, {"Jinping", 'm'}, {"Sasha", 'u'},
		{"Andrea", 'u'}, {"vladimir", 0}, {"Moscow", 0}, {"The", 0}, {"", 0},
	} {
		if got := GivenNameGender(tt.in); got != tt.want {
			t.Errorf("GivenNameGender(%q): got %q, want %q", tt.in, got, tt.want)
		}
		if got := IsGivenName(tt.in); got != (tt.want != 0) {
			t.Errorf("IsGivenName(%q): got %v, want %v", tt.in, got, tt.want != 0)
		}
	}
}

func TestKeywords(t *testing.T) {
	tests := []struct {
		f    func(string) bool
		name string
		in   string
		want bool
	}{
		{IsAgreementNoun, "agreement", "treaty", true},
		{IsAgreementNoun, "agreement", "Accords", true},
		{IsAgreementNoun, "agreement", "ceasefire", true},
		{IsAgreementNoun, "agreement", "cease-fire", true},
		{IsAgreementNoun, "agreement", "plan", true},
		{IsAgreementNoun, "agreement", "minister", false},
		{IsOrgWord, "org", "Party", true},
		{IsOrgWord, "org", "Ministry", true},
		{IsOrgWord, "org", "plc", true},
		{IsOrgWord, "org", "Inc.", true},
		{IsOrgWord, "org", "Moscow", false},
		{IsPlaceWord, "place", "oblast", true},
		{IsPlaceWord, "place", "province", true},
		{IsPlaceWord, "place", "Region", true},
		{IsPlaceWord, "place", "Party", false},
		{IsStopword, "stop", "The", true},
		{IsStopword, "stop", "However", true},
		{IsStopword, "stop", "Monday", true},
		{IsStopword, "stop", "January", true},
		{IsStopword, "stop", "Putin", false},
		{IsWeekday, "weekday", "Friday", true},
		{IsWeekday, "weekday", "March", false},
	}
	for _, tt := range tests {
		if got := tt.f(tt.in); got != tt.want {
			t.Errorf("%s(%q): got %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestMonthNumber(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"January", 1}, {"Feb.", 2}, {"May", 5}, {"june", 6}, {"Sept.", 9}, {"Sept", 9},
		{"December", 12}, {"Monday", 0}, {"Mayor", 0}, {"", 0},
	} {
		if got := MonthNumber(tt.in); got != tt.want {
			t.Errorf("MonthNumber(%q): got %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"United States", "united states"},
		{"the United States", "united states"},
		{"The Hague", "the hague"},
		{"  Côte  d’Ivoire ", "cote d'ivoire"},
		{"Guinea-Bissau", "guinea bissau"},
		{"Secretary-General", "secretary general"},
		{"Opposition Platform — For Life", "opposition platform for life"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Chișinău", "chisinau"},
		{"Ærø", "aero"},
		{"ÖVP", "ovp"},
		{"Москва", "москва"},
		{"", ""},
	} {
		if got := string(fold(nil, tt.in)); got != tt.want {
			t.Errorf("fold(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRoleString(t *testing.T) {
	for r, want := range map[Role]string{Leader: "leader", Official: "official", Member: "member", Other: "other", 0: "Role(0)", 9: "Role(9)"} {
		if got := r.String(); got != want {
			t.Errorf("Role(%d).String(): got %q, want %q", r, got, want)
		}
	}
}

func TestCopies(t *testing.T) {
	cs := Countries()
	cs[0].Name = "changed"
	if Countries()[0].Name == "changed" {
		t.Errorf("Countries returned the shared slice")
	}
}

// TestLookupsDoNotAllocate checks the hit path of the common lookups.
func TestLookupsDoNotAllocate(t *testing.T) {
	get()
	for name, f := range map[string]func(){
		"CountryByName exact":  func() { CountryByName("Russia") },
		"CountryByName folded": func() { CountryByName("the united kingdom") },
		"CountryByDemonym":     func() { CountryByDemonym("Russian") },
		"OrgByName":            func() { OrgByName("North Atlantic Treaty Organization") },
		"PlaceByName folded":   func() { PlaceByName("Zürich") },
		"TitleByPhrase":        func() { TitleByPhrase("Deputy Foreign Minister") },
		"GivenNameGender":      func() { GivenNameGender("Vladimir") },
		"IsStopword":           func() { IsStopword("However") },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"United States", "the  Côte d’Ivoire", "Łódź–Kraków", "THE the x y", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := string(fold(nil, s))
		if strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") || strings.Contains(k, "  ") {
			t.Errorf("fold(%q) = %q: stray space", s, k)
		}
		for i := 0; i < len(k); i++ {
			if 'A' <= k[i] && k[i] <= 'Z' {
				t.Errorf("fold(%q) = %q: upper-case ASCII", s, k)
				break
			}
		}
		// Lookups of arbitrary text never panic.
		CountryByName(s)
		OrgByName(s)
		PlaceByName(s)
		TitleByPhrase(s)
		GivenNameGender(s)
		MonthNumber(s)
	})
}

// startLookups counts the bytes of inputs per operation and loads the
// lexicon before the timer starts.
func startLookups(b *testing.B, inputs []string) {
	n := 0
	for _, s := range inputs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	get()
	b.ResetTimer()
}

func BenchmarkCountryByName(b *testing.B) {
	inputs := []string{"Russia", "the United Kingdom", "Côte d’Ivoire", "Atlantis"}
	startLookups(b, inputs)
	for b.Loop() {
		for _, s := range inputs {
			CountryByName(s)
		}
	}
}

func BenchmarkTitleByPhrase(b *testing.B) {
	inputs := []string{"deputy foreign minister", "President", "Secretary-General", "banana"}
	startLookups(b, inputs)
	for b.Loop() {
		for _, s := range inputs {
			TitleByPhrase(s)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestKeywordFilter checks that the filter in front of the keyword table
// never rules a keyword out, in any case or spelling that folds to it.
func TestKeywordFilter(t *testing.T) {
	lx := get()
	for k, want := range lx.keyword {
		for _, s := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:], " " + k + " "} {
			if got := keyword(s); got != want {
				t.Errorf("keyword(%q) = %b, want %b", s, got, want)
			}
			if got := IsAgreementNoun(s); got != (want&classAgreement != 0) {
				t.Errorf("IsAgreementNoun(%q) = %v, want %v", s, got, !got)
			}
		}
	}
	for _, s := range []string{"", "banana", "the", "-", "Café", "the treaty of"} {
		var buf [64]byte
		if got, want := keyword(s), lx.keyword[string(fold(buf[:0], s))]; got != want {
			t.Errorf("keyword(%q) = %b, want %b", s, got, want)
		}
	}
}

// BenchmarkIsAgreementNoun asks about every word of running text, as the
// mention finder and the relation patterns do.
func BenchmarkIsAgreementNoun(b *testing.B) {
	words := strings.Fields("the two sides signed a ceasefire agreement on Tuesday after talks in Minsk , " +
		"and the Treaty will come into force once parliaments ratify the accords next year .")
	startLookups(b, words)
	for b.Loop() {
		for _, s := range words {
			IsAgreementNoun(s)
		}
	}
}
