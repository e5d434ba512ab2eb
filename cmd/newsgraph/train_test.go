package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/ner"
)

// tinyCoNLL is a small CoNLL file written for the tagger's tests.
const tinyCoNLL = "../../internal/ner/testdata/tiny.conll"

func TestTrainNERFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    trainNEROptions
		wantErr bool
	}{
		{"minimal", []string{"ner", "--train", "a", "-o", "m.gz"},
			trainNEROptions{Train: "a", Output: "m.gz", Epochs: 12, Seed: 1}, false},
		{"all", []string{"ner", "--train", "a", "--dev", "b", "-o", "m", "--epochs", "3", "--seed", "9",
			"--unlabeled", "x", "--unlabeled", "y/*.txt", "--one-stage"},
			trainNEROptions{Train: "a", Dev: "b", Output: "m", Epochs: 3, Seed: 9, Unlabeled: []string{"x", "y/*.txt"}, OneStage: true}, false},
		{"no train", []string{"ner", "-o", "m"}, trainNEROptions{}, true},
		{"no output", []string{"ner", "--train", "a"}, trainNEROptions{}, true},
		{"argument", []string{"ner", "--train", "a", "-o", "m", "extra"}, trainNEROptions{}, true},
		{"bad epochs", []string{"ner", "--train", "a", "-o", "m", "--epochs", "x"}, trainNEROptions{}, true},
		{"unknown model", []string{"pos"}, trainNEROptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *trainNEROptions
			cmd := newTrainCmd(streams{Out: io.Discard, Err: io.Discard}, func(o *trainNEROptions) error {
				got = o
				return nil
			})
			if !executeFlags(t, cmd, tt.args, tt.wantErr) {
				return
			}
			if got.Train != tt.want.Train || got.Dev != tt.want.Dev || got.Output != tt.want.Output ||
				got.Epochs != tt.want.Epochs || got.Seed != tt.want.Seed || got.OneStage != tt.want.OneStage ||
				!slices.Equal(got.Unlabeled, tt.want.Unlabeled) {
				t.Errorf("got options %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestRunTrainNER(t *testing.T) {
	dir := t.TempDir()
	unlabeled := filepath.Join(dir, "news.txt")
	if err := os.WriteFile(unlabeled, []byte("Anna Berg flew to Oslo on Monday. Karl Moser flew to Vienna on Sunday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out [2][]byte
	for i := range out {
		path := filepath.Join(dir, "m"+string(rune('a'+i))+".model.gz")
		var stdout, stderr bytes.Buffer
		opts := &trainNEROptions{
			io:    streams{Out: &stdout, Err: &stderr},
			ctx:   context.Background(),
			Train: tinyCoNLL, Dev: tinyCoNLL, Output: path,
			Epochs: 3, Seed: 5, Unlabeled: []string{dir + "/*.txt"},
		}
		if err := runTrainNER(opts); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stderr.String(), "dev F1") || !strings.Contains(stdout.String(), "wrote "+path) {
			t.Errorf("got output %q and progress %q", stdout.String(), stderr.String())
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = b
		if _, err := ner.LoadFile(path); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Error("the same command wrote different model files")
	}
	err := runTrainNER(&trainNEROptions{io: streams{Out: io.Discard, Err: io.Discard}, Train: filepath.Join(dir, "missing"), Output: filepath.Join(dir, "x")})
	if err == nil {
		t.Error("got no error for a missing training file")
	}
}

// TestTrainNERCoNLL runs the training command on CoNLL-2003 when
// NEWSGRAPH_TRAIN_NER is set to the model file to write; it is how the
// embedded model is made (see internal/ner/README.md).
func TestTrainNERCoNLL(t *testing.T) {
	out := os.Getenv("NEWSGRAPH_TRAIN_NER")
	if out == "" {
		t.Skip("set NEWSGRAPH_TRAIN_NER=PATH to train the tagger on ../shared/data")
	}
	data := "../../../shared/data"
	if _, err := os.Stat(filepath.Join(data, "conll2003/eng.train")); err != nil {
		t.Skipf("no CoNLL-2003 data: %v", err)
	}
	cmd := newTrainCmd(streams{Out: os.Stdout, Err: os.Stderr}, nil)
	cmd.SetArgs([]string{"ner",
		"--train", data + "/conll2003/eng.train",
		"--dev", data + "/conll2003/eng.testa",
		"--unlabeled", data + "/reuters21578",
		"--unlabeled", data + "/bbc_news",
		"-o", out})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
}
