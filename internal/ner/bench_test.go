package ner

import (
	"testing"
)

// benchSentences are news sentences, written for the benchmarks and split
// as package token splits them.
var benchSentences = [][]string{
	{"Russian", "President", "Vladimir", "Putin", "met", "German", "Chancellor", "Angela", "Merkel", "in", "Moscow", "on", "Tuesday", ",", "the", "Kremlin", "said", "."},
	{"Shares", "of", "Qwest", "Communications", "International", "Inc", "fell", "3.5", "percent", "to", "$", "10.25", "on", "the", "New", "York", "Stock", "Exchange", "."},
	{"The", "European", "Union", "'s", "foreign", "policy", "chief", ",", "Javier", "Solana", ",", "told", "reporters", "in", "Brussels", "that", "talks", "with", "Iran", "would", "resume", "next", "week", "."},
	{"SOCCER", "-", "MANCHESTER", "UNITED", "BEAT", "LIVERPOOL", "2-1", "IN", "PREMIER", "LEAGUE", "."},
	{"Kommersant", "reported", "that", "the", "U.S.-supplied", "equipment", "had", "arrived", "in", "Tbilisi", "on", "Monday", "."},
	{"\"", "We", "are", "not", "going", "to", "accept", "this", ",", "\"", "said", "Jean-Claude", "Juncker", ",", "Luxembourg", "'s", "prime", "minister", "."},
}

// benchSize returns the tokens and bytes (words and a space each) of the
// benchmark sentences.
func benchSize() (tokens, bytes int) {
	for _, s := range benchSentences {
		tokens += len(s)
		for _, w := range s {
			bytes += len(w) + 1
		}
	}
	return tokens, bytes
}

// BenchmarkTag tags sentences one at a time, each as a document of its
// own, with the embedded model.
func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	tokens, size := benchSize()
	t := m.NewTagger()
	var dst []Label
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range benchSentences {
			dst = t.Tag(s, dst)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagDocument tags the sentences as one document.
func BenchmarkTagDocument(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	tokens, size := benchSize()
	t := m.NewTagger()
	var dst [][]Label
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = t.TagDocument(benchSentences, dst)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
