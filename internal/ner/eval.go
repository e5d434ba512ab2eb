package ner

import (
	"context"
	"fmt"
	"io"
)

// scoreDocuments scores predicted labels against the gold tags in column
// gold of docs (negative counts from the last column), feeding the scorer
// what conlleval would read from the file with the predictions appended:
// a -DOCSTART- line is a token tagged O by the tagger.
//
// Predictions are written in the gold tags' scheme: IOB1 when the gold
// tags are IOB1 (an I- tag starts an entity), IOB2 otherwise, so that token
// accuracy compares like with like.
func scoreDocuments(docs []Document, gold int, pred func(d, s int) []Label) (*Score, error) {
	iob1, err := isIOB1(docs, gold)
	if err != nil {
		return nil, err
	}
	var sc Scorer
	for d := range docs {
		doc := &docs[d]
		if doc.DocStart {
			g := "O"
			if k := len(doc.DocStartFields) + gold; gold < 0 && k >= 1 {
				g = doc.DocStartFields[k]
			} else if gold > 0 && gold < len(doc.DocStartFields) {
				g = doc.DocStartFields[gold]
			}
			sc.Add(g, "O")
			sc.Boundary()
		}
		for s := range doc.Sentences {
			sent := &doc.Sentences[s]
			tags, err := sent.Column(gold)
			if err != nil {
				return nil, err
			}
			labels := pred(d, s)
			prev := O
			for i, t := range tags {
				l := labels[i]
				if iob1 && l.Begin() && prev.Type() != l.Type() {
					sc.Add(t, Inside(l.Type()).String())
				} else {
					sc.Add(t, l.String())
				}
				prev = l
			}
			sc.Boundary()
		}
	}
	return sc.Score(), nil
}

// Evaluate tags the CoNLL file read from r with m and scores the result
// against the gold tags in the file's last column (IOB1 or IOB2), as
// conlleval would score the file with the predicted tags appended.
// Documents are tagged whole, so document-level features see every
// sentence of a -DOCSTART- document.
func Evaluate(ctx context.Context, m *Model, r io.Reader) (*Score, error) {
	docs, err := ReadCoNLL(r)
	if err != nil {
		return nil, err
	}
	return evaluateDocuments(ctx, m, docs)
}

// evaluateDocuments tags docs with m and scores the tags against the last
// column.
func evaluateDocuments(ctx context.Context, m *Model, docs []Document) (*Score, error) {
	for d := range docs {
		for s := range docs[d].Sentences {
			for i, f := range docs[d].Sentences[s].Fields {
				if len(f) < 2 {
					return nil, fmt.Errorf("token %q has no tag column", docs[d].Sentences[s].Words[i])
				}
			}
		}
	}
	preds := make([][][]Label, len(docs))
	t := m.NewTagger()
	for d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		words := make([][]string, len(docs[d].Sentences))
		for s := range docs[d].Sentences {
			words[s] = docs[d].Sentences[s].Words
		}
		preds[d] = t.TagDocument(words, nil)
	}
	return scoreDocuments(docs, -1, func(d, s int) []Label { return preds[d][s] })
}

// isIOB1 reports whether the tags in column col of docs are IOB1: some I-
// tag starts an entity and no B- tag does.
func isIOB1(docs []Document, col int) (bool, error) {
	iob1, iob2 := false, false
	for d := range docs {
		for s := range docs[d].Sentences {
			tags, err := docs[d].Sentences[s].Column(col)
			if err != nil {
				return false, err
			}
			prevType := ""
			for _, t := range tags {
				p, typ := splitTag(t)
				if typ != "" && typ != prevType {
					switch p {
					case "I":
						iob1 = true
					case "B":
						iob2 = true
					}
				}
				prevType = typ
			}
		}
	}
	return iob1 && !iob2, nil
}
