"""Checks a Cytoscape.js JSON export against the schema of elements that
cytoscape({elements}) and Cytoscape desktop's JSON import read, then
compares it with the store's graph.

Schema: an object with "elements": {"nodes": [...], "edges": [...]};
every element an object {"data": {...}} and nothing else but the
optional keys Cytoscape.js knows; data.id a non-empty string unique over
all elements; edge data.source and data.target ids of nodes; and the
newsgraph attributes with their types.

usage: check_cytoscape.py FILE EXPECTED.json
"""

import json
import re
import sys

from common import Problems, compare_graph, load_expected

ELEMENT_KEYS = {"data", "group", "position", "renderedPosition", "selected", "selectable",
                "locked", "grabbable", "pannable", "classes", "scratch", "style"}
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
TYPES = {"Person", "Organization", "Country", "Place", "Agreement"}

NODE_SCHEMA = {
    "id": str, "name": str, "label": str, "type": str, "aliases": list, "titles": list,
    "mentions": int, "documents": int,
}
EDGE_SCHEMA = {
    "id": str, "source": str, "target": str, "label": str, "interaction": str,
    "symmetric": bool, "confidence": (int, float), "statements": int, "documents": list,
}


def check_data(problems, where, data, schema):
    for k, typ in schema.items():
        if k not in data:
            problems.add(f"{where}: no data.{k}")
            continue
        v = data[k]
        if isinstance(v, bool) and typ is not bool:
            problems.add(f"{where}: data.{k} is a boolean")
        elif not isinstance(v, typ):
            problems.add(f"{where}: data.{k} is {type(v).__name__}, want {typ}")
        elif isinstance(v, list) and not all(isinstance(x, str) for x in v):
            problems.add(f"{where}: data.{k} has values that are not strings")


def main():
    path, expected_path = sys.argv[1:3]
    expected = load_expected(expected_path)
    problems = Problems("cytoscape")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if not isinstance(doc, dict) or not isinstance(doc.get("elements"), dict):
        problems.add("no elements object")
        problems.finish({})
    els = doc["elements"]
    if set(els) != {"nodes", "edges"} or not all(isinstance(els[k], list) for k in els):
        problems.add(f"elements has {sorted(els)}, want the lists nodes and edges")
        problems.finish({})
    ids = set()
    nodes, edges = {}, []
    for group in ("nodes", "edges"):
        for i, el in enumerate(els[group]):
            where = f"{group}[{i}]"
            if not isinstance(el, dict) or not isinstance(el.get("data"), dict):
                problems.add(f"{where}: not an object with data")
                continue
            extra = set(el) - ELEMENT_KEYS
            if extra:
                problems.add(f"{where}: unknown keys {sorted(extra)}")
            if el.get("group", group) != group:
                problems.add(f"{where}: group {el['group']}")
            data = el["data"]
            eid = data.get("id")
            if not isinstance(eid, str) or not eid:
                problems.add(f"{where}: no id")
                continue
            if eid in ids:
                problems.add(f"{where}: id {eid} is not unique")
            ids.add(eid)
            if group == "nodes":
                check_data(problems, where, data, NODE_SCHEMA)
                if data.get("type") not in TYPES:
                    problems.add(f"{where}: type {data.get('type')!r}")
                if data.get("name") != data.get("label"):
                    problems.add(f"{where}: name and label differ")
                for k in ("first_seen", "last_seen"):
                    if k in data and not (isinstance(data[k], str) and RFC3339.match(data[k])):
                        problems.add(f"{where}: {k} {data[k]!r} is not RFC 3339")
                nodes[eid] = data
            else:
                check_data(problems, where, data, EDGE_SCHEMA)
                if data.get("interaction") != data.get("label"):
                    problems.add(f"{where}: interaction and label differ")
                c = data.get("confidence")
                if isinstance(c, (int, float)) and not 0 <= c <= 1:
                    problems.add(f"{where}: confidence {c} outside [0,1]")
                edges.append(data)
    for i, e in enumerate(edges):
        for end in ("source", "target"):
            if e.get(end) not in nodes:
                problems.add(f"edges[{i}]: {end} {e.get(end)!r} is not a node")
    compare_graph(problems, expected, nodes, edges)
    problems.finish({"tool": "schema check", "format": "cytoscape", "nodes": len(nodes), "edges": len(edges)})


if __name__ == "__main__":
    main()
