package ner

import (
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/internal/token"
)

// ReadUnlabeled reads text files and splits each into tokens as the
// tagger sees them at run time (package token, with Normal forms).
func ReadUnlabeled(paths []string) ([][]string, error) {
	out := make([][]string, 0, len(paths))
	var toks []token.Token
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("ner: unlabeled text: %w", err)
		}
		text := string(b)
		toks = token.Append(toks[:0], text, 0, len(text))
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = token.Normal(t.Text(text))
		}
		out = append(out, words)
	}
	return out, nil
}
