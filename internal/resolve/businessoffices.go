package resolve

// businessOffice reports an office after "X's" that a company has and a
// person does not: "Turkcell's chief operating officer" (a "chief ...
// officer", w the last word and before the word two back), "Gartner's
// principal analyst", "Hollis's chief economist", "Yugansk's former
// owner", "Vantor's board".
func businessOffice(w, before string) bool {
	switch w {
	case "officer":
		return before == "chief"
	case "analyst", "analysts", "economist", "economists", "owner", "owners", "board", "chairman", "chairwoman":
		return true
	}
	return false
}
