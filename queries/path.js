// path: how two entities are connected, through at most N edges (default 3), in either direction.
// usage: path A B [N]
// Breadth-first over the relation edges; one result per shortest path found:
// {hops, path} where path alternates names and predicates ("Grushko -deputy_of-> Lavrov").
var from = need(args[0]), to = need(args[1]);
var maxHops = args.length > 2 ? parseInt(args[2], 10) : 3;
if (!(maxHops >= 1 && maxHops <= 6)) {
  throw new Error("N must be a number from 1 to 6");
}
var target = {};
for (var i = 0; i < to.length; i++) {
  target[to[i]] = true;
}
// parent[node] = [previous node, direction]. Each hop is one step from the
// whole frontier in each direction (tagging the node it starts from, not the
// predicate: see edges in the prelude); the predicates of the edges on a path
// are read once it is found.
var parent = {}, frontier = [], found = [];
for (var i = 0; i < from.length; i++) {
  parent[from[i]] = null;
  frontier.push(from[i]);
}
// between returns the predicate of the first edge from node to id in
// direction dir that is confident enough, "" when none is.
function between(node, dir, id) {
  var pred = "";
  edges(node, dir, RELATIONS, function(r) {
    if (!pred && r.id == id && (dir == "out" ? confident(node, r.predicate, id) : confident(id, r.predicate, node))) {
      pred = r.predicate;
    }
  });
  return pred;
}
var filtered = typeof MIN_CONFIDENCE !== "undefined" && MIN_CONFIDENCE > 0;
// Before the search, whether a path exists at all: a search from both ends
// meeting in the middle, each hop from the smaller frontier, reads a few
// nodes' edges where the search from A reads those of every node within
// N-1 hops of it (Reagan to OPEC: 230 ms for no path). It ignores
// --min-confidence, which only removes edges: no path without the filter is
// no path with it. When there is one, the search from A below finds the same
// paths as without this check.
function connected() {
  // The search from A finds a node of B only if it is not a node of A.
  var seen = [{}, {}], fronts = [[], []];
  for (var i = 0; i < from.length; i++) {
    seen[0][from[i]] = true;
    fronts[0].push(from[i]);
  }
  for (var i = 0; i < to.length; i++) {
    if (!seen[0][to[i]] && !seen[1][to[i]]) {
      seen[1][to[i]] = true;
      fronts[1].push(to[i]);
    }
  }
  for (var hops = 0; hops < maxHops && fronts[0].length > 0 && fronts[1].length > 0; hops++) {
    var side = fronts[0].length <= fronts[1].length ? 0 : 1, next = [], met = false;
    [V(fronts[side]).Tag("from").Out(RELATIONS), V(fronts[side]).Tag("from").In(RELATIONS)].forEach(function(p) {
      p.ForEach(function(r) {
        if (seen[1 - side][r.id]) {
          met = true;
        }
        if (!seen[side][r.id]) {
          seen[side][r.id] = true;
          next.push(r.id);
        }
      });
    });
    if (met) {
      return true;
    }
    fronts[side] = next;
  }
  return false;
}
if (!connected()) {
  frontier = [];
}
for (var hop = 1; hop <= maxHops && frontier.length > 0 && found.length == 0; hop++) {
  var next = [];
  ["out", "in"].forEach(function(dir) {
    var p = dir == "out" ? V(frontier).Tag("from").Out(RELATIONS) : V(frontier).Tag("from").In(RELATIONS);
    p.ForEach(function(r) {
      if (r.id in parent || filtered && !between(r.from, dir, r.id)) {
        return;
      }
      parent[r.id] = [r.from, dir];
      if (target[r.id]) {
        found.push(r.id);
      }
      next.push(r.id);
    });
  });
  frontier = next;
}
for (var i = 0; i < found.length; i++) {
  var parts = [nameOf(found[i])], n = found[i], hops = 0;
  while (parent[n]) {
    var p = parent[n];
    var pred = between(p[0], p[1], n).replace(/^<|>$/g, "");
    parts.unshift(p[1] == "out" ? " -" + pred + "-> " : " <-" + pred + "- ");
    parts.unshift(nameOf(p[0]));
    n = p[0];
    hops++;
  }
  g.Emit({hops: hops, path: parts.join("")});
}
