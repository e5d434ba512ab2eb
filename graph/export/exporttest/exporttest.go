// Package exporttest reads back the diagrams package export draws, for
// tests: where Graphviz put the nodes of an SVG drawing, and which of
// them overlap.
package exporttest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// Box is the bounding box of a node's shapes in an SVG drawing, in the
// drawing's coordinates (y grows downwards).
type Box struct {
	// ID is the node's title: the entity ID in newsgraph's diagrams.
	ID             string
	X0, Y0, X1, Y1 float64
}

// Overlaps reports whether a and b share more than a line.
func (a Box) Overlaps(b Box) bool {
	return a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1
}

// numbers matches the numbers of a points list or a path's data.
var numbers = regexp.MustCompile(`[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?`)

// NodeBoxes returns the bounding box of the shapes (ellipses, polygons,
// polylines and paths) of every <g class="node"> of an SVG drawn by
// Graphviz, in document order. Text is not counted: Graphviz sizes a
// node's shape to hold its label.
func NodeBoxes(svg []byte) ([]Box, error) {
	return boxesOf(svg, "node")
}

// ClusterBoxes returns the bounding box of every <g class="cluster"> of
// an SVG drawn by Graphviz (its title is the subgraph's name), in
// document order.
func ClusterBoxes(svg []byte) ([]Box, error) {
	return boxesOf(svg, "cluster")
}

// Contains reports whether b lies inside a.
func (a Box) Contains(b Box) bool {
	return a.X0 <= b.X0 && b.X1 <= a.X1 && a.Y0 <= b.Y0 && b.Y1 <= a.Y1
}

// boxesOf returns the boxes of the groups of class class.
func boxesOf(svg []byte, class string) ([]Box, error) {
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var boxes []Box
	var cur *Box
	depth, nodeDepth := 0, 0
	inTitle := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("exporttest: the SVG is not XML: %w", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			depth++
			attr := map[string]string{}
			for _, a := range el.Attr {
				attr[a.Name.Local] = a.Value
			}
			if cur == nil {
				if el.Name.Local == "g" && attr["class"] == class {
					boxes = append(boxes, Box{X0: inf, Y0: inf, X1: -inf, Y1: -inf})
					cur, nodeDepth = &boxes[len(boxes)-1], depth
				}
				continue
			}
			inTitle = el.Name.Local == "title"
			if err := cur.add(el.Name.Local, attr); err != nil {
				return nil, err
			}
		case xml.EndElement:
			if cur != nil && depth == nodeDepth {
				if cur.X0 > cur.X1 {
					return nil, fmt.Errorf("exporttest: %s %q has no shape", class, cur.ID)
				}
				cur = nil
			}
			depth--
			inTitle = false
		case xml.CharData:
			if cur != nil && inTitle {
				cur.ID += string(el)
			}
		}
	}
	return boxes, nil
}

const inf = 1e300

// add grows b to hold the shape el with attributes attr.
func (b *Box) add(el string, attr map[string]string) error {
	num := func(s string) (float64, error) {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return 0, fmt.Errorf("exporttest: node %q: <%s>: %w", b.ID, el, err)
		}
		return v, nil
	}
	switch el {
	case "ellipse":
		var v [4]float64
		for i, k := range []string{"cx", "cy", "rx", "ry"} {
			var err error
			if v[i], err = num(attr[k]); err != nil {
				return err
			}
		}
		b.grow(v[0]-v[2], v[1]-v[3])
		b.grow(v[0]+v[2], v[1]+v[3])
	case "polygon", "polyline", "path":
		data := attr["points"]
		if el == "path" {
			data = attr["d"] // Graphviz writes M and C commands: points only
		}
		ns := numbers.FindAllString(data, -1)
		if len(ns) < 2 || len(ns)%2 != 0 {
			return fmt.Errorf("exporttest: node %q: <%s> with %d coordinates", b.ID, el, len(ns))
		}
		for i := 0; i < len(ns); i += 2 {
			x, err := num(ns[i])
			if err != nil {
				return err
			}
			y, err := num(ns[i+1])
			if err != nil {
				return err
			}
			b.grow(x, y)
		}
	}
	return nil
}

func (b *Box) grow(x, y float64) {
	b.X0, b.Y0 = min(b.X0, x), min(b.Y0, y)
	b.X1, b.Y1 = max(b.X1, x), max(b.Y1, y)
}

// Overlapping returns the pairs of boxes that overlap, by their IDs.
func Overlapping(boxes []Box) [][2]string {
	var out [][2]string
	for i, a := range boxes {
		for _, b := range boxes[i+1:] {
			if a.Overlaps(b) {
				out = append(out, [2]string{a.ID, b.ID})
			}
		}
	}
	return out
}
