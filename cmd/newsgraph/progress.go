package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/ingest"
)

// isTerminal reports whether w is a terminal: progress is drawn there and
// nowhere else (not in files, pipes or logs).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0 && fi.Mode()&os.ModeDevice != 0
}

// progressLine draws the progress of an ingest on one line of a terminal,
// redrawn at most ten times a second. Lines written through it (skipped
// files) go above the progress line.
type progressLine struct {
	mu    sync.Mutex
	w     io.Writer
	last  time.Time
	start time.Time
	shown bool
	p     ingest.Progress
	width int
}

func newProgressLine(w io.Writer) *progressLine {
	width := 100
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 20 {
		width = n
	}
	return &progressLine{w: w, start: time.Now(), width: width}
}

// update records the progress and redraws the line when it is due.
func (l *progressLine) update(p ingest.Progress) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.p = p
	if time.Since(l.last) < 100*time.Millisecond {
		return
	}
	l.draw()
}

func (l *progressLine) draw() {
	l.last = time.Now()
	fmt.Fprint(l.w, "\r\033[K"+l.text())
	l.shown = true
}

// text is the progress line: files, documents, skipped, the current file.
func (l *progressLine) text() string {
	p := l.p
	var b strings.Builder
	if p.Files > 0 {
		fmt.Fprintf(&b, "[%d/%d files, %d%%] ", p.File, p.Files, 100*(p.File-1)/p.Files)
	}
	fmt.Fprintf(&b, "%d documents, %d skipped, %s", p.Documents, p.Skipped, time.Since(l.start).Round(time.Second))
	if p.Path != "" {
		b.WriteString(": " + p.Path)
		if p.Size > 4<<20 {
			done := min(p.Done, p.Size)
			fmt.Fprintf(&b, " (%d of %d MB)", done>>20, p.Size>>20)
		}
	}
	s := b.String()
	if utf8.RuneCountInString(s) >= l.width {
		r := []rune(s)
		s = string(r[:l.width-2]) + "…"
	}
	return s
}

// Write writes p above the progress line.
func (l *progressLine) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.shown {
		fmt.Fprint(l.w, "\r\033[K")
		l.shown = false
	}
	n, err := l.w.Write(p)
	l.draw()
	return n, err
}

// clear erases the progress line.
func (l *progressLine) clear() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.shown {
		fmt.Fprint(l.w, "\r\033[K")
		l.shown = false
	}
}
