package export_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

func ExampleFormats() {
	for _, f := range export.Formats() {
		kind := "quads"
		switch {
		case f.Diagram:
			kind = "diagram"
		case f.Files:
			kind = "property graph, files"
		case f.PropertyGraph:
			kind = "property graph"
		}
		fmt.Printf("%-13s %-13s %s\n", f.Name, strings.Join(f.Exts, ","), kind)
	}
	// Output:
	// dot           .dot,.gv      diagram
	// svg           .svg          diagram
	// png           .png          diagram
	// graphml       .graphml      property graph
	// gexf          .gexf         property graph
	// cytoscape     .cyjs         property graph
	// neo4j         .zip          property graph, files
	// cypher        .cypher,.cql  property graph
	// nquads        .nq,.nquads   quads
	// jsonld        .jsonld       quads
	// graphml-quads .graphml      quads
	// gml           .gml          quads
}

func ExampleWriteDOT() {
	sg := &graph.Subgraph{
		Entities: []graph.EntityInfo{
			{ID: "person/sergey_lavrov", Type: graph.Person, Name: "Sergey Lavrov", Mentions: 3, Documents: 1},
			{ID: "country/russia", Type: graph.Country, Name: "Russia", Mentions: 4, Documents: 1},
		},
		Edges: []graph.Edge{
			{Subject: "person/sergey_lavrov", Predicate: graph.OfficialOf, Object: "country/russia", Statements: 1, Confidence: 0.9},
		},
	}
	var b strings.Builder
	if err := export.WriteDOT(&b, sg, export.Options{}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	// Print the node and edge statements.
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "\t\"") {
			fmt.Println(strings.TrimSpace(line[:strings.Index(line, ", tooltip")]) + " ...")
		}
	}
	// Output:
	// "person/sergey_lavrov" [label="Sergey Lavrov", shape=ellipse, fillcolor="#d9ecf8", color="#0072b2" ...
	// "country/russia" [label="Russia", shape=hexagon, fillcolor="#d2f0e3", color="#009e73" ...
	// "person/sergey_lavrov" -> "country/russia" [label="official_of" ...
}
