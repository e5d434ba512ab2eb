package mention_test

import "testing"

func TestPluralsOfPeople(t *testing.T) {
	tests := []struct {
		text  string
		spans []string
		want  []string
		not   []string
	}{
		{"The minister told MSPs on Tuesday that the plan was ready.", []string{"ORG:MSPs"},
			nil, []string{"Organization:MSPs"}},
		{"Several Congressmen wrote to the agency.", []string{"ORG:Congressmen"},
			nil, []string{"Organization:Congressmen"}},
		{"Turnout among Muslims rose in the city of Leicester.", []string{"PER:Muslims", "LOC:Leicester"},
			[]string{"Place:Leicester"}, []string{"Person:Muslims"}},
		{"The new road will help Kashmiris travel.", []string{"LOC:Kashmiris"},
			nil, []string{"Place:Kashmiris"}},
		{"Retirement comes later for Europeans than for most.", []string{"ORG:Europeans"},
			nil, []string{"Organization:Europeans"}},
		// A country whose name ends like a plural keeps its place.
		{"Exports from the Philippines rose in May.", []string{"LOC:Philippines"},
			[]string{"Country:the Philippines"}, nil},
		// A company with an 's' at its end is no group of people.
		{"Shares in Tolvans fell after the results.", []string{"ORG:Tolvans"},
			[]string{"Organization:Tolvans"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := findTagged(t, tc.text, tc.spans)
			checkFound(t, tc.text, got, tc.want, tc.not)
		})
	}
}
