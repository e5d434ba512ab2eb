package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// DocStart is the first field of the line that starts a CoNLL document.
const DocStart = "-DOCSTART-"

// Document is one document of a CoNLL file: the sentences that follow a
// -DOCSTART- line, or the whole file when it has none.
type Document struct {
	// DocStart reports whether the document began with a -DOCSTART- line.
	DocStart bool
	// DocStartFields are the fields of that line.
	DocStartFields []string
	// Sentences are the document's sentences in order.
	Sentences []Sentence
}

// Sentence is one sentence of a CoNLL file: one token a line, the token in
// the first column.
type Sentence struct {
	// Words are the tokens, the first column of each line.
	Words []string
	// Fields are all the white-space separated columns of each line.
	Fields [][]string
}

// Column returns column c of every token line; a negative c counts from
// the last column (-1 is the last).
func (s *Sentence) Column(c int) ([]string, error) {
	out := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		k := c
		if k < 0 {
			k += len(f)
		}
		if k < 0 || k >= len(f) {
			return nil, fmt.Errorf("token %q has %d columns, no column %d", s.Words[i], len(f), c)
		}
		out[i] = f[k]
	}
	return out, nil
}

// ReadCoNLL reads a CoNLL-format file: one token a line with white-space
// separated columns, the token first; blank lines between sentences;
// -DOCSTART- lines between documents.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var (
		docs []Document
		cur  *Document
		sent Sentence
	)
	flush := func() {
		if len(sent.Words) == 0 {
			return
		}
		if cur == nil {
			docs = append(docs, Document{})
			cur = &docs[len(docs)-1]
		}
		cur.Sentences = append(cur.Sentences, sent)
		sent = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flush()
		case fields[0] == DocStart:
			flush()
			docs = append(docs, Document{DocStart: true, DocStartFields: fields})
			cur = &docs[len(docs)-1]
		default:
			sent.Words = append(sent.Words, fields[0])
			sent.Fields = append(sent.Fields, fields)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll: line %d: %w", line+1, err)
	}
	flush()
	return docs, nil
}

// labelsOf parses the tags of column col (negative counts from the end)
// as IOB1 or IOB2 and returns them as IOB2 labels.
func labelsOf(s *Sentence, col int) ([]Label, error) {
	tags, err := s.Column(col)
	if err != nil {
		return nil, err
	}
	out := make([]Label, len(tags))
	for i, t := range tags {
		l, ok := ParseLabel(t)
		if !ok {
			return nil, fmt.Errorf("token %q: bad tag %q", s.Words[i], t)
		}
		out[i] = l
	}
	return ToIOB2(out), nil
}
