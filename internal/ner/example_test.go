package ner_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/token"
)

func Example() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "German Chancellor Angela Merkel met NATO officials in Brussels on Monday."
	var words []string
	for _, t := range token.Tokenize(text, 0, len(text)) {
		words = append(words, token.Normal(t.Text(text)))
	}
	labels := m.Tag(words, nil)
	for _, s := range ner.Spans(labels, nil) {
		fmt.Println(s.Type, strings.Join(words[s.Start:s.End], " "))
	}
	// Output:
	// MISC German
	// PER Angela Merkel
	// ORG NATO
	// LOC Brussels
}

func ExampleScorer() {
	var s ner.Scorer
	gold := []string{"I-PER", "I-PER", "O", "I-LOC"}
	guess := []string{"B-PER", "I-PER", "O", "B-ORG"}
	for i := range gold {
		s.Add(gold[i], guess[i])
	}
	score := s.Score()
	fmt.Printf("P %.2f R %.2f F1 %.2f\n", score.Overall.Precision(), score.Overall.Recall(), score.Overall.F1())
	// Output: P 0.50 R 0.50 F1 0.50
}
