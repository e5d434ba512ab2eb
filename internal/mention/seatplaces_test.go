package mention_test

import "testing"

// The seat after a member's title is a place of its own; the run stops
// before the holder's given name, before "in"/"of" and before a known
// name after "and".
func TestMemberSeatPlace(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Ann Teller, Labour MP for Eastmoor North, said the plan was flawed.", []string{"Place:Eastmoor North", "title:mp"}, nil},
		{"The Tory MP for Dunmere and Castlebrook opposed the bill.", []string{"Place:Dunmere and Castlebrook"}, nil},
		{"Tory MEP for Wessex Ruth Calder voted against.", []string{"Place:Wessex", "Person:Ruth Calder"}, []string{"Place:Wessex Ruth Calder"}},
		{"Owen Pryce, MP for Llanfor in Gwynedd, spoke first.", []string{"Place:Llanfor"}, []string{"Place:Llanfor in Gwynedd"}},
		{"As MP for Carnmoor and Plaid Cymru's leader, he objected.", []string{"Place:Carnmoor"}, []string{"Place:Carnmoor and Plaid Cymru"}},
		// Negative: a minister's portfolio after "for" is no place.
		{"Hans Rilke, Minister for Overseas Trade, arrived on Monday.", []string{"title:minister for overseas trade"}, []string{"Place:Overseas Trade"}},
	}
	for _, tc := range tests {
		checkFound(t, tc.text, find(t, tc.text), tc.want, tc.no)
	}
}
