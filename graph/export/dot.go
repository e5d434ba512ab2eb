package export

import (
	"bufio"
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
		_, err := writeDiagramAs(ctx, w, st, opts, format)
		return err
	}
}

// WriteDiagram writes the diagram of the selection of opts to w in
// opts.Format (dot, svg or png; empty means dot) and says how it was
// drawn. ctx bounds the reading of the store and the rendering (see
// Diagram.Render).
func WriteDiagram(ctx context.Context, w io.Writer, st *graph.Store, opts Options) (DiagramInfo, error) {
	f, opts, err := prepare(opts)
	if err != nil {
		return DiagramInfo{}, err
	}
	if !f.Diagram {
		return DiagramInfo{}, fmt.Errorf("export: %s is not a diagram format", f.Name)
	}
	return writeDiagramAs(ctx, w, st, opts, f.Name)
}

// writeDiagramAs writes the diagram of opts (checked) as format.
func writeDiagramAs(ctx context.Context, w io.Writer, st *graph.Store, opts Options, format string) (DiagramInfo, error) {
	d, err := NewDiagram(ctx, st, opts)
	if err != nil {
		return DiagramInfo{}, err
	}
	if format == "dot" {
		return d.Info(), d.WriteDOT(w)
	}
	err = d.Render(ctx, w, format)
	return d.Info(), err
}

// WriteDOT writes sg as a Graphviz digraph (see Diagram.WriteDOT), with
// the options of DiagramOf.
func WriteDOT(w io.Writer, sg *graph.Subgraph, opts Options) error {
	d, err := DiagramOf(sg, opts)
	if err != nil {
		return err
	}
	return d.WriteDOT(w)
}

// dotMode is what DOT text is for.
type dotMode int

const (
	// dotText is for Graphviz to lay out: the output of the dot format,
	// and what Render draws in one pass with the dot layout.
	dotText dotMode = iota
	// dotSizes is the first pass of a two-pass drawing: the nodes, named
	// by index, with what gives them their size, the edges without
	// labels, no legend, overlaps allowed.
	dotSizes
	// dotPinned is the second pass: every node pinned where overlap
	// removal put it, drawn by neato -n2 (the nop2 layout), which routes
	// the edges.
	dotPinned
)

// dotPass is what a DOT text of the diagram is for.
type dotPass struct {
	mode dotMode
	// only, when not nil, says which nodes a dotSizes text has, by index;
	// it has the edges between them.
	only []bool
	// engine, when not empty, is the layout of a dotSizes text instead of
	// the diagram's: nop, with every node at (0, 0), for their sizes
	// alone.
	engine string
	// pos are the centres of the nodes, in points, by index (dotPinned).
	pos []box
	// clusters are the boxes of the clusters, by index (dotPinned).
	clusters []box
	// alone, when not nil, says which nodes are in the box of entities
	// without relations, aloneBox (dotPinned).
	alone    []bool
	aloneBox box
}

// layoutSeed is the seed of the force-directed layouts' random start
// (Graphviz's start attribute): the same diagram is drawn the same way
// every time.
const layoutSeed = 1

// WriteDOT writes the diagram as a Graphviz digraph for its layout, with
// the title heading the legend. Nodes are the entities, labelled by their
// canonical name in a size that grows with their mentions, shaped and
// coloured by type (StyleOf), with the aliases and titles as tooltip;
// edges are the relations, one line per pair of entities labelled with
// their predicates, as wide as their supporting statements are many,
// without arrows for symmetric predicates. The legend explains the
// shapes and colours, and says the layout and what the diagram leaves
// out. For the force-directed layouts the text asks Graphviz to remove
// node overlaps (overlap=false, which needs a native Graphviz with its
// triangulation library; Render removes them itself). The output depends
// only on the diagram: nodes come by type, then name, then ID; edges by
// their two entity IDs.
func (d *Diagram) WriteDOT(w io.Writer) error {
	return d.writeDOT(w, dotPass{mode: dotText})
}

