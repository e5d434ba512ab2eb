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
	// "person/sergey_lavrov" [label="Sergey Lavrov", shape=ellipse, fillcolor="#d9ecf8", color="#0072b2", fontsize=13.5 ...
	// "country/russia" [label="Russia", shape=hexagon, fillcolor="#d2f0e3", color="#009e73", fontsize=14 ...
	// "person/sergey_lavrov" -> "country/russia" [label="official_of" ...
}

func ExampleDiagramOf() {
	lavrov, grushko, russia := "person/sergey_lavrov", "person/alexander_grushko", "country/russia"
	sg := &graph.Subgraph{
		Entities: []graph.EntityInfo{
			{ID: lavrov, Type: graph.Person, Name: "Sergey Lavrov", Mentions: 6},
			{ID: grushko, Type: graph.Person, Name: "Alexander Grushko", Mentions: 1},
			{ID: russia, Type: graph.Country, Name: "Russia", Mentions: 9},
		},
		Edges: []graph.Edge{
			{Subject: lavrov, Predicate: graph.OfficialOf, Object: russia, Statements: 2},
			{Subject: lavrov, Predicate: graph.MetWith, Object: russia, Statements: 1},
			{Subject: grushko, Predicate: graph.DeputyOf, Object: lavrov, Statements: 1},
		},
	}
	// At most two entities: Grushko, the least mentioned and related, is
	// left out; the two relations of Lavrov and Russia are one line.
	d, err := export.DiagramOf(sg, export.Options{MaxNodes: 2})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	info := d.Info()
	fmt.Println(info)
	fmt.Println(info.Edges, "line;", info.OmittedEntities(), "entity and", info.OmittedRelations(), "relation left out")
	// Output:
	// layout dot (by size), 2 of 3 entities, 2 of 3 relations
	// 1 line; 1 entity and 1 relation left out
}
