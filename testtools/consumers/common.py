"""Shared helpers of the consumer checks: the expected graph and how to
compare what a tool read with it.

The expected graph is a JSON file written by the Go test from a scan of
the store's quads (not through the exporter):

  {"nodes": {ID: {"label", "type", "aliases": [...], "titles": [...],
                  "mentions", "documents", "first_seen", "last_seen"}},
   "edges": [{"source", "target", "label", "symmetric", "confidence",
              "statements", "documents": [...]}],
   "quads": N}

Every check prints one JSON line with what the tool saw, and exits with
status 1 and a message per difference when it disagrees.
"""

import json
import sys

NODE_ATTRS = ["label", "type", "aliases", "titles", "mentions", "documents", "first_seen", "last_seen"]
EDGE_ATTRS = ["label", "symmetric", "confidence", "statements", "documents"]
NODE_LISTS = {"aliases", "titles"}
EDGE_LISTS = {"documents"}


def load_expected(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def split_list(value):
    """A list joined with '; ' (GraphML, GEXF) back into a list."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return value.split("; ")


class Problems:
    def __init__(self, what):
        self.what = what
        self.items = []

    def add(self, msg):
        self.items.append(msg)

    def finish(self, seen):
        if self.items:
            for m in self.items[:40]:
                print(f"{self.what}: {m}", file=sys.stderr)
            if len(self.items) > 40:
                print(f"{self.what}: ... and {len(self.items) - 40} more", file=sys.stderr)
            sys.exit(1)
        print(json.dumps(seen, sort_keys=True))


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    return a == b


def compare_graph(problems, expected, nodes, edges):
    """nodes: {id: {attr: value}}, edges: [{"source", "target", attrs...}],
    values already in the expected types (lists as lists)."""
    want_nodes = expected["nodes"]
    if len(nodes) != len(want_nodes):
        problems.add(f"{len(nodes)} nodes, the store has {len(want_nodes)} entities")
    for nid, want in want_nodes.items():
        got = nodes.get(nid)
        if got is None:
            problems.add(f"node {nid} is missing")
            continue
        for a in NODE_ATTRS:
            g, w = got.get(a), want[a]
            if a in NODE_LISTS:
                g = split_list(g)
            if a in ("first_seen", "last_seen") and g is None:
                g = ""
            if not same(g, w):
                problems.add(f"node {nid}: {a} is {g!r}, the store says {w!r}")
    for nid in nodes:
        if nid not in want_nodes:
            problems.add(f"node {nid} is not an entity of the store")

    def key(e):
        return (e["source"], e["label"], e["target"])

    want_edges = {key(e): e for e in expected["edges"]}
    if len(edges) != len(want_edges):
        problems.add(f"{len(edges)} edges, the store has {len(want_edges)} relations")
    got_edges = {}
    for e in edges:
        if key(e) in got_edges:
            problems.add(f"edge {key(e)} twice")
        got_edges[key(e)] = e
    for k, want in want_edges.items():
        got = got_edges.get(k)
        if got is None:
            problems.add(f"edge {k} is missing")
            continue
        for a in EDGE_ATTRS:
            g, w = got.get(a), want[a]
            if a in EDGE_LISTS:
                g = split_list(g)
            if not same(g, w):
                problems.add(f"edge {k}: {a} is {g!r}, the store says {w!r}")
    for k in got_edges:
        if k not in want_edges:
            problems.add(f"edge {k} is not a relation of the store")
