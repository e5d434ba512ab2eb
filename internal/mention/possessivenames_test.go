package mention_test

import "testing"

// A name written in the possessive goes on past the apostrophe when what
// follows is common words and a firm's or a school's head.
func TestPossessiveNames(t *testing.T) {
	lower := map[string]bool{"retail": true, "advisory": true, "hardware": true, "group": true, "inc": true,
		"tax": true, "office": true, "ministry": true, "sage": true, "centre": true, "finance": true, "delivery": true}
	checkFormsCases(t, lower, []taggedCase{
		// A one-word name the text never writes without its "'s".
		{"Dunmore's Retail Advisory Group cut jobs. Dunmore's said sales fell.", []string{"PER:Dunmore", "PER:Dunmore"},
			[]string{"Organization:Dunmore's Retail Advisory Group"}, []string{"Person:Dunmore"}},
		{"Shares in Pelham's Hardware Inc rose.", []string{"ORG:Pelham", "ORG:Hardware Inc"},
			[]string{"Organization:Pelham's Hardware Inc"}, []string{"Organization:Hardware Inc"}},
		{"It sold Tarrant's Delivery Service last year. Tarrant's made a profit.", []string{"ORG:Tarrant", "ORG:Delivery Service"},
			[]string{"Organization:Tarrant's Delivery Service"}, []string{"Organization:Delivery Service"}},
		// A plural of people in the possessive before a school's head.
		{"She taught at Ashby Girls' School for years.", []string{"PER:Ashby Girls"},
			[]string{"Organization:Ashby Girls' School"}, []string{"Person:Ashby Girls"}},
		// Negative: an owner named alone elsewhere, a known place, a
		// person the text names in full, or a name after the owner.
		{"Quorvex said it would sell Quorvex's Tax Advisory Group.", []string{"ORG:Quorvex", "ORG:Quorvex", "ORG:Tax Advisory Group"},
			[]string{"Organization:Tax Advisory Group"}, []string{"Organization:Quorvex's Tax Advisory Group"}},
		{"Japan's Finance Ministry said so.", []string{"LOC:Japan", "ORG:Finance Ministry"},
			[]string{"Country:Japan", "Organization:Finance Ministry"}, []string{"Japan's"}},
		{"Ivan Dobrev spoke. Dobrev's Office Group was sold.", []string{"PER:Ivan Dobrev", "PER:Dobrev", "ORG:Office Group"},
			nil, []string{"Organization:Dobrev's Office Group"}},
		{"Fans visited Harrowgate's Sage Centre.", []string{"LOC:Harrowgate", "ORG:Sage Centre"},
			nil, []string{"Organization:Harrowgate's Sage Centre"}},
	})
}

// A saint's name in the possessive goes on into the name of the building,
// street or body it names.
func TestSaintsNames(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The couple married in St Aidan's Chapel on Friday.", []string{"LOC:St Aidan"},
			[]string{"Place:St Aidan's Chapel"}, []string{"Place:St Aidan|"}},
		{"Shops in St Aidan's Centre closed.", []string{"LOC:St Aidan"},
			[]string{"Place:St Aidan's Centre"}, nil},
		{"Pupils at St Aidan's Middle School won.", []string{"LOC:St Aidan"},
			[]string{"Organization:St Aidan's Middle School"}, nil},
		// Negative: no head after it.
		{"It was St Aidan's Day.", []string{"LOC:St Aidan"},
			nil, []string{"St Aidan's Day"}},
	})
}
