package token_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/internal/token"
)

func ExampleTokenize() {
	text := "Russia’s U.S.-supplied 10-point plan—“imminent”.But"
	for _, t := range token.Tokenize(text, 0, len(text)) {
		fmt.Printf("%s ", token.Normal(t.Text(text)))
	}
	fmt.Println()
	// Output: Russia 's U.S.-supplied 10-point plan -- " imminent " . But
}