func (d *Diagram) writeDOT(w io.Writer, pass dotPass) error {
	layout := d.info.Layout
	dw := &dotWriter{w: bufio.NewWriter(w)}
	if pass.mode != dotSizes {
		dw.printf("// newsgraph: %s, %s, layout %s\n", plural(d.info.Entities, "entity"), plural(d.info.Relations, "relation"), layout)
	}
	dw.printf("digraph newsgraph {\n")
	engine := layout
	switch {
	case pass.mode == dotPinned:
		engine = "nop2"
	case pass.engine != "":
		engine = pass.engine
	}
	dw.printf("\tgraph [layout=%s, fontname=%s, fontsize=10, bgcolor=\"white\", pad=0.3, outputorder=edgesfirst", engine, quoteText(fontname))
	forceDirected := layout == "neato" || layout == "fdp" || layout == "sfdp"
	switch {
	case pass.mode == dotPinned:
		dw.printf(", splines=%s", d.splines())
	case layout == "dot":
		dw.printf(", rankdir=LR, nodesep=0.25, ranksep=0.6")
	case layout == "circo":
		dw.printf(", mindist=0.8")
	}
	if forceDirected && pass.mode != dotPinned {
		// The same start, the same layout.
		dw.printf(", start=%d", layoutSeed)
		if layout != "neato" {
			dw.printf(", K=1") // inches between related nodes
		}
		if pass.mode == dotSizes {
			dw.printf(", overlap=true, splines=false") // removed, routed afterwards
		} else {
			dw.printf(", overlap=false, sep=\"+6\", splines=%s", d.splines())
		}
	}
	if pass.mode == dotSizes {
		dw.printf("];\n")
	} else {
		dw.printf(",\n\t\tlabelloc=b, labeljust=l, label=<%s>];\n", d.legend())
	}
	dw.printf("\tnode [fontname=%s, fontsize=11, style=filled, penwidth=1.4, margin=\"0.12,0.05\"];\n", quoteText(fontname))
	edgeLen := ""
	if layout == "neato" && pass.mode != dotPinned {
		edgeLen = ", len=1.8" // inches: room for the predicate between the nodes
	}
	dw.printf("\tedge [fontname=%s, fontsize=9, color=\"#5f6b7a\", fontcolor=\"#39424e\", arrowsize=0.7%s];\n", quoteText(fontname), edgeLen)

	clustered := len(d.clusters) > 0
	// Clusters are subgraphs for the dot layout and fdp, which draw them,
	// and for the second pass, which draws them where overlap removal put
	// them. The other layouts ignore them: there an invisible hub per
	// cluster, related to its members, keeps them together.
	subgraphs := clustered && pass.mode != dotSizes
	hubs := clustered && layout != "dot" && (pass.mode == dotSizes || pass.mode == dotText && layout != "fdp")
	if subgraphs {
		d.writeClusters(dw, pass)
	}
	if pass.alone != nil {
		d.writeAlone(dw, pass)
	}
	var cur graph.Type
	for i, n := range d.nodes {
		if subgraphs && n.cluster >= 0 || pass.alone != nil && pass.alone[i] {
			continue // written in its cluster
		}
		if pass.only != nil && !pass.only[i] {
			continue
		}
		if n.Type != cur {
			cur = n.Type
			dw.printf("\n\t// %s\n", cur)
		}
		d.writeNode(dw, pass, i, "\t")
	}
	if hubs {
		dw.printf("\n\t// cluster hubs\n")
		for c, cl := range d.clusters {
			hub := fmt.Sprintf("cluster_hub_%d", c)
			if pass.mode == dotSizes {
				hub = fmt.Sprintf("h%d", c)
			}
			dw.printf("\t%s [label=\"\", shape=point, width=0.05, style=invis];\n", hub)
			for _, m := range cl.members {
				dw.printf("\t%s -> %s [style=invis, dir=none];\n", hub, d.nodeName(pass, m))
			}
		}
	}

	if len(d.edges) > 0 {
		dw.printf("\n\t// relations\n")
	}
	index := map[string]int{}
	if pass.mode == dotSizes {
		for i, n := range d.nodes {
			index[n.ID] = i
		}
	}
	for _, e := range d.edges {
		if pass.mode == dotSizes {
			t, h := index[e.tail], index[e.head]
			if pass.only == nil || pass.only[t] && pass.only[h] {
				dw.printf("\tn%d -> n%d;\n", t, h)
			}
			continue
		}
		var extra strings.Builder
		switch e.dir {
		case "none":
			extra.WriteString(", dir=none")
		case "both":
			extra.WriteString(", dir=both")
		}
		if e.dashed {
			extra.WriteString(", style=dashed")
		}
		if pw := edgeWidth(e.statements); pw > 1 {
			fmt.Fprintf(&extra, ", penwidth=%s", dotFloat(pw))
		}
		dw.printf("\t%s -> %s [label=%s%s, tooltip=%s];\n",
			quoteID(e.tail), quoteID(e.head), quoteText(e.label()), extra.String(), quoteText(d.edgeTooltip(e)))
	}
	if layout == "dot" && pass.mode == dotText && !clustered {
		d.writeUnrelated(dw)
	}
	dw.printf("}\n")
	if dw.err == nil {
		dw.err = dw.w.Flush()
	}
	if dw.err != nil {
		return fmt.Errorf("export: dot: %w", dw.err)
	}
	return nil
}

