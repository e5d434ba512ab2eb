"""Checks a neo4j export directory the way `neo4j-admin database import`
reads it, then compares it with the store's graph.

Header syntax (Neo4j 5 operations manual, "CSV header format"): every
field is name:type, name (a string) or :TYPE for the special fields ID,
LABEL, START_ID, END_ID, TYPE, IGNORE (ID, START_ID and END_ID may name an
ID space in parentheses); property types are int long float double
boolean byte short char string point date localtime time localdatetime
datetime duration, arrays with []. Node files have one :ID; relationship
files one :START_ID, one :END_ID and a :TYPE. Rows have as many fields as
the header, values parse as their type (arrays split on ';'), no field
spans lines (the command line has no --multiline-fields), node IDs are
unique, and every relationship's ends are nodes (referential integrity).
The README's import command names every CSV file.

usage: check_neo4j.py DIR EXPECTED.json
"""

import csv
import datetime
import json
import os
import re
import sys

from common import Problems, compare_graph, load_expected

SPECIAL = {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}
PROPERTY_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
                  "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}
HEADER_FIELD = re.compile(r"^([^:]*)(?::([A-Za-z_]+)(\[\])?(?:\(([^()]*)\))?)?$")
ARRAY_DELIMITER = ";"
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def parse_header(problems, name, header):
    fields = []
    seen = set()
    for i, h in enumerate(header):
        m = HEADER_FIELD.match(h)
        if not m:
            problems.add(f"{name}: header field {h!r} is not name:type")
            fields.append(("", "string", False))
            continue
        prop, typ, array, space = m.group(1), m.group(2) or "string", bool(m.group(3)), m.group(4)
        if typ.upper() in SPECIAL and not array:
            typ = typ.upper()
        elif typ.lower() in PROPERTY_TYPES:
            typ = typ.lower()
        else:
            problems.add(f"{name}: header field {h!r}: unknown type {typ}")
        if space is not None and typ not in ("ID", "START_ID", "END_ID"):
            problems.add(f"{name}: header field {h!r}: only ID fields take an ID space")
        if typ in SPECIAL and typ != "ID" and prop:
            problems.add(f"{name}: header field {h!r}: {typ} takes no property name")
        if typ not in SPECIAL or typ == "ID":
            if typ not in SPECIAL and not prop:
                problems.add(f"{name}: header field {h!r} has no property name")
            if prop and prop in seen:
                problems.add(f"{name}: property {prop} twice")
            seen.add(prop)
        fields.append((prop, typ, array))
    return fields


def parse_value(typ, text):
    if typ in ("int", "long", "short", "byte"):
        return int(text)
    if typ in ("float", "double"):
        return float(text)
    if typ == "boolean":
        if text.lower() not in ("true", "false"):
            raise ValueError("not a boolean")
        return text.lower() == "true"
    if typ == "datetime":
        datetime.datetime.fromisoformat(text)
        return text
    if typ == "date":
        datetime.date.fromisoformat(text)
        return text
    return text


