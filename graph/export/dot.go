package export

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Style is how the diagram draws the entities of one type.
type Style struct {
	// Shape is a Graphviz node shape.
	Shape string
	// Fill and Line are the fill and border colours.
	Fill, Line string
	// Rounded rounds the corners of box shapes.
	Rounded bool
}

// styles gives each entity type its own shape and colour. The colours
// are light tints of the Okabe-Ito palette (told apart by colour-blind
// readers too) with the full colour as the border, so black text stays
// readable on every fill.
var styles = map[graph.Type]Style{
	graph.Person:       {Shape: "ellipse", Fill: "#d9ecf8", Line: "#0072b2"},
	graph.Organization: {Shape: "box", Fill: "#fde7c8", Line: "#c77c00", Rounded: true},
	graph.Country:      {Shape: "hexagon", Fill: "#d2f0e3", Line: "#009e73"},
	graph.Place:        {Shape: "house", Fill: "#f8f1bf", Line: "#a89200"},
	graph.Agreement:    {Shape: "note", Fill: "#f6dcec", Line: "#b8628f"},
}

// otherStyle draws nodes of a type styles does not know.
var otherStyle = Style{Shape: "ellipse", Fill: "#eeeeee", Line: "#777777"}

// StyleOf returns how diagrams draw entities of type t.
func StyleOf(t graph.Type) Style {
	if s, ok := styles[t]; ok {
		return s
	}
	return otherStyle
}

// fontname is a font every Graphviz knows the metrics of, so that labels
// fit their shapes in the WebAssembly build (which has no font library) as
// well as in a native one.
const fontname = "Helvetica"

// writeDiagram returns the writer of a diagram format.
func writeDiagram(format string) func(context.Context, io.Writer, *graph.Store, Options) error {
	return func(ctx context.Context, w io.Writer, st *graph.Store, opts Options) error {
		sg, err := st.Subgraph(ctx, opts.Selection)
		if err == nil {
			err = ctx.Err() // a scan cut short must not pass for the graph
		}
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if format == "dot" {
			return WriteDOT(w, sg, opts)
		}
		var buf bytes.Buffer
		if err := WriteDOT(&buf, sg, opts); err != nil {
			return err
		}
		return Render(ctx, w, buf.Bytes(), format, opts.Layout)
	}
}