// nodeName is the DOT name of node i: its entity ID, or its index in the
// first pass of a two-pass drawing.
func (d *Diagram) nodeName(pass dotPass, i int) string {
	if pass.mode == dotSizes {
		return fmt.Sprintf("n%d", i)
	}
	return quoteID(d.nodes[i].ID)
}

// writeNode writes the statement of node i.
func (d *Diagram) writeNode(dw *dotWriter, pass dotPass, i int, indent string) {
	n := d.nodes[i]
	s := StyleOf(n.Type)
	style := ""
	if s.Rounded {
		style = `, style="filled,rounded"`
	}
	size := ""
	if fs := fontSize(n.Mentions); fs != 11 {
		size = ", fontsize=" + dotFloat(fs)
	}
	if pass.mode == dotSizes {
		pos := ""
		if pass.engine == "nop" {
			pos = `, pos="0,0"`
		}
		dw.printf("%sn%d [label=%s, shape=%s%s%s];\n", indent, i, quoteText(n.label), s.Shape, size, pos)
		return
	}
	pos := ""
	if pass.mode == dotPinned {
		p := pass.pos[i]
		pos = fmt.Sprintf(", pos=\"%s,%s!\"", dotFloat(p.x), dotFloat(p.y))
	}
	dw.printf("%s%s [label=%s, shape=%s%s, fillcolor=%s, color=%s%s%s, tooltip=%s];\n",
		indent, quoteID(n.ID), quoteText(n.label), s.Shape, style, quoteText(s.Fill), quoteText(s.Line), size, pos, quoteText(nodeTooltip(n.EntityInfo)))
}

// writeClusters writes the clusters with their members: for the dot
// layout, which draws them itself, and pinned where overlap removal put
// them.
func (d *Diagram) writeClusters(dw *dotWriter, pass dotPass) {
	for c, cl := range d.clusters {
		dw.printf("\n\tsubgraph cluster_%d {\n", c)
		dw.printf("\t\tlabel=%s; tooltip=%s; style=\"rounded,dashed\"; color=\"#999999\"; fontcolor=\"#555555\"; fontsize=12;\n",
			quoteText(cl.label), quoteText(cl.tooltip))
		if pass.mode == dotPinned {
			b := pass.clusters[c]
			dw.printf("\t\tbb=\"%s,%s,%s,%s\"; lp=\"%s,%s\";\n", dotFloat(b.x-b.hw), dotFloat(b.y-b.hh), dotFloat(b.x+b.hw), dotFloat(b.y+b.hh),
				dotFloat(b.x), dotFloat(b.y+b.hh-clusterLabelHeight/2))
		}
		for _, m := range cl.members {
			d.writeNode(dw, pass, m, "\t\t")
		}
		dw.printf("\t}\n")
	}
}

// writeAlone writes the box of the entities without relations of a
// two-pass drawing, pinned where placeNodes put it.
func (d *Diagram) writeAlone(dw *dotWriter, pass dotPass) {
	n := 0
	for _, a := range pass.alone {
		if a {
			n++
		}
	}
	b := pass.aloneBox
	dw.printf("\n\t// entities without relations\n")
	dw.printf("\tsubgraph cluster_unrelated {\n")
	dw.printf("\t\tlabel=%s; style=dashed; color=\"#bbbbbb\"; fontcolor=\"#777777\";\n", quoteText(plural(n, "entity")+" without relations"))
	dw.printf("\t\tbb=\"%s,%s,%s,%s\"; lp=\"%s,%s\";\n", dotFloat(b.x-b.hw), dotFloat(b.y-b.hh), dotFloat(b.x+b.hw), dotFloat(b.y+b.hh),
		dotFloat(b.x), dotFloat(b.y+b.hh-clusterLabelHeight/2))
	for i, a := range pass.alone {
		if a {
			d.writeNode(dw, pass, i, "\t\t")
		}
	}
	dw.printf("\t}\n")
}

// fontSize is the size of the label of an entity mentioned n times: 11
// points for one mention, 1.5 more for every doubling, at most 24.
func fontSize(mentions int) float64 {
	if mentions <= 1 {
		return 11
	}
	return math.Min(24, math.Round(2*(11+1.5*math.Log2(float64(mentions))))/2)
}

// edgeWidth is the pen width of a line supported by n statements: 1 for
// one, one more for every doubling, at most 6.
func edgeWidth(statements int) float64 {
	if statements <= 1 {
		return 1
	}
	return math.Min(6, math.Round(2*(1+math.Log2(float64(statements))))/2)
}

// dotFloat writes x with at most two decimals.
func dotFloat(x float64) string {
	return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64)
}

