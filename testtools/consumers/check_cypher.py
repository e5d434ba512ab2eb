r"""Parses a Cypher export statement by statement and compares it with the
store's graph.

The script may hold only the statements newsgraph writes, each checked
token by token: CREATE CONSTRAINT ... IF NOT EXISTS, MERGE of a node on
its id then SET, and MATCH, MATCH, MERGE of a relationship then SET.
String literals must use only Cypher's escapes (\\ \' \" \n \r \t \b \f
\uXXXX); every MATCHed id must have been MERGEd before; nothing is
CREATEd but the constraint, so running the script twice changes nothing.

usage: check_cypher.py FILE EXPECTED.json
"""

import re
import sys

from common import Problems, compare_graph, load_expected

TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*)
  | (?P<string>'(?:[^'\\\n]|\\.)*')
  | (?P<quoted>`(?:[^`]|``)+`)
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<arrow>->|-)
  | (?P<punct>[(){}\[\]:,.;=])
""", re.X | re.S)
ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


class Bad(Exception):
    pass


def unquote(s):
    out, i, body = [], 0, s[1:-1]
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        if n in ESCAPES:
            out.append(ESCAPES[n])
            i += 2
        elif n == "u" and re.match(r"[0-9A-Fa-f]{4}", body[i + 2:i + 6]):
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        else:
            raise Bad(f"invalid escape \\{n} in {s}")
    return "".join(out)


def tokenize(text):
    pos, toks = 0, []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            line = text.count("\n", 0, pos) + 1
            raise Bad(f"line {line}: cannot read {text[pos:pos + 30]!r}")
        kind = m.lastgroup
        if kind not in ("ws", "comment"):
            toks.append((kind, m.group(), text.count("\n", 0, pos) + 1))
        pos = m.end()
    return toks


class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("eof", "", 0)

    def next(self):
        t = self.peek()
        self.i += 1
        return t

    def expect(self, value=None, kind=None):
        k, v, line = self.next()
        if (value is not None and v.upper() != value.upper()) or (kind is not None and k != kind):
            raise Bad(f"line {line}: got {v!r}, want {value or kind}")
        return v

    def name(self):
        k, v, line = self.next()
        if k == "word":
            return v
        if k == "quoted":
            return v[1:-1].replace("``", "`")
        raise Bad(f"line {line}: got {v!r}, want a name")

    def value(self):
        k, v, line = self.next()
        if k == "string":
            return unquote(v)
        if k == "number":
            return float(v) if "." in v or "e" in v.lower() else int(v)
        if k == "word" and v.lower() in ("true", "false"):
            return v.lower() == "true"
        if k == "word" and v.lower() == "null":
            return None
        if k == "word" and v.lower() == "datetime":
            self.expect("(")
            s = unquote(self.expect(kind="string"))
            self.expect(")")
            return s
        if v == "[":
            items = []
            while self.peek()[1] != "]":
                items.append(unquote(self.expect(kind="string")))
                if self.peek()[1] == ",":
                    self.next()
            self.next()
            return items
        raise Bad(f"line {line}: got {v!r}, want a value")

    def id_pattern(self, var):
        """(var:Entity {id: 'x'})"""
        self.expect("(")
        self.expect(var)
        self.expect(":")
        if self.name() != "Entity":
            raise Bad("a node pattern without the Entity label")
        self.expect("{")
        self.expect("id")
        self.expect(":")
        ident = unquote(self.expect(kind="string"))
        self.expect("}")
        self.expect(")")
        return ident

    def sets(self, var):
        """SET var:Label, var.prop = value, ..."""
        self.expect("SET")
        labels, props = [], {}
        while True:
            self.expect(var)
            if self.peek()[1] == ":":
                self.next()
                labels.append(self.name())
            else:
                self.expect(".")
                prop = self.name()
                self.expect("=")
                if prop in props:
                    raise Bad(f"{var}.{prop} set twice")
                props[prop] = self.value()
            if self.peek()[1] != ",":
                return labels, props
            self.next()


def main():
    path, expected_path = sys.argv[1:3]
    expected = load_expected(expected_path)
    problems = Problems("cypher")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    nodes, edges, counts = {}, [], {"constraint": 0, "node_merge": 0, "relationship_merge": 0}
    try:
        p = Parser(tokenize(text))
        while p.peek()[0] != "eof":
            start = p.peek()
            word = start[1].upper()
            if word == "CREATE":
                p.next()
                p.expect("CONSTRAINT")
                p.name()
                p.expect("IF")
                p.expect("NOT")
                p.expect("EXISTS")
                p.expect("FOR")
                p.expect("(")
                p.expect("n")
                p.expect(":")
                p.expect("Entity")
                p.expect(")")
                p.expect("REQUIRE")
                p.expect("n")
                p.expect(".")
                p.expect("id")
                p.expect("IS")
                p.expect("UNIQUE")
                counts["constraint"] += 1
            elif word == "MERGE":
                p.next()
                ident = p.id_pattern("n")
                labels, props = p.sets("n")
                if ident in nodes:
                    problems.add(f"line {start[2]}: {ident} merged twice")
                nodes[ident] = {
                    "label": props.get("name"), "type": labels[0] if len(labels) == 1 else labels,
                    "aliases": props.get("aliases"), "titles": props.get("titles"),
                    "mentions": props.get("mentions"), "documents": props.get("documents"),
                    "first_seen": props.get("first_seen") or "", "last_seen": props.get("last_seen") or "",
                }
                counts["node_merge"] += 1
            elif word == "MATCH":
                p.next()
                a = p.id_pattern("a")
                p.expect("MATCH")
                b = p.id_pattern("b")
                p.expect("MERGE")
                p.expect("(")
                p.expect("a")
                p.expect(")")
                p.expect("-")
                p.expect("[")
                p.expect("r")
                p.expect(":")
                rtype = p.name()
                p.expect("]")
                p.expect("->")
                p.expect("(")
                p.expect("b")
                p.expect(")")
                _, props = p.sets("r")
                for end in (a, b):
                    if end not in nodes:
                        problems.add(f"line {start[2]}: {end} is matched before it is merged")
                edges.append({"source": a, "target": b, "label": rtype.lower(), **props})
                counts["relationship_merge"] += 1
            else:
                raise Bad(f"line {start[2]}: unexpected statement {start[1]!r}")
            p.expect(";")
    except Bad as err:
        problems.add(str(err))
        problems.finish({})
    if counts["constraint"] != 1:
        problems.add(f"{counts['constraint']} constraints, want 1")
    compare_graph(problems, expected, nodes, edges)
    problems.finish({"tool": "cypher statement parser", "format": "cypher", **counts})


if __name__ == "__main__":
    main()
