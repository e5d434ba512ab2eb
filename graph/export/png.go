package export

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"math"
	"sync"

	"github.com/fogleman/gg"
	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/gvc"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// pngEngine draws PNG images for go-graphviz. It replaces the library's
// own PNG renderer, which in v0.2.10 fills every shape it is given: edges
// come out as dark blobs and node borders are lost, because the "filled"
// flag reaching Go is always set. This engine fills a shape when its fill
// colour is not transparent and strokes it with the pen, the way
// Graphviz's own renderers do for the filled shapes newsgraph draws; edge
// curves are only stroked. Text uses the Go fonts, shrunk when needed to the width
// Graphviz reserved for it.
type pngEngine struct {
	*gvc.DefaultRenderEngine
	dc     *gg.Context
	sx, sy float64 // the page's scale: reading it from the job is slow
}

// newPNGGraphviz returns a Graphviz context whose "png" format uses
// pngEngine; "svg" is Graphviz's own.
func newPNGGraphviz(ctx context.Context) (*graphviz.Graphviz, error) {
	rp, err := gvc.NewRenderPlugin(ctx, "png", &pngEngine{DefaultRenderEngine: new(gvc.DefaultRenderEngine)})
	if err != nil {
		return nil, err
	}
	dp, err := gvc.PNGDevicePlugin(ctx)
	if err != nil {
		return nil, err
	}
	return graphviz.NewWithPlugins(ctx, rp, dp)
}

func (e *pngEngine) x(_ *gvc.Job, x float64) float64 { return e.sx * x }
func (e *pngEngine) y(_ *gvc.Job, y float64) float64 { return -e.sy * y }

// BeginPage starts a blank image of the page's size.
func (e *pngEngine) BeginPage(_ context.Context, job *gvc.Job) error {
	e.dc = gg.NewContext(int(job.Width()), int(job.Height()))
	scale := job.Scale()
	e.sx, e.sy = scale.X(), scale.Y()
	t := job.Translation()
	e.dc.Translate(e.sx*t.X(), -e.sy*t.Y())
	return nil
}

// EndPage encodes the image as the job's output.
func (e *pngEngine) EndPage(_ context.Context, job *gvc.Job) error {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, e.dc.Image()); err != nil {
		return err
	}
	job.SetOutputData(buf.Bytes())
	job.SetOutputDataPosition(uint(buf.Len()))
	e.dc = nil
	return nil
}

func setColor(dc *gg.Context, c *gvc.Color) bool {
	rgba := c.RGBAUint()
	if rgba[3] == 0 {
		return false
	}
	dc.SetRGBA255(int(rgba[0]), int(rgba[1]), int(rgba[2]), int(rgba[3]))
	return true
}

// paint fills the current path with the fill colour, then strokes it with
// the pen.
func (e *pngEngine) paint(job *gvc.Job, fill bool) {
	o := job.Object()
	if fill && setColor(e.dc, o.FillColor()) {
		e.dc.FillPreserve()
	}
	if o.Pen() != gvc.PenNone && setColor(e.dc, o.PenColor()) {
		e.dc.SetLineWidth(math.Max(o.PenWidth()*e.sx, 0.5))
		switch o.Pen() {
		case gvc.PenDashed:
			e.dc.SetDash(6, 4)
		case gvc.PenDotted:
			e.dc.SetDash(1.5, 3)
		default:
			e.dc.SetDash()
		}
		e.dc.StrokePreserve()
	}
	e.dc.ClearPath()
}

// Ellipse draws the ellipse centred at p[0] through corner p[1].
func (e *pngEngine) Ellipse(_ context.Context, job *gvc.Job, p []*gvc.PointFloat, _ bool) error {
	if len(p) < 2 {
		return nil
	}
	rx := math.Abs(e.x(job, p[1].X()-p[0].X()))
	ry := math.Abs(e.y(job, p[1].Y()-p[0].Y()))
	e.dc.DrawEllipse(e.x(job, p[0].X()), e.y(job, p[0].Y()), rx, ry)
	e.paint(job, true)
	return nil
}

