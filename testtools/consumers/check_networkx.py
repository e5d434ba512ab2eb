"""Reads a GraphML or GEXF export with networkx and compares the graph
with the store's.

usage: check_networkx.py graphml|gexf FILE EXPECTED.json
"""

import sys

import networkx as nx

from common import Problems, compare_graph, load_expected


def main():
    fmt, path, expected_path = sys.argv[1:4]
    expected = load_expected(expected_path)
    problems = Problems(f"networkx {fmt}")
    if fmt == "graphml":
        g = nx.read_graphml(path)
    elif fmt == "gexf":
        g = nx.read_gexf(path)
    else:
        sys.exit(f"unknown format {fmt}")
    if not g.is_directed():
        problems.add("the graph is not directed")
    nodes = {n: dict(d) for n, d in g.nodes(data=True)}
    edges = []
    for s, t, d in g.edges(data=True):
        e = dict(d)
        e["source"], e["target"] = s, t
        edges.append(e)
    compare_graph(problems, expected, nodes, edges)
    problems.finish({
        "tool": f"networkx {nx.__version__}",
        "format": fmt,
        "class": type(g).__name__,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
    })


if __name__ == "__main__":
    main()
