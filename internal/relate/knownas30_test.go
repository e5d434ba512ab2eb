package relate_test

import "testing"

// "known as Queen of the Sky" is a nickname, not the person's office.
func TestKnownAsNoTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ellen Marsh, known as Queen of the Sky, wrote an account of her life in the air.", nil, []string{"Ellen Marsh title"}},
		{"Ellen Marsh, who served as chairman of Acme Corp, retired.", []string{"Ellen Marsh title =chairman"}, nil},
	})
}
