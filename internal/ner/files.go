package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// TextFiles expands paths to the text files they name: a file is taken
// as it is, a directory stands for the *.txt files under it, and a glob
// pattern for its matches. The result is sorted and without duplicates,
// so that training does not depend on the order of the arguments.
func TextFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		matches := []string{p}
		if strings.ContainsAny(p, "*?[") {
			m, err := filepath.Glob(p)
			if err != nil {
				return nil, fmt.Errorf("ner: %s: %w", p, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("ner: %s: no files match", p)
			}
			matches = m
		}
		for _, m := range matches {
			fi, err := os.Stat(m)
			if err != nil {
				return nil, fmt.Errorf("ner: %w", err)
			}
			if !fi.IsDir() {
				out = append(out, m)
				continue
			}
			err = filepath.WalkDir(m, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && strings.HasSuffix(d.Name(), ".txt") {
					out = append(out, path)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("ner: %w", err)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// LoadFile reads a model file written by WriteFile, gzipped or not.
func LoadFile(path string) (*Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
		m, err := ReadGzip(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return m, nil
	}
	m, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// WriteFile writes m to path, gzipped when the name ends in ".gz". The
// same model always gives the same bytes.
func (m *Model) WriteFile(path string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("ner: %w", cerr)
		}
	}()
	w := bufio.NewWriter(f)
	if strings.HasSuffix(path, ".gz") {
		zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
		if err != nil {
			return fmt.Errorf("ner: %w", err)
		}
		if _, err := m.WriteTo(zw); err != nil {
			return fmt.Errorf("ner: %s: %w", path, err)
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("ner: %s: %w", path, err)
		}
	} else if _, err := m.WriteTo(w); err != nil {
		return fmt.Errorf("ner: %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("ner: %s: %w", path, err)
	}
	return nil
}
