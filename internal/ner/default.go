package ner

import (
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sync"
)

// The model trained on CoNLL-2003 (see README.md in this directory for
// how it was made). It is stored as it is, not gzipped: inflating it
// would double the time Default takes.
//
//go:embed model/ner.model
var defaultModel []byte

// Default returns the model embedded in the binary, decoded once, on
// first use. It is safe for concurrent use.
func Default() (*Model, error) {
	return loadDefault()
}

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := Decode(defaultModel)
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	return m, nil
})

// ReadGzip reads a gzipped model file (see Model.WriteTo).
func ReadGzip(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	return Decode(b)
}
