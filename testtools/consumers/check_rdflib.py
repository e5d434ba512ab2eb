"""Parses an N-Quads or JSON-LD export with rdflib and compares the
number of quads with the store's.

usage: check_rdflib.py nquads|json-ld FILE EXPECTED.json
"""

import sys

import rdflib

from common import Problems, load_expected

NS = "https://newsgraph.dev/ns/"


def main():
    fmt, path, expected_path = sys.argv[1:4]
    expected = load_expected(expected_path)
    problems = Problems(f"rdflib {fmt}")
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    quads = list(ds.quads((None, None, None, None)))
    if len(quads) != expected["quads"]:
        problems.add(f"{len(quads)} quads, the store has {expected['quads']}")
    # Quads without a label land in a default graph, which rdflib names
    # after the file when it reads N-Quads.
    graphs, unlabelled = set(), 0
    for s, p, o, g in quads:
        for term in (s, p, o):
            if isinstance(term, rdflib.URIRef) and not str(term).startswith(("http://", "https://")):
                problems.add(f"{term} is not a full IRI")
        name = str(g.identifier if isinstance(g, rdflib.Graph) else g)
        if name.startswith(NS + "doc/"):
            graphs.add(name)
        else:
            unlabelled += 1
    if unlabelled != expected["unlabelled"]:
        problems.add(f"{unlabelled} quads outside the documents' graphs, the store has {expected['unlabelled']} without a label")
    docs = {str(s) for s, p, o, g in quads
            if str(p) == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and str(o) == NS + "Document"}
    for d in docs:
        if d not in graphs:
            problems.add(f"document {d} is not a named graph")
    problems.finish({
        "tool": f"rdflib {rdflib.__version__}",
        "format": fmt,
        "quads": len(quads),
        "document_graphs": len(graphs),
        "default_graph_quads": unlabelled,
        "documents": len(docs),
    })


if __name__ == "__main__":
    main()
