package mention_test

import "testing"

func TestAbbreviatedTitlesWithoutStops(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		// British style drops the full stop: "Gen" and "Prof" are titles,
		// named in full, and stay out of the holder's name.
		{"Troops loyal to Gen Arvo Linde took the town.", []string{"title:general", "Person:Arvo Linde"}, []string{"Person:Gen Arvo Linde"}},
		{"The study was led by Prof Ilse Marten of Leeds.", []string{"title:professor", "Person:Ilse Marten"}, []string{"Person:Prof Ilse Marten"}},
		// A written-out title stays as written.
		{"Ida Marsh, the chair of Tarvo, spoke.", []string{"title:chair"}, []string{"title:chairman"}},
		// Not a title in running lower-case text.
		{"A new gen of phones went on sale.", nil, []string{"title:general"}},
	}
	for _, tc := range tests {
		got := find(t, tc.text)
		checkFound(t, tc.text, got, tc.want, tc.no)
	}
}
