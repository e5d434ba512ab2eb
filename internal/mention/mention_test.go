package mention_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// find returns the mentions of s as "Type:text" and titles as "title:t".
func find(t *testing.T, s string) []string {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	var f mention.Finder
	res := f.Find(a)
	var out []string
	for _, m := range res.Mentions {
		if m.Weak {
			continue
		}
		out = append(out, string(m.Type)+":"+a.Text(m.T0, m.T1))
	}
	for _, ti := range res.Titles {
		out = append(out, "title:"+ti.Title)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Russian President Vladimir Putin met NATO officials.", []string{"Person:Vladimir Putin", "Organization:NATO", "title:president"}, []string{"Person:Russian"}},
		{"The Minsk agreements were signed in Minsk.", []string{"Agreement:Minsk agreements", "Place:Minsk"}, nil},
		{"He presented a 10-point plan.", []string{"Agreement:10-point plan"}, nil},
		{"French Agriculture Minister Francois Guillaume spoke.", []string{"Person:Francois Guillaume", "title:agriculture minister"}, nil},
		{"General Motors and Saab talked.", []string{"Organization:General Motors", "Organization:Saab"}, []string{"title:general"}},
		{"He listened to BBC Radio 4 on Sunday.", []string{"Organization:BBC Radio 4"}, nil},
		{"Sen. Tom Cotton wrote it.", []string{"Person:Tom Cotton", "title:senator"}, nil},
		{"Green MEP Caroline Lucas agreed.", []string{"Organization:Green", "Person:Caroline Lucas", "title:mep"}, nil},
		{"Analysts said a major aim was trade.", nil, []string{"title:major", "Person:Analysts"}},
		{"The lab is in Bethesda, Maryland.", []string{"Place:Bethesda", "Place:Maryland"}, nil},
		{"European marques Opel and Saab struggled.", []string{"Organization:Opel", "Organization:Saab"}, []string{"Person:European"}},
		{"They signed the EU Constitution in Rome.", []string{"Agreement:EU Constitution"}, nil},
		{"A group known as the P5+1 met.", []string{"Organization:P5+1"}, nil},
		{"German Foreign Minister Frank-Walter Steinmeier hosted them.", []string{"Person:Frank-Walter Steinmeier"}, nil},
		{"Nordwagen chief executive Helga Stark resigned.", []string{"Organization:Nordwagen", "Person:Helga Stark", "title:chief executive"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := find(t, tc.text)
			checkFound(t, tc.text, got, tc.want, tc.not)
		})
	}
}

// checkFound reports each of want missing from got and each of not in it
// (whole items of "Type:text" or "title:t").
func checkFound(t *testing.T, text string, got, want, not []string) {
	t.Helper()
	joined := "|" + strings.Join(got, "|") + "|"
	for _, w := range want {
		if !strings.Contains(joined, "|"+w+"|") {
			t.Errorf("%q: missing %q; got %q", text, w, got)
		}
	}
	for _, n := range not {
		if strings.Contains(joined, "|"+n+"|") {
			t.Errorf("%q: unwanted %q; got %q", text, n, got)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	s := strings.Repeat("Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Antony Blinken in Geneva.But the talks—the first since Poland, Hungary and the Czech Republic joined NATO—failed. ", 50)
	doc, _ := text.FromBytes("bench", []byte(s))
	a := text.Analyze(doc)
	var f mention.Finder
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		f.Find(a)
	}
}
