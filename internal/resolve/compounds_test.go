package resolve_test

import "testing"

// A place or state named inside a hyphenated modifier is an entity of the
// text, named without the modifier.
func TestPlaceCompounds(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		{"Shares of the London-based lender rose.", []string{"Place:London[]"}, []string{"London-based"}},
		{"Japan-made chips were cheaper.", []string{"Country:Japan[]"}, nil},
		// A capitalised word before it may start a longer name.
		{"A New York-based fund bought them.", nil, []string{"York"}},
		// Other compounds name nothing.
		{"The London-wide ban starts today.", nil, []string{"London"}},
	})
}

// A capital before a word of leading or backing stands for its state.
func TestCapitalCompounds(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		{"The Moscow-backed leader resigned.", []string{"Country:Russia[Moscow]"}, []string{"Place:Moscow"}},
		{"The Moscow-based bank grew.", []string{"Place:Moscow[]"}, []string{"Country:Russia"}},
	})
}