// WriteDOT writes sg as a Graphviz digraph laid out for opts.Layout, with
// opts.Title heading the legend. Nodes are the entities, labelled by their
// canonical name, shaped and coloured by type (StyleOf), with the aliases
// and titles as tooltip; edges are labelled by their predicate and drawn
// without arrows for symmetric predicates. The output depends only on sg
// and opts: nodes come by type, then name, then ID; edges in the order of
// sg.Edges (by subject, predicate, object).
func WriteDOT(w io.Writer, sg *graph.Subgraph, opts Options) error {
	layout, err := checkLayout(opts.Layout)
	if err != nil {
		return err
	}
	ents := sortedEntities(sg.Entities)
	names := make(map[string]string, len(ents))
	for _, e := range ents {
		names[e.ID] = displayName(e)
	}
	var edges []graph.Edge
	for _, e := range sg.Edges {
		if _, ok := names[e.Subject]; !ok {
			continue
		}
		if _, ok := names[e.Object]; !ok {
			continue
		}
		edges = append(edges, e)
	}

	d := &dotWriter{w: bufio.NewWriter(w)}
	d.printf("// newsgraph: %d entities, %d relations, layout %s\n", len(ents), len(edges), layout)
	d.printf("digraph newsgraph {\n")
	d.printf("\tgraph [layout=%s, fontname=%s, fontsize=10, bgcolor=\"white\", pad=0.3, outputorder=edgesfirst", layout, quoteText(fontname))
	// For neato and sfdp, overlap=false means the prism method, which needs
	// a triangulation library the WebAssembly Graphviz lacks: nodes would
	// overlap. Scaling the layout up works in every build. K spreads the
	// force-directed layouts so that predicates fit between the nodes.
	switch layout {
	case "dot":
		d.printf(", rankdir=LR, nodesep=0.25, ranksep=0.6")
	case "circo":
		d.printf(", mindist=0.8")
	case "fdp":
		d.printf(", overlap=false, splines=true, sep=\"+6\", K=1")
	case "sfdp":
		d.printf(", overlap=scale, splines=true, sep=\"+6\", K=1")
	case "neato":
		d.printf(", overlap=scale, splines=true, sep=\"+6\"")
	}
	d.printf(",\n\t\tlabelloc=b, labeljust=l, label=<%s>];\n", legend(opts.Title, ents, len(edges)))
	d.printf("\tnode [fontname=%s, fontsize=11, style=filled, penwidth=1.4, margin=\"0.12,0.05\"];\n", quoteText(fontname))
	edgeLen := ""
	if layout == "neato" {
		edgeLen = ", len=1.8" // inches: room for the predicate between the nodes
	}
	d.printf("\tedge [fontname=%s, fontsize=9, color=\"#5f6b7a\", fontcolor=\"#39424e\", arrowsize=0.7%s];\n", quoteText(fontname), edgeLen)

	var cur graph.Type
	for _, e := range ents {
		if e.Type != cur {
			cur = e.Type
			d.printf("\n\t// %s\n", cur)
		}
		s := StyleOf(e.Type)
		style := ""
		if s.Rounded {
			style = `, style="filled,rounded"`
		}
		d.printf("\t%s [label=%s, shape=%s%s, fillcolor=%s, color=%s, tooltip=%s];\n",
			quoteID(e.ID), quoteText(names[e.ID]), s.Shape, style, quoteText(s.Fill), quoteText(s.Line), quoteText(nodeTooltip(e)))
	}

	if len(edges) > 0 {
		d.printf("\n\t// relations\n")
	}
	for _, e := range edges {
		extra := ""
		switch {
		case e.Predicate.Symmetric():
			extra = ", dir=none"
		case e.Predicate == graph.PossiblySameAs:
			extra = ", style=dashed, dir=none"
		}
		d.printf("\t%s -> %s [label=%s%s, tooltip=%s];\n",
			quoteID(e.Subject), quoteID(e.Object), quoteText(string(e.Predicate)), extra, quoteText(edgeTooltip(e, names)))
	}
	if layout == "dot" {
		writeUnrelated(d, ents, edges)
	}
	d.printf("}\n")
	if d.err == nil {
		d.err = d.w.Flush()
	}
	if d.err != nil {
		return fmt.Errorf("export: dot: %w", d.err)
	}
	return nil
}

// writeUnrelated gathers the entities without relations in a box of
// columns. The dot layout would otherwise stack them all in its first rank:
// one column as tall as the number of such entities. (Graphviz's pack
// option, which would do this, loses the edge labels with dot.)
func writeUnrelated(d *dotWriter, ents []graph.EntityInfo, edges []graph.Edge) {
	linked := map[string]bool{}
	for _, e := range edges {
		linked[e.Subject], linked[e.Object] = true, true
	}
	var alone []string
	for _, e := range ents {
		if !linked[e.ID] {
			alone = append(alone, e.ID)
		}
	}
	if len(alone) < 4 {
		return
	}
	// Nodes are about three times as wide as they are tall: three times as
	// many rows as columns make the box roughly square.
	rows := int(math.Ceil(math.Sqrt(3 * float64(len(alone)))))
	d.printf("\n\t// entities without relations, in columns of %d\n", rows)
	d.printf("\tsubgraph cluster_unrelated {\n")
	d.printf("\t\tlabel=%s; style=dashed; color=\"#bbbbbb\"; fontcolor=\"#777777\";\n", quoteText(plural(len(alone), "entity")+" without relations"))
	var heads []string
	for i := 0; i < len(alone); i += rows {
		col := alone[i:min(i+rows, len(alone))]
		heads = append(heads, quoteID(col[0]))
		d.printf("\t\t{rank=same;")
		for _, id := range col {
			d.printf(" %s;", quoteID(id))
		}
		d.printf("}\n")
	}
	if len(heads) > 1 {
		d.printf("\t\t%s [style=invis];\n", strings.Join(heads, " -> "))
	}
	d.printf("\t}\n")
}

// dotWriter writes DOT text with a sticky error.
type dotWriter struct {
	w   *bufio.Writer
	err error
}

func (d *dotWriter) printf(format string, args ...any) {
	if d.err == nil {
		_, d.err = fmt.Fprintf(d.w, format, args...)
	}
}

