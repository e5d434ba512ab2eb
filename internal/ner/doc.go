// Package ner is newsgraph's named-entity tagger: it labels the tokens of
// news sentences with the CoNLL-2003 types PER, ORG, LOC and MISC.
//
// The tagger is a linear model trained with averaged perceptrons and
// decoded with Viterbi over IOB2 labels. Its features are the word, its
// lower-case form, shape, prefixes and suffixes, the words and shapes
// around it, word clusters learnt from unlabeled news (BuildClusters),
// names and name words from the training data (cross-validated) and from
// package lexicon, the case a word has in running text when a headline
// is in capitals, and how the document tagged the word before. A second
// stage tags each document again knowing how the first tagged every
// mention of each capitalised word.
//
// A trained model is embedded in the binary (Default); README.md says
// how it was made. Tagging is allocation-free once a Tagger's buffers have
// grown:
//
//	m, err := ner.Default()
//	...
//	labels := m.Tag([]string{"Angela", "Merkel", "visited", "Paris", "."}, nil)
//	for _, s := range ner.Spans(labels, nil) {
//		fmt.Println(s.Type, s.Start, s.End) // PER 0 2, LOC 3 4
//	}
//
// Tokens should be split as CoNLL-2003 splits them: package token does,
// with token.Normal for quotes and dashes. Tag a whole document with
// TagDocument where one is at hand: it reads headlines in capitals better
// and tags repeated names consistently.
//
// Evaluate and ScoreColumns score tags as the CoNLL script conlleval
// does.
package ner
