package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"

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
// dot) and writes the drawing to w as format, "svg" or "png", with
// Graphviz compiled to WebAssembly. Diagram.Render draws a diagram, with
// the renderer its options pick and without overlapping nodes.
//
// Graphviz in WebAssembly cannot be interrupted: when ctx ends first,
// Render returns ctx's error at once and writes nothing, while the
// abandoned layout finishes in the background and holds up later renders
// in this process until it does. A command that exits on the error loses
// nothing; a server should bound the size of what it draws.
func Render(ctx context.Context, w io.Writer, dot []byte, format, layout string) error {
	layout, err := checkLayout(layout)
	if err != nil {
		return err
	}
	if layout == AutoLayout {
		layout = "dot"
	}
	if format != "svg" && format != "png" {
		return fmt.Errorf("export: cannot render %q (only svg and png)", format)
	}
	out, err := wasmRunner{}.run(ctx, dot, layout, format)
	if err != nil {
		if ctx.Err() != nil {
			return renderError(layout, ctx.Err())
		}
		return fmt.Errorf("export: %s layout: %w", layout, err)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func renderError(layout string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("export: the %s layout did not finish in time (draw less with --focus NAME --hops N, a smaller --max-nodes, --types or --predicates): %w", layout, err)
	}
	return fmt.Errorf("export: %s layout: %w", layout, err)
}

// Renderers of Options.Renderer.
const (
	// RendererAuto is a native Graphviz for large diagrams (those
	// AutoLayout draws with sfdp) when one is on PATH, and WebAssembly for
	// the others, or when there is none: for small diagrams a native
	// Graphviz is no faster (Debian's 2.43 routes lines around nodes more
	// slowly), for large ones it is faster (2.5 times for 300 entities and
	// 300 lines) and can be interrupted.
	RendererAuto = "auto"
	// RendererWasm is Graphviz compiled to WebAssembly, in-process
	// (go-graphviz): the same drawing on every machine.
	RendererWasm = "wasm"
	// RendererNative runs the Graphviz dot command found on PATH: faster
	// for large graphs (about three times for sfdp), and interrupted at
	// once when its context ends.
	RendererNative = "native"
)

// Renderers lists the values of Options.Renderer; the first, auto, is the
// default.
func Renderers() []string { return []string{RendererAuto, RendererWasm, RendererNative} }

// checkRenderer returns the renderer to use for name.
func checkRenderer(name string) (string, error) {
	if name == "" {
		return RendererAuto, nil
	}
	r := strings.ToLower(name)
	if !slices.Contains(Renderers(), r) {
		return "", fmt.Errorf("export: unknown renderer %q (have %s)", name, strings.Join(Renderers(), ", "))
	}
	return r, nil
}

// NativeGraphviz returns the path of the Graphviz dot command on PATH, or
// "" when there is none.
func NativeGraphviz() string {
	path, err := exec.LookPath("dot")
	if err != nil {
		return ""
	}
	return path
}

// runner runs Graphviz on DOT text: lays it out with layout (a Graphviz
// engine, nop2 included) and writes it as format (svg, png or plain).
type runner interface {
	run(ctx context.Context, dot []byte, layout, format string) ([]byte, error)
	name() string
}

// wasmRunner is Graphviz compiled to WebAssembly.
type wasmRunner struct{}

func (wasmRunner) name() string { return RendererWasm }

func (wasmRunner) run(ctx context.Context, dot []byte, layout, format string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case renderer <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
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
		out, err := render(context.WithoutCancel(ctx), dot, graphviz.Format(format), layout)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// nativeRunner runs the Graphviz dot command at path.
type nativeRunner struct{ path string }

func (nativeRunner) name() string { return RendererNative }

func (r nativeRunner) run(ctx context.Context, dot []byte, layout, format string) ([]byte, error) {
	args := []string{"-K" + layout, "-T" + format}
	if format == "png" {
		args = append(args, "-Gdpi="+strconv.Itoa(pngDPI))
	}
	cmd := exec.CommandContext(ctx, r.path, args...)
	cmd.Stdin = bytes.NewReader(dot)
	var out bytes.Buffer
	stderr := &cappedWriter{max: 4 << 10}
	cmd.Stdout, cmd.Stderr = &out, stderr
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.buf.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg != "" {
			return nil, fmt.Errorf("%s: %w: %s", r.path, err, msg)
		}
		return nil, fmt.Errorf("%s: %w", r.path, err)
	}
	return out.Bytes(), nil
}

// cappedWriter keeps the first max bytes written to it.
type cappedWriter struct {
	buf bytes.Buffer
	max int
}

// Write keeps what fits and reports p written whole, so that a command
// never fails for what it says on standard error.
func (c *cappedWriter) Write(p []byte) (int, error) {
	if room := c.max - c.buf.Len(); room > 0 {
		c.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

// contexts are the Graphviz contexts by output format, made on first use
// and kept: making one registers callbacks that go-graphviz never frees.
// Only the holder of the renderer slot uses them.
var contexts = map[graphviz.Format]*graphviz.Graphviz{}

// resetDOT is the graph resetRandom lays out.
var resetDOT = []byte("graph { layout=sfdp; start=1; a -- b -- c -- a }")

// resetRandom puts the C library's random generator of the WebAssembly
// Graphviz in the same state before every force-directed layout. sfdp
// seeds it from the start attribute only after it has drawn from it to
// coarsen the graph, so that in a long-lived instance its layout of a
// graph depends on the layout before (a new process does not see this:
// it starts from the same state every time). Laying out a triangle, which
// needs no coarsening, leaves the generator in one state whatever came
// before.
func resetRandom(ctx context.Context) error {
	gv, err := graphvizFor(ctx, graphviz.SVG)
	if err != nil {
		return err
	}
	g, err := graphviz.ParseBytes(resetDOT)
	if err != nil {
		return fmt.Errorf("parse dot: %w", err)
	}
	defer g.Close()
	gv.SetLayout(graphviz.SFDP)
	return gv.Render(ctx, g, graphviz.Format("plain"), io.Discard)
}

// graphvizFor returns the Graphviz context that writes format: Graphviz's
// own renderers (svg, plain), or pngEngine for png. The caller holds the
// renderer slot.
func graphvizFor(ctx context.Context, format graphviz.Format) (*graphviz.Graphviz, error) {
	key := format
	if key != graphviz.PNG {
		key = graphviz.SVG
	}
	gv := contexts[key]
	if gv == nil {
		var err error
		if key == graphviz.PNG {
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
		contexts[key] = gv
	}
	return gv, nil
}

// render runs Graphviz on dot. The caller holds the renderer slot.
func render(ctx context.Context, dot []byte, format graphviz.Format, layout string) ([]byte, error) {
	if layout == "sfdp" || layout == "fdp" || layout == "neato" {
		if err := resetRandom(ctx); err != nil {
			return nil, err
		}
	}
	gv, err := graphvizFor(ctx, format)
	if err != nil {
		return nil, err
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
