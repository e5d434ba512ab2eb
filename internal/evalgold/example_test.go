package evalgold_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/evalgold"
)

func ExampleScore() {
	gold, err := evalgold.ParseGold("talks.json", []byte(`{
  "doc": "talks.txt",
  "entities": [
    {"id": "grushko", "type": "Person", "names": ["Alexander Grushko", "Grushko"]},
    {"id": "lavrov", "type": "Person", "names": ["Sergey Lavrov", "Lavrov"]}
  ],
  "relations": [{"s": "grushko", "p": "deputy_of", "o": "lavrov"}],
  "attributes": [{"s": "grushko", "p": "title", "o": ["deputy foreign minister"]}]
}`))
	if err != nil {
		panic(err)
	}
	facts := &graph.Facts{
		Doc: graph.Doc{ID: "doc/1"},
		Entities: []graph.Entity{
			{ID: "person/alexander_grushko", Type: graph.Person, Name: "Alexander Grushko"},
			{ID: "person/lavrov", Type: graph.Person, Name: "Lavrov"},
			{ID: "person/sergey_lavrov", Type: graph.Person, Name: "Sergey Lavrov"},
		},
		Relations: []graph.Relation{{Subject: "person/alexander_grushko", Predicate: graph.DeputyOf, Object: "person/lavrov"}},
	}
	d := evalgold.Score(gold, graph.Quads(facts))
	fmt.Printf("%+v\n", d.Counts)
	for _, l := range d.Lines {
		fmt.Println(l)
	}
	// Output:
	// {Entities:{TP:2 FP:1 FN:0} Relations:{TP:1 FP:0 FN:0} Attributes:{TP:0 FP:0 FN:1}}
	//   entity DUP Person       sergey lavrov (another node is already lavrov)
	//   attr FN    title            grushko = ['deputy foreign minister']
}
