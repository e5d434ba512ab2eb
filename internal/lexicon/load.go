package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// lexicon is the parsed content of data/.
type lexicon struct {
	countries   []Country
	countryName names
	demonym     names
	capital     names
	code        map[string]int32

	orgs    []Org
	orgName names

	places    []Place
	placeName names

	titles    []Title
	title     map[string]int32 // folded phrase
	honorific map[string]byte  // folded form -> gender
	given     map[string]byte  // folded name -> gender
	keyword   map[string]uint8 // folded word -> class bits
	// keywordKeys rules out most words without looking keyword up, and
	// agreementKeys most words but the agreement nouns: the mention
	// finder and the relation patterns ask about every word of a text.
	keywordKeys, agreementKeys keyFilter
	// givenKeys rules out most capitalised words that are no given name.
	givenKeys keyFilter
}

var (
	loadOnce sync.Once
	loaded   *lexicon
	loadErr  error
)

// get returns the lexicon, parsing the embedded files on first use. The
// files are part of the binary and checked by the tests, so a parse error is
// a build defect and panics.
func get() *lexicon {
	loadOnce.Do(func() { loaded, loadErr = load() })
	if loadErr != nil {
		panic(loadErr)
	}
	return loaded
}

// names indexes the names of one table. The exact map holds every name as
// written; the folded map holds the fold of every name that is not an
// acronym. The first record to claim a key keeps it.
type names struct {
	exact  map[string]int32
	folded map[string]int32
}

func newNames() names {
	return names{exact: map[string]int32{}, folded: map[string]int32{}}
}

func (n *names) add(key string, i int32) {
	if _, ok := n.exact[key]; !ok {
		n.exact[key] = i
	}
	if isAcronym(key) {
		return
	}
	k := string(fold(nil, key))
	if _, ok := n.folded[k]; !ok {
		n.folded[k] = i
	}
}

// find returns the index of the record s names, or -1.
func (n *names) find(s string) int32 {
	if i, ok := n.exact[s]; ok {
		return i
	}
	if i := n.findFolded(s); i >= 0 {
		return i
	}
	for _, suffix := range [...]string{"'s", "\u2019s"} {
		if stem, ok := strings.CutSuffix(s, suffix); ok && stem != "" {
			if i, ok := n.exact[stem]; ok {
				return i
			}
			return n.findFolded(stem)
		}
	}
	return -1
}

func (n *names) findFolded(s string) int32 {
	if !hasSpace(s) && startsLower(s) {
		return -1
	}
	var buf [64]byte
	if i, ok := n.folded[string(fold(buf[:0], s))]; ok {
		return i
	}
	return -1
}

func load() (*lexicon, error) {
	lx := &lexicon{
		countryName: newNames(),
		demonym:     newNames(),
		capital:     newNames(),
		code:        map[string]int32{},
		orgName:     newNames(),
		placeName:   newNames(),
		title:       map[string]int32{},
		honorific:   map[string]byte{},
		given:       map[string]byte{},
		keyword:     map[string]uint8{},
	}
	steps := []struct {
		file string
		cols int
		row  func([]string) error
	}{
		{"countries.tsv", 6, lx.addCountry},
		{"organizations.tsv", 4, lx.addOrg},
		{"places.tsv", 4, lx.addPlace},
		{"titles.tsv", 4, lx.addTitle},
		{"honorifics.tsv", 3, lx.addHonorific},
		{"givennames.tsv", 2, lx.addGivenName},
		{"keywords.tsv", 2, lx.addKeyword},
	}
	for _, st := range steps {
		data, err := dataFS.ReadFile("data/" + st.file)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		if err := parseTSV(st.file, string(data), st.cols, st.row); err != nil {
			return nil, err
		}
		if st.file == "countries.tsv" {
			lx.indexCountries()
		}
	}
	return lx, nil
}