// Polygon draws a closed polygon.
func (e *pngEngine) Polygon(_ context.Context, job *gvc.Job, a []*gvc.PointFloat, _ bool) error {
	if len(a) == 0 {
		return nil
	}
	e.dc.MoveTo(e.x(job, a[0].X()), e.y(job, a[0].Y()))
	for _, p := range a[1:] {
		e.dc.LineTo(e.x(job, p.X()), e.y(job, p.Y()))
	}
	e.dc.ClosePath()
	e.paint(job, true)
	return nil
}

// BezierCurve draws a piecewise cubic Bézier curve: an edge, or the
// outline of a rounded node.
func (e *pngEngine) BezierCurve(_ context.Context, job *gvc.Job, a []*gvc.PointFloat, _ bool) error {
	if len(a) == 0 {
		return nil
	}
	e.dc.MoveTo(e.x(job, a[0].X()), e.y(job, a[0].Y()))
	for i := 1; i+2 < len(a); i += 3 {
		e.dc.CubicTo(e.x(job, a[i].X()), e.y(job, a[i].Y()),
			e.x(job, a[i+1].X()), e.y(job, a[i+1].Y()),
			e.x(job, a[i+2].X()), e.y(job, a[i+2].Y()))
	}
	// Edges are stroked; the Bézier outlines of nodes (rounded boxes) are
	// filled like any other node shape.
	e.paint(job, job.Object().Type() == gvc.NodeObjectType)
	return nil
}

// Polyline strokes an open polyline.
func (e *pngEngine) Polyline(_ context.Context, job *gvc.Job, a []*gvc.PointFloat) error {
	if len(a) == 0 {
		return nil
	}
	e.dc.MoveTo(e.x(job, a[0].X()), e.y(job, a[0].Y()))
	for _, p := range a[1:] {
		e.dc.LineTo(e.x(job, p.X()), e.y(job, p.Y()))
	}
	e.paint(job, false)
	return nil
}

// htmlBold is Graphviz's flag for bold text in HTML-like labels.
const htmlBold = 1

// TextSpan draws one line of text at p, justified as Graphviz says.
func (e *pngEngine) TextSpan(_ context.Context, job *gvc.Job, p *gvc.PointFloat, span *gvc.TextSpan) error {
	text := span.Text()
	if text == "" || !setColor(e.dc, job.Object().PenColor()) {
		return nil
	}
	f := span.Font()
	size := f.Size() * e.sy
	if size <= 0 {
		return nil
	}
	bold := f.Flags()&htmlBold != 0
	face, err := goFace(bold, size)
	if err != nil {
		return fmt.Errorf("png: font: %w", err)
	}
	e.dc.SetFontFace(face)
	// Graphviz sized the label with Helvetica's metrics; shrink the Go
	// font when it would be wider.
	if room := e.x(job, span.Size().X()); room > 0 {
		if w, _ := e.dc.MeasureString(text); w > room {
			if face, err = goFace(bold, size*room/w); err == nil {
				e.dc.SetFontFace(face)
			}
		}
	}
	x := e.x(job, p.X())
	var ax float64
	switch span.Just() {
	case 'r':
		ax = 1
	case 'l':
		ax = 0
	default:
		ax = 0.5
	}
	y := e.y(job, p.Y()+span.YOffsetCenterLine()+span.YOffsetLayout())
	e.dc.DrawStringAnchored(text, x, y, ax, 0)
	return nil
}

var (
	fontsOnce         sync.Once
	regularFont, bold *truetype.Font
	fontsErr          error
	faceMu            sync.Mutex
	faces             = map[[2]float64]font.Face{}
)

// goFace returns the Go Regular (or Go Bold) face of the given pixel size.
func goFace(isBold bool, size float64) (font.Face, error) {
	fontsOnce.Do(func() {
		if regularFont, fontsErr = truetype.Parse(goregular.TTF); fontsErr != nil {
			return
		}
		bold, fontsErr = truetype.Parse(gobold.TTF)
	})
	if fontsErr != nil {
		return nil, fontsErr
	}
	size = math.Round(size*4) / 4
	key := [2]float64{size, 0}
	ft := regularFont
	if isBold {
		key[1], ft = 1, bold
	}
	faceMu.Lock()
	defer faceMu.Unlock()
	if f, ok := faces[key]; ok {
		return f, nil
	}
	f := truetype.NewFace(ft, &truetype.Options{Size: size, Hinting: font.HintingFull})
	faces[key] = f
	return f, nil
}
