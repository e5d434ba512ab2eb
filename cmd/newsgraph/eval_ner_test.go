package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/ner"
)

// scoreCoNLL has gold and predicted tags with hand-counted scores (see
// internal/ner/score_test.go).
const scoreCoNLL = "../../internal/ner/testdata/score.conll"

func TestEvalNERFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    evalNEROptions
		wantErr bool
	}{
		{"file", []string{"a.conll"}, evalNEROptions{File: "a.conll"}, false},
		{"model", []string{"--model", "m.gz", "a.conll"}, evalNEROptions{File: "a.conll", Model: "m.gz"}, false},
		{"predicted", []string{"a.conll", "--predicted"}, evalNEROptions{File: "a.conll", Predicted: true}, false},
		{"both", []string{"--model", "m", "--predicted", "a"}, evalNEROptions{}, true},
		{"no file", nil, evalNEROptions{}, true},
		{"two files", []string{"a", "b"}, evalNEROptions{}, true},
		{"bad flag", []string{"--nope", "a"}, evalNEROptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *evalNEROptions
			cmd := newEvalNERCmd(streams{Out: io.Discard, Err: io.Discard}, func(o *evalNEROptions) error {
				got = o
				return nil
			})
			if !executeFlags(t, cmd, tt.args, tt.wantErr) {
				return
			}
			if got.File != tt.want.File || got.Model != tt.want.Model || got.Predicted != tt.want.Predicted {
				t.Errorf("got options %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestRunEvalNERPredicted(t *testing.T) {
	var out bytes.Buffer
	opts := &evalNEROptions{io: streams{Out: &out, Err: io.Discard}, ctx: context.Background(), File: scoreCoNLL, Predicted: true}
	if err := runEvalNER(opts); err != nil {
		t.Fatal(err)
	}
	// 11 gold entities, 12 guessed, 6 correct: P 50.00, R 54.55, F1 52.17.
	for _, want := range []string{"overall", "11", "12", "50.00", "54.55", "52.17", "tokens: 33"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunEvalNERModel(t *testing.T) {
	train, err := os.ReadFile(tinyCoNLL)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ner.Train(context.Background(), ner.TrainOptions{Train: bytes.NewReader(train), Epochs: 8, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tiny.model")
	if err := m.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	opts := &evalNEROptions{io: streams{Out: &out, Err: io.Discard}, ctx: context.Background(), File: tinyCoNLL, Model: path}
	if err := runEvalNER(opts); err != nil {
		t.Fatal(err)
	}
	// The model tags its own training data nearly perfectly.
	if !strings.Contains(out.String(), "overall") || !strings.Contains(out.String(), "tokens: 193") {
		t.Errorf("unexpected output:\n%s", out.String())
	}

	for _, bad := range []*evalNEROptions{
		{File: filepath.Join(t.TempDir(), "missing")},
		{File: tinyCoNLL, Model: filepath.Join(t.TempDir(), "missing")},
	} {
		bad.io = streams{Out: io.Discard, Err: io.Discard}
		if err := runEvalNER(bad); err == nil {
			t.Errorf("%+v: got no error", bad)
		}
	}
}

// TestRunEvalNERCoNLL scores the embedded model on CoNLL-2003 eng.testa.
func TestRunEvalNERCoNLL(t *testing.T) {
	dev := "../../../shared/data/conll2003/eng.testa"
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("no CoNLL-2003 data (../shared/data): %v", err)
	}
	var out bytes.Buffer
	if err := runEvalNER(&evalNEROptions{io: streams{Out: &out, Err: io.Discard}, File: dev}); err != nil {
		t.Fatal(err)
	}
	t.Logf("newsgraph eval ner %s:\n%s", dev, out.String())
}