def main():
    directory, expected_path = sys.argv[1:3]
    expected = load_expected(expected_path)
    problems = Problems("neo4j")
    files = sorted(f for f in os.listdir(directory) if f.endswith(".csv"))
    node_files = [f for f in files if f.startswith("nodes_")]
    rel_files = [f for f in files if f.startswith("relationships_")]
    if set(files) != set(node_files) | set(rel_files):
        problems.add(f"files that are neither nodes nor relationships: {set(files) - set(node_files) - set(rel_files)}")

    nodes, edges, ids = {}, [], set()
    for name in node_files + rel_files:
        is_node = name in node_files
        with open(os.path.join(directory, name), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if not rows:
            problems.add(f"{name}: empty")
            continue
        fields = parse_header(problems, name, rows[0])
        kinds = [t for _, t, _ in fields]
        if is_node and kinds.count("ID") != 1:
            problems.add(f"{name}: {kinds.count('ID')} :ID fields, want 1")
        if not is_node:
            for k in ("START_ID", "END_ID", "TYPE"):
                if kinds.count(k) != 1:
                    problems.add(f"{name}: {kinds.count(k)} :{k} fields, want 1")
        for line, row in enumerate(rows[1:], start=2):
            if len(row) != len(fields):
                problems.add(f"{name}:{line}: {len(row)} fields, the header has {len(fields)}")
                continue
            rec = {}
            for (prop, typ, array), text in zip(fields, row):
                if "\n" in text or "\r" in text:
                    problems.add(f"{name}:{line}: a field spans lines")
                if text == "":
                    if typ in ("ID", "START_ID", "END_ID", "TYPE", "LABEL"):
                        problems.add(f"{name}:{line}: empty :{typ}")
                    if array:
                        rec[prop] = []
                    continue
                try:
                    if array:
                        value = [parse_value(typ, x) for x in text.split(ARRAY_DELIMITER)]
                    elif typ in SPECIAL:
                        value = text
                    else:
                        value = parse_value(typ, text)
                except ValueError as err:
                    problems.add(f"{name}:{line}: {prop}:{typ} value {text!r}: {err}")
                    continue
                if typ == "LABEL":
                    labels = text.split(ARRAY_DELIMITER)
                    if not all(IDENTIFIER.match(x) for x in labels):
                        problems.add(f"{name}:{line}: labels {text!r}")
                    rec[":LABEL"] = labels
                elif typ == "TYPE":
                    if not IDENTIFIER.match(text):
                        problems.add(f"{name}:{line}: relationship type {text!r}")
                    rec[":TYPE"] = text
                elif typ in ("START_ID", "END_ID"):
                    rec[":" + typ] = text
                elif typ == "ID":
                    rec[":ID"] = text
                    if prop:
                        rec[prop] = text
                elif typ != "IGNORE":
                    rec[prop] = value
            if is_node:
                nid = rec.get(":ID")
                if nid in ids:
                    problems.add(f"{name}:{line}: ID {nid} is not unique")
                ids.add(nid)
                labels = rec.get(":LABEL", [])
                types = [x for x in labels if x != "Entity"]
                nodes[nid] = {
                    "label": rec.get("name"), "type": types[0] if len(types) == 1 else labels,
                    "aliases": rec.get("aliases", []), "titles": rec.get("titles", []),
                    "mentions": rec.get("mentions"), "documents": rec.get("documents"),
                    "first_seen": rec.get("first_seen", ""), "last_seen": rec.get("last_seen", ""),
                }
                if "Entity" not in labels:
                    problems.add(f"{name}:{line}: no Entity label")
            else:
                edges.append({
                    "source": rec.get(":START_ID"), "target": rec.get(":END_ID"),
                    "label": rec.get(":TYPE", "").lower(), "symmetric": rec.get("symmetric"),
                    "confidence": rec.get("confidence"), "statements": rec.get("statements"),
                    "documents": rec.get("documents", []),
                })
    dangling = 0
    for e in edges:
        for end in ("source", "target"):
            if e[end] not in ids:
                dangling += 1
                problems.add(f"relationship {e['source']} {e['label']} {e['target']}: {end} is not a node")

    try:
        with open(os.path.join(directory, "README.txt"), encoding="utf-8") as f:
            readme = f.read()
    except OSError as err:
        problems.add(f"README.txt: {err}")
        readme = ""
    command = readme[readme.find("neo4j-admin database import"):]
    for name in node_files:
        if f"--nodes={name}" not in command:
            problems.add(f"README.txt: the import command does not name {name}")
    for name in rel_files:
        if f"--relationships={name}" not in command:
            problems.add(f"README.txt: the import command does not name {name}")

    compare_graph(problems, expected, nodes, edges)
    problems.finish({
        "tool": "neo4j-admin CSV header and integrity check", "format": "neo4j",
        "node_files": len(node_files), "relationship_files": len(rel_files),
        "nodes": len(nodes), "relationships": len(edges), "dangling_ends": dangling,
    })


if __name__ == "__main__":
    main()
