package mention_test

import "testing"

// Offices of trades and firms the lexicon lists, and where their words
// are no office.
func TestTradeTitles(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Fund manager Ilse Brandt sold her shares.", []string{"title:fund manager"}, nil},
		{"Olaf Wren, agent for the Dunmore Conservatives, said so.", []string{"title:agent"}, nil},
		{"Lena Hart, a partner at Crowe Hale, said so.", []string{"title:partner"}, nil},
		{"The state comptroller Nils Barth spoke.", []string{"title:state comptroller"}, nil},
		{"The former military ruler Anton Vasco died.", []string{"title:military ruler"}, nil},
		{"Sales rose, said Ida Roos, chief strategist at Vell Capital.", []string{"title:chief strategist"}, nil},
		// A bank's role in a bond issue, and a capitalised trade word
		// ending a name, are no office.
		{"The notes were priced at par, said lead manager Harwick Brothers.", nil, []string{"title:manager", "title:lead manager"}},
		{"The Buffer Stock Manager could sell cocoa.", nil, []string{"title:manager"}},
		{"The film Secret Agent was shown on Monday.", nil, []string{"title:agent"}},
	}
	for _, tc := range tests {
		got := find(t, tc.text)
		checkFound(t, tc.text, got, tc.want, tc.no)
	}
}