// parseTSV calls row with the columns of every line of data that is neither
// empty nor a '#' comment. It checks the number of columns and that no
// column has stray white space.
func parseTSV(file, data string, ncols int, row func([]string) error) error {
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		err := checkColumns(cols, ncols)
		if err == nil {
			err = row(cols)
		}
		if err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", file, n+1, err)
		}
	}
	return nil
}

func checkColumns(cols []string, ncols int) error {
	if len(cols) != ncols {
		return fmt.Errorf("%d columns, want %d", len(cols), ncols)
	}
	if cols[0] == "" {
		return errors.New("empty first column")
	}
	for i, c := range cols {
		if c != strings.TrimSpace(c) || strings.Contains(c, "  ") {
			return fmt.Errorf("column %d: stray white space in %q", i+1, c)
		}
	}
	return nil
}

// list splits a '|'-separated column.
func list(col string) ([]string, error) {
	if col == "" {
		return nil, nil
	}
	vs := strings.Split(col, "|")
	for _, v := range vs {
		if v == "" || v != strings.TrimSpace(v) {
			return nil, fmt.Errorf("bad list value in %q", col)
		}
	}
	return vs, nil
}

func lists(cols ...string) ([][]string, error) {
	out := make([][]string, len(cols))
	for i, c := range cols {
		vs, err := list(c)
		if err != nil {
			return nil, err
		}
		out[i] = vs
	}
	return out, nil
}

func flag(col string) (bool, error) {
	switch col {
	case "0":
		return false, nil
	case "1":
		return true, nil
	}
	return false, fmt.Errorf("flag %q, want 0 or 1", col)
}

func (lx *lexicon) addCountry(cols []string) error {
	ls, err := lists(cols[1], cols[2], cols[3])
	if err != nil {
		return err
	}
	former, err := flag(cols[5])
	if err != nil {
		return err
	}
	if c := cols[4]; c != "" && (len(c) != 2 || c != strings.ToUpper(c)) {
		return fmt.Errorf("country code %q", c)
	}
	aliases := ls[0]
	if a, b, ok := strings.Cut(cols[0], " and "); ok && !strings.Contains(b, " and ") {
		// Wire copy joins the two parts of a state's name:
		// "Trinidad-Tobago", "Antigua & Barbuda".
		for _, v := range [...]string{a + "-" + b, a + " & " + b} {
			if !slices.Contains(aliases, v) {
				aliases = append(aliases, v)
			}
		}
	}
	lx.countries = append(lx.countries, Country{
		Name: cols[0], Aliases: aliases, Demonyms: ls[1], Capitals: ls[2],
		Code: cols[4], Former: former,
	})
	return nil
}

// indexCountries indexes current states before former ones, so that a
// current state keeps a name or capital the two share.
func (lx *lexicon) indexCountries() {
	for _, former := range [...]bool{false, true} {
		for i := range lx.countries {
			c := &lx.countries[i]
			if c.Former != former {
				continue
			}
			id := int32(i)
			lx.countryName.add(c.Name, id)
			for _, a := range c.Aliases {
				lx.countryName.add(a, id)
			}
			for _, d := range c.Demonyms {
				lx.demonym.add(d, id)
			}
			for _, k := range c.Capitals {
				lx.capital.add(k, id)
			}
			if _, ok := lx.code[c.Code]; c.Code != "" && !ok {
				lx.code[c.Code] = id
			}
		}
	}
}

func (lx *lexicon) checkCountry(name string) error {
	if name == "" {
		return nil
	}
	if i, ok := lx.countryName.exact[name]; ok && lx.countries[i].Name == name {
		return nil
	}
	return fmt.Errorf("unknown country %q", name)
}

var orgKinds = map[string]bool{
	KindAlliance: true, KindIntergovernmental: true, KindGovernment: true, KindParty: true,
	KindCompany: true, KindMedia: true, KindArmedGroup: true, KindOther: true,
}