// splines is how the second pass of a force-directed drawing routes the
// lines: around the nodes (Graphviz's spline router) for small diagrams;
// beyond, as curves through them, under the nodes: the router takes half
// a second for 80 entities and 80 lines, 25 seconds for 300 and 450.
func (d *Diagram) splines() string {
	if len(d.nodes) <= maxRoutedEntities && len(d.edges) <= maxRoutedEdges {
		return "true"
	}
	return "curved"
}

// Limits of the spline routing of force-directed drawings.
const (
	maxRoutedEntities = 60
	maxRoutedEdges    = 80
)

// writeUnrelated gathers the entities without relations in a box of
// columns. The dot layout would otherwise stack them all in its first rank:
// one column as tall as the number of such entities. (Graphviz's pack
// option, which would do this, loses the edge labels with dot.)
func (d *Diagram) writeUnrelated(dw *dotWriter) {
	linked := map[string]bool{}
	for _, e := range d.edges {
		linked[e.tail], linked[e.head] = true, true
	}
	var alone []string
	for _, n := range d.nodes {
		if !linked[n.ID] {
			alone = append(alone, n.ID)
		}
	}
	if len(alone) < 4 {
		return
	}
	// Nodes are about three times as wide as they are tall: three times as
	// many rows as columns make the box roughly square.
	rows := int(math.Ceil(math.Sqrt(3 * float64(len(alone)))))
	dw.printf("\n\t// entities without relations, in columns of %d\n", rows)
	dw.printf("\tsubgraph cluster_unrelated {\n")
	dw.printf("\t\tlabel=%s; style=dashed; color=\"#bbbbbb\"; fontcolor=\"#777777\";\n", quoteText(plural(len(alone), "entity")+" without relations"))
	var heads []string
	for i := 0; i < len(alone); i += rows {
		col := alone[i:min(i+rows, len(alone))]
		heads = append(heads, quoteID(col[0]))
		dw.printf("\t\t{rank=same;")
		for _, id := range col {
			dw.printf(" %s;", quoteID(id))
		}
		dw.printf("}\n")
	}
	if len(heads) > 1 {
		dw.printf("\t\t%s [style=invis];\n", strings.Join(heads, " -> "))
	}
	dw.printf("\t}\n")
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

// nodeTooltip says who an entity is.
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

// edgeTooltip lists the relations of a line with their support.
func (d *Diagram) edgeTooltip(e diagramEdge) string {
	names := d.names
	var b strings.Builder
	for i, r := range e.rels {
		if i > 0 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "%s %s %s", names[r.Subject], r.Predicate, names[r.Object])
		if r.Statements > 0 {
			fmt.Fprintf(&b, "\n%s, best confidence %s", plural(r.Statements, "statement"), graph.FormatConfidence(r.Confidence))
		}
		if len(r.Documents) > 0 {
			fmt.Fprintf(&b, "\nin %s", plural(len(r.Documents), "document"))
		}
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
// row per entity type present with its colour, shape and count, the
// totals, what was left out, and how it is drawn.
func (d *Diagram) legend() string {
	count := map[graph.Type]int{}
	var types []graph.Type
	for _, n := range d.nodes {
		if count[n.Type] == 0 {
			types = append(types, n.Type) // nodes are sorted by type
		}
		count[n.Type]++
	}
	var b strings.Builder
	b.WriteString(`<table border="0" cellborder="1" cellspacing="3" cellpadding="3">`)
	row := func(format string, args ...any) {
		fmt.Fprintf(&b, "\n\t\t"+`<tr><td colspan="3" border="0" align="left">`+format+`</td></tr>`, args...)
	}
	if d.title != "" {
		row("<b>%s</b>", escapeHTML(d.title))
	}
	for _, t := range types {
		s := StyleOf(t)
		fmt.Fprintf(&b, "\n\t\t"+`<tr><td bgcolor="%s" color="%s">%s</td><td border="0" align="right">%d</td><td border="0" align="left"><font color="#666666">%s</font></td></tr>`,
			s.Fill, s.Line, escapeHTML(string(t)), count[t], escapeHTML(shapeName(s)))
	}
	i := d.info
	row("%s, %s", plural(i.Entities, "entity"), plural(i.Relations, "relation"))
	if i.OmittedEntities() > 0 {
		row(`<font color="#a03000">left out: %s and %s (the least mentioned and related; at most %d drawn)</font>`,
			plural(i.OmittedEntities(), "entity"), plural(i.OmittedRelations(), "relation"), i.MaxNodes)
	}
	how := "layout " + i.Layout
	if i.AutoLayout {
		how += " (chosen by size)"
	}
	row(`<font color="#666666">%s; text size: mentions; line width: statements</font>`, how)
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
