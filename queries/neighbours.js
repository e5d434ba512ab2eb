// neighbours: every edge of an entity, in both directions, with its predicate and the other end.
// usage: neighbours NAME
// NAME is a canonical name, an alias or an IRI such as <person/vladimir_putin>.
// One result per distinct edge: {entity, direction, predicate, other, other_type}.
var ids = need(args[0]);
var seen = {};
function emit(id, dir, pred, other) {
  var key = id + dir + pred + other;
  if (seen[key] || !(dir == "out" ? confident(id, pred, other) : confident(other, pred, id))) {
    return;
  }
  seen[key] = true;
  g.Emit({entity: nameOf(id), direction: dir, predicate: pred.replace(/^<|>$/g, ""),
    other: nameOf(other), other_type: typeOf(other)});
}
for (var i = 0; i < ids.length; i++) {
  edges(ids[i], "out", RELATIONS, function(r) { emit(ids[i], "out", r.predicate, r.id); });
  edges(ids[i], "in", RELATIONS, function(r) { emit(ids[i], "in", r.predicate, r.id); });
}
