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
// parent[node] = [previous node, predicate, direction]
var parent = {}, frontier = [], found = [];
for (var i = 0; i < from.length; i++) {
  parent[from[i]] = null;
  frontier.push(from[i]);
}
function step(node, dir, r) {
  if (r.id in parent || !(dir == "out" ? confident(node, r.predicate, r.id) : confident(r.id, r.predicate, node))) {
    return;
  }
  parent[r.id] = [node, r.predicate.replace(/^<|>$/g, ""), dir];
  if (target[r.id]) {
    found.push(r.id);
  }
  next.push(r.id);
}
for (var hop = 1; hop <= maxHops && frontier.length > 0 && found.length == 0; hop++) {
  var next = [];
  for (var i = 0; i < frontier.length; i++) {
    var node = frontier[i];
    g.V(node).Out(RELATIONS, "predicate").ForEach(function(r) { step(node, "out", r); });
    g.V(node).In(RELATIONS, "predicate").ForEach(function(r) { step(node, "in", r); });
  }
  frontier = next;
}
for (var i = 0; i < found.length; i++) {
  var parts = [nameOf(found[i])], n = found[i], hops = 0;
  while (parent[n]) {
    var p = parent[n];
    parts.unshift(p[2] == "out" ? " -" + p[1] + "-> " : " <-" + p[1] + "- ");
    parts.unshift(nameOf(p[0]));
    n = p[0];
    hops++;
  }
  g.Emit({hops: hops, path: parts.join("")});
}
