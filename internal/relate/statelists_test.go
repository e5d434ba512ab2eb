package relate_test

import "testing"

// Countries listed as the members of a body: after "the N nations of
// ORG --", and in a plural appositive ("A and B, the two ORG members").
func TestStateLists(t *testing.T) {
	checkFacts(t, []factCase{
		{"The five nations of the Andean Community -- Bolivia, Colombia, Ecuador, Peru and Venezuela -- met in Lima.",
			[]string{"Bolivia member_of Andean Community", "Peru member_of Andean Community"}, nil},
		{"The member countries of ASEAN: Thailand, Malaysia and Indonesia, agreed on a tariff cut.",
			[]string{"Thailand member_of ASEAN", "Indonesia member_of ASEAN"}, nil},
		{"The delegates praised Kenya and Uganda, the two founding COMESA members.",
			[]string{"Kenya member_of COMESA", "Uganda member_of COMESA"}, nil},
		{"Oil ministers from Kuwait and Qatar, both OPEC members, arrived on Sunday.",
			[]string{"Kuwait member_of OPEC", "Qatar member_of OPEC"}, nil},
		{"The trade rules differ for Chile, Peru and Bolivia, all Mercosur member states.",
			[]string{"Chile member_of Mercosur", "Bolivia member_of Mercosur"}, nil},
		// Negative cases: former allies, a count that does not fit the
		// list, trading partners of the body, and countries of a region.
		{"The row has divided Austria and Norway, the two former EFTA partners.",
			nil, []string{"Austria member_of", "Norway member_of"}},
		{"Output fell in Iran and Iraq, the three largest OPEC producers.",
			nil, []string{"Iran member_of", "Iraq member_of"}},
		{"Imports came from Japan and Korea, the EC's main trading partners.",
			nil, []string{"Japan member_of", "Korea member_of"}},
		{"The nations of the OECD, France among them, grew.",
			nil, []string{"France member_of"}},
	})
}

// A body's members listed by a verb or participle of composition.
func TestBodyComposition(t *testing.T) {
	checkFacts(t, []factCase{
		{"Since 1992 the SADC groups Angola, Zambia and the Democratic Republic of Congo (DRC).",
			[]string{"Angola member_of SADC", "Zambia member_of SADC"}, nil},
		{"Delegates of the Andean Community, formed by Peru, Bolivia and Ecuador, met on Monday.",
			[]string{"Peru member_of Andean Community", "Ecuador member_of Andean Community"}, nil},
		{"The Southern African Customs Union is made up of Botswana, Lesotho and Namibia.",
			[]string{"Botswana member_of Southern African Customs Union", "Namibia member_of Southern African Customs Union"}, nil},
		// Negative cases: a body that is one of the list's subjects, not
		// its composition, and a company's listed holdings.
		{"Ghana and Togo formed by mutual consent a new commission.",
			nil, []string{"Ghana member_of", "Togo member_of"}},
		{"Acme Holdings, formed by Globex Corp and Initech Inc, makes tools.",
			nil, []string{"Globex Corp member_of", "Initech Inc member_of"}},
	})
}

// A country that holds the rotating chair of a body sits in it.
func TestPresidencyMember(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ministers will set goals for Ireland's presidency of the EU and the G8 next year.",
			[]string{"Ireland member_of European Union", "Ireland member_of G8"}, nil},
		{"The Finnish minister spoke during the Finland presidency of the EU.",
			[]string{"Finland member_of European Union"}, nil},
		{"He wants to use Canada's G8 chairmanship to push debt relief.",
			[]string{"Canada member_of G8"}, nil},
		// Negative cases: a person's presidency, and no holder named.
		{"Obama's presidency of the Harvard Law Review began in 1990.",
			nil, []string{"member_of Harvard"}},
		{"Leaders discussed the EU and G8 presidencies in Brussels.",
			nil, []string{"member_of European Union", "member_of G8"}},
	})
}
