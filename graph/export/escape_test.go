package export

import "testing"

func TestQuoteText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Vladimir Putin", `"Vladimir Putin"`},
		{`Minsk "II"`, `"Minsk \"II\""`},
		{`a\b`, `"a\\b"`},
		{"two\nlines\r\n", `"two\nlines\n"`},
		{"tab\there\x00", `"tab here "`},
		{"Česká republika", `"Česká republika"`},
		{"bad \xff byte", "\"bad \uFFFD byte\""},
		{`\N`, `"\\N"`},
	}
	for _, tt := range tests {
		if got := quoteText(tt.in); got != tt.want {
			t.Errorf("quoteText(%q): got %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestEscapeHTML(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"plain", "plain"},
		{`<b> & "q"`, "&lt;b&gt; &amp; &quot;q&quot;"},
		{"bad \xff", "bad \uFFFD"},
	}
	for _, tt := range tests {
		if got := escapeHTML(tt.in); got != tt.want {
			t.Errorf("escapeHTML(%q): got %s, want %s", tt.in, got, tt.want)
		}
	}
}

func FuzzQuoteText(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, "a\nb", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := quoteText(s)
		if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
			t.Fatalf("quoteText(%q) = %s: not quoted", s, q)
		}
		body := q[1 : len(q)-1]
		for i := 0; i < len(body); i++ {
			switch body[i] {
			case '\\':
				i++ // an escape: the next byte is escaped
				if i == len(body) {
					t.Fatalf("quoteText(%q) = %s ends in a lone backslash", s, q)
				}
			case '"':
				t.Fatalf("quoteText(%q) = %s has an unescaped quote", s, q)
			case '\n', '\r':
				t.Fatalf("quoteText(%q) = %s has a raw line break", s, q)
			}
		}
	})
}
