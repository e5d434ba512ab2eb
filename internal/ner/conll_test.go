package ner

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"
)

// devPath is the CoNLL-2003 development file, outside the project.
const devPath = "../../../shared/data/conll2003/eng.testa"

// TestCoNLLDev scores the embedded model on CoNLL-2003 eng.testa.
func TestCoNLLDev(t *testing.T) {
	f, err := os.Open(devPath)
	if err != nil {
		t.Skipf("no CoNLL-2003 development data (../shared/data): %v", err)
	}
	defer f.Close()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	s, err := Evaluate(context.Background(), m, f)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	s.WriteTable(&buf)
	t.Logf("eng.testa, tagged in %v:\n%s", time.Since(t0), buf.String())
	if f1 := s.Overall.F1(); f1 < 0.90 {
		t.Errorf("got F1 %.4f, want at least 0.90", f1)
	}
	if s.Overall.Gold != 5942 || s.Tokens != 51578 {
		t.Errorf("got %d entities, %d tokens, want 5942, 51578 (conlleval's counts)", s.Overall.Gold, s.Tokens)
	}
}