func (lx *lexicon) addOrg(cols []string) error {
	aliases, err := list(cols[1])
	if err != nil {
		return err
	}
	if !orgKinds[cols[2]] {
		return fmt.Errorf("unknown organisation kind %q", cols[2])
	}
	if err := lx.checkCountry(cols[3]); err != nil {
		return err
	}
	id := int32(len(lx.orgs))
	lx.orgs = append(lx.orgs, Org{Name: cols[0], Aliases: aliases, Kind: cols[2], Country: cols[3]})
	lx.orgName.add(cols[0], id)
	for _, a := range aliases {
		lx.orgName.add(a, id)
	}
	return nil
}

var placeKinds = map[string]bool{
	"continent": true, "ocean": true, "sea": true, "strait": true, "river": true, "lake": true,
	"mountain": true, "region": true, "state": true, "province": true, "territory": true,
	"island": true, "city": true, "district": true,
}

func (lx *lexicon) addPlace(cols []string) error {
	aliases, err := list(cols[1])
	if err != nil {
		return err
	}
	if !placeKinds[cols[2]] {
		return fmt.Errorf("unknown place kind %q", cols[2])
	}
	if err := lx.checkCountry(cols[3]); err != nil {
		return err
	}
	id := int32(len(lx.places))
	lx.places = append(lx.places, Place{Name: cols[0], Aliases: aliases, Kind: cols[2], Country: cols[3]})
	lx.placeName.add(cols[0], id)
	for _, a := range aliases {
		lx.placeName.add(a, id)
	}
	return nil
}

func parseRole(s string) (Role, error) {
	for r, name := range roleNames {
		if name != "" && name == s {
			return Role(r), nil
		}
	}
	return 0, fmt.Errorf("unknown role %q", s)
}

func (lx *lexicon) addTitle(cols []string) error {
	variants, err := list(cols[1])
	if err != nil {
		return err
	}
	role, err := parseRole(cols[2])
	if err != nil {
		return err
	}
	deputy, err := flag(cols[3])
	if err != nil {
		return err
	}
	if cols[0] != strings.ToLower(cols[0]) {
		return fmt.Errorf("title %q is not lower case", cols[0])
	}
	id := int32(len(lx.titles))
	lx.titles = append(lx.titles, Title{Title: cols[0], Variants: variants, Role: role, Deputy: deputy})
	for _, p := range append([]string{cols[0]}, variants...) {
		k := string(fold(nil, p))
		if _, ok := lx.title[k]; !ok {
			lx.title[k] = id
		}
	}
	return nil
}

func gender(col string) (byte, error) {
	if col == "m" || col == "f" || col == "u" {
		return col[0], nil
	}
	return 0, fmt.Errorf("gender %q, want m, f or u", col)
}

func (lx *lexicon) addHonorific(cols []string) error {
	variants, err := list(cols[1])
	if err != nil {
		return err
	}
	g, err := gender(cols[2])
	if err != nil {
		return err
	}
	for _, h := range append([]string{cols[0]}, variants...) {
		k := string(fold(nil, h))
		if _, ok := lx.honorific[k]; !ok {
			lx.honorific[k] = g
		}
	}
	return nil
}

func (lx *lexicon) addGivenName(cols []string) error {
	g, err := gender(cols[1])
	if err != nil {
		return err
	}
	k := string(fold(nil, cols[0]))
	if old, ok := lx.given[k]; ok && old != g {
		g = 'u' // "Jose" and "José" agree; a clash makes the name unisex
	}
	lx.given[k] = g
	lx.givenKeys.add(k)
	return nil
}

func (lx *lexicon) addKeyword(cols []string) error {
	classes, err := list(cols[1])
	if err != nil {
		return err
	}
	if len(classes) == 0 {
		return errors.New("no class")
	}
	var bits uint8
	for _, c := range classes {
		b, ok := classBits[c]
		if !ok {
			return fmt.Errorf("unknown keyword class %q", c)
		}
		bits |= b
	}
	k := string(fold(nil, cols[0]))
	lx.keyword[k] |= bits
	lx.keywordKeys.add(k)
	if bits&classAgreement != 0 {
		lx.agreementKeys.add(k)
	}
	return nil
}
