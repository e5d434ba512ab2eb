package token

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZShow(t *testing.T) {
	for _, p := range strings.Fields(os.Getenv("ZZ_FILES")) {
		b, _ := os.ReadFile(p)
		s := string(b)
		var out []string
		for _, tk := range Tokenize(s, 0, len(s)) {
			out = append(out, Normal(tk.Text(s)))
		}
		fmt.Println(strings.Join(out, " "))
	}
}