// sortedEntities returns the entities by type (in the order of
// graph.EntityTypes), then name, then ID.
func sortedEntities(in []graph.EntityInfo) []graph.EntityInfo {
	rank := map[graph.Type]int{}
	for i, t := range graph.EntityTypes {
		rank[t] = i + 1
	}
	out := append([]graph.EntityInfo(nil), in...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		ra, rb := rank[a.Type], rank[b.Type]
		if ra == 0 {
			ra = len(rank) + 1
		}
		if rb == 0 {
			rb = len(rank) + 1
		}
		if ra != rb {
			return ra < rb
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	return out
}

// displayName is the label of an entity: its canonical name, or its ID
// when it has none.
func displayName(e graph.EntityInfo) string {
	if e.Name != "" {
		return e.Name
	}
	return e.ID
}

func nodeTooltip(e graph.EntityInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)\n%s", displayName(e), e.Type, e.ID)
	if len(e.Aliases) > 0 {
		fmt.Fprintf(&b, "\nalso: %s", strings.Join(e.Aliases, ", "))
	}
	if len(e.Titles) > 0 {
		fmt.Fprintf(&b, "\ntitle: %s", strings.Join(e.Titles, ", "))
	}
	fmt.Fprintf(&b, "\n%s in %s", plural(e.Mentions, "mention"), plural(e.Documents, "document"))
	return b.String()
}

func edgeTooltip(e graph.Edge, names map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s", names[e.Subject], e.Predicate, names[e.Object])
	if e.Statements > 0 {
		fmt.Fprintf(&b, "\n%s, best confidence %s", plural(e.Statements, "statement"), graph.FormatConfidence(e.Confidence))
	}
	if len(e.Documents) > 0 {
		fmt.Fprintf(&b, "\nin %s", plural(len(e.Documents), "document"))
	}
	return b.String()
}

// plural counts n things: "1 statement", "2 statements", "3 entities".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "y") {
		return strconv.Itoa(n) + " " + what[:len(what)-1] + "ies"
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// legend is the HTML-like label that explains the diagram: the title, one
// row per entity type present with its colour, shape and count, and the
// totals.
func legend(title string, ents []graph.EntityInfo, edges int) string {
	count := map[graph.Type]int{}
	var types []graph.Type
	for _, e := range ents {
		if count[e.Type] == 0 {
			types = append(types, e.Type) // ents are sorted by type
		}
		count[e.Type]++
	}
	var b strings.Builder
	b.WriteString(`<table border="0" cellborder="1" cellspacing="3" cellpadding="3">`)
	if title != "" {
		fmt.Fprintf(&b, "\n\t\t"+`<tr><td colspan="3" border="0" align="left"><b>%s</b></td></tr>`, escapeHTML(title))
	}
	for _, t := range types {
		s := StyleOf(t)
		fmt.Fprintf(&b, "\n\t\t"+`<tr><td bgcolor="%s" color="%s">%s</td><td border="0" align="right">%d</td><td border="0" align="left"><font color="#666666">%s</font></td></tr>`,
			s.Fill, s.Line, escapeHTML(string(t)), count[t], escapeHTML(shapeName(s)))
	}
	fmt.Fprintf(&b, "\n\t\t"+`<tr><td colspan="3" border="0" align="left">%s, %s</td></tr>`,
		plural(len(ents), "entity"), plural(edges, "relation"))
	b.WriteString("\n\t\t</table>")
	return b.String()
}

// shapeName says in words how a style looks, for the legend.
func shapeName(s Style) string {
	if s.Rounded {
		return "rounded " + s.Shape
	}
	return s.Shape
}

// quoteID quotes a node ID for DOT.
func quoteID(id string) string { return quoteText(id) }

// quoteText quotes s as a DOT string whose escapes Graphviz interprets
// (labels, tooltips): backslashes and quotes are escaped, line breaks
// become \n, other control characters spaces.
func quoteText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r) // invalid UTF-8 becomes U+FFFD
		}
	}
	b.WriteByte('"')
	return b.String()
}

var htmlEscaper = strings.NewReplacer(`&`, `&amp;`, `<`, `&lt;`, `>`, `&gt;`, `"`, `&quot;`)

// escapeHTML escapes text inside an HTML-like label.
func escapeHTML(s string) string {
	return htmlEscaper.Replace(strings.ToValidUTF8(s, "\uFFFD"))
}
