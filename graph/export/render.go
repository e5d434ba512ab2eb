package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/goccy/go-graphviz"
)

// renderer serialises the use of Graphviz: go-graphviz runs one
// WebAssembly instance for the whole process, which is not safe for
// concurrent use. A render that outlives its context keeps the slot until
// it ends.
var renderer = make(chan struct{}, 1)

// pngDPI is the resolution of PNG output (Graphviz's default, 72, gives
// blurry text).
const pngDPI = 96

// Render lays out the DOT text with layout (one of Layouts; empty means
// dot) and writes the drawing to w as format, "svg" or "png".
//
// Graphviz runs as WebAssembly that cannot be interrupted: when ctx ends
// first, Render returns ctx's error at once and writes nothing, while the
// abandoned layout finishes in the background and holds up later renders
// in this process until it does. A command that exits on the error loses
// nothing; a server should bound the size of what it draws.
func Render(ctx context.Context, w io.Writer, dot []byte, format, layout string) error {
	layout, err := checkLayout(layout)
	if err != nil {
		return err
	}
	var gvFormat graphviz.Format
	switch format {
	case "svg":
		gvFormat = graphviz.SVG
	case "png":
		gvFormat = graphviz.PNG
	default:
		return fmt.Errorf("export: cannot render %q (only svg and png)", format)
	}
	if err := ctx.Err(); err != nil {
		return renderError(layout, err)
	}
	select {
	case renderer <- struct{}{}:
	case <-ctx.Done():
		return renderError(layout, ctx.Err())
	}
	type result struct {
		out []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-renderer }()
		// The layout runs to its end even when ctx is cancelled: the
		// WebAssembly instance is shared and must not be left half-way.
		out, err := render(context.WithoutCancel(ctx), dot, gvFormat, layout)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return fmt.Errorf("export: %s layout: %w", layout, r.err)
		}
		if _, err := w.Write(r.out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	case <-ctx.Done():
		return renderError(layout, ctx.Err())
	}
}

func renderError(layout string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("export: the %s layout did not finish in time (select less with --focus/--hops, --types or --predicates, or try --layout sfdp): %w", layout, err)
	}
	return fmt.Errorf("export: %s layout: %w", layout, err)
}

// contexts are the Graphviz contexts by output format, made on first use
// and kept: making one registers callbacks that go-graphviz never frees.
// Only the holder of the renderer slot uses them.
var contexts = map[graphviz.Format]*graphviz.Graphviz{}

// render runs Graphviz on dot. The caller holds the renderer slot.
func render(ctx context.Context, dot []byte, format graphviz.Format, layout string) ([]byte, error) {
	gv := contexts[format]
	if gv == nil {
		var err error
		if format == graphviz.PNG {
			gv, err = newPNGGraphviz(ctx)
		} else {
			gv, err = graphviz.New(ctx)
		}
		if err != nil {
			return nil, err
		}
		// Never closed: closing a context only reports every warning
		// Graphviz printed (such as "falling back to straight line
		// edges") as an error.
		contexts[format] = gv
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("parse dot: %w", err)
	}
	defer g.Close()
	if format == graphviz.PNG {
		g.SetDPI(pngDPI)
	}
	gv.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, format, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
