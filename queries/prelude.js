// prelude: helpers available to every saved query.

// RELATIONS are the relation predicates of the schema.
var RELATIONS = ["<leader_of>", "<official_of>", "<deputy_of>", "<serves_under>",
  "<member_of>", "<seeks_membership>", "<borders>", "<located_in>", "<allied_with>",
  "<met_with>", "<annexed>", "<party_to>", "<proposed_by>", "<possibly_same_as>"];

// entityIDs returns the IRIs ("<person/...>") of the entities called name:
// by canonical name first, then by alias, then by surname ("Grushko" for
// "Alexander Grushko"); an IRI is accepted as it is.
function entityIDs(name) {
  if (name.charAt(0) == "<") {
    return [name];
  }
  var ids = g.V().Has("<name>", name).Unique().ToArray();
  if (ids.length == 0) {
    ids = g.V().Has("<alias>", name).Unique().ToArray();
  }
  if (ids.length == 0 && name.indexOf(" ") < 0) {
    // A surname: the persons who have it (ingest stores a person's
    // surname), then the entities whose name ends with it (a scan of
    // every name, for stores loaded without surnames).
    ids = g.V().Has("<surname>", JSON.stringify(name) + "^^<surname>").Unique().ToArray();
  }
  if (ids.length == 0 && name.indexOf(" ") < 0) {
    var re = "(^| )" + name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "$";
    ids = g.V().Tag("id").Out("<name>").Filter(regex(re)).Back("id").Unique().ToArray();
  }
  return ids;
}

// Cayley's key-value stores index quads by subject and by object, never by
// predicate: a step that tags the predicates it follows (Out(RELATIONS,
// "predicate")) or a Save reads every quad of the store once per predicate
// (seconds on the Reuters store), even from a single node. edges and props
// read a node's own edges, through the index that starts with the node.

// edges calls fn({id, predicate}) for every edge of node in direction dir
// ("out" or "in") whose predicate is one of preds: a step per predicate,
// which reads only the node's edges of that predicate (an entity has
// thousands of others: its mentions, the statements about it).
function edges(node, dir, preds, fn) {
  for (var i = 0; i < preds.length; i++) {
    var p = dir == "out" ? g.V(node).Out(preds[i]) : g.V(node).In(preds[i]);
    var ids = p.ToArray();
    for (var j = 0; j < ids.length; j++) {
      fn({id: ids[j], predicate: preds[i]});
    }
  }
}

// adjacent returns, for the nodes ids, their neighbours over the edges of
// predicate pred in direction dir ("out" or "in"): {node: [id, ...]}, with a
// node that has none left out. One step for all the nodes, which tags the node
// it starts from, not the predicate.
function adjacent(ids, dir, pred) {
  var out = {};
  if (ids.length == 0) {
    return out; // V() of no node would be every node
  }
  var p = V(ids).Tag("from");
  p = dir == "out" ? p.Out(pred) : p.In(pred);
  p.ForEach(function(r) {
    (out[r.from] = out[r.from] || []).push(r.id);
  });
  return out;
}

// props returns the outgoing edges of node by predicate: {"<name>": [...], ...}.
function props(node) {
  var out = {};
  g.V(node).Out(null, "predicate").ForEach(function(r) {
    (out[r.predicate] = out[r.predicate] || []).push(r.id);
  });
  return out;
}

// V starts a path at every node of the array ids.
function V(ids) {
  return g.V.apply(g, ids);
}

// nameOf returns the canonical name of a node, or its IRI.
function nameOf(id) {
  var n = g.V(id).Out("<name>").ToArray();
  if (n.length == 0) {
    return id;
  }
  n.sort();
  return n[0];
}

// outgoing returns the outgoing edges of the nodes ids by node and predicate:
// {node: {"<name>": [...], ...}}. One step for all the nodes, which reads each
// node's outgoing edges once (tagging the predicate from nodes tagged first
// reads only their edges; see props). Edges to the values of the array
// except, when given, are left out before their values are read.
function outgoing(ids, except) {
  var out = {};
  if (ids.length == 0) {
    return out;
  }
  var p = V(ids).Tag("from").Out(null, "predicate");
  if (except && except.length > 0) {
    p = p.Except(V(except));
  }
  p.ForEach(function(r) {
    var o = out[r.from] || (out[r.from] = {});
    (o[r.predicate] = o[r.predicate] || []).push(r.id);
  });
  return out;
}

// typeOf returns the type of a node without its brackets ("Person").
function typeOf(id) {
  var t = g.V(id).Out("<rdf:type>").ToArray();
  return t.length ? t[0].replace(/^<|>$/g, "") : "";
}

// confident reports whether the edge s -p-> o has a supporting statement
// at least MIN_CONFIDENCE confident (set by --min-confidence; 0 keeps all).
// An edge loaded without statements counts as certain.
function confident(s, p, o) {
  if (typeof MIN_CONFIDENCE === "undefined" || MIN_CONFIDENCE <= 0) {
    return true;
  }
  var cs = g.V(s).In("<subject>").Has("<predicate>", p).Tag("st")
    .Out("<object>").Is(o).Back("st").Out("<confidence>").ToArray();
  if (cs.length == 0) {
    return true;
  }
  for (var i = 0; i < cs.length; i++) {
    if (cs[i] >= MIN_CONFIDENCE) {
      return true;
    }
  }
  return false;
}

// need stops the query with a clear message when a name matches nothing.
function need(name) {
  var ids = entityIDs(name);
  if (ids.length == 0) {
    throw new Error("no entity named " + JSON.stringify(name));
  }
  return ids;
}

// unique drops repeated values from an array of strings.
function unique(xs) {
  var seen = {}, out = [];
  for (var i = 0; i < xs.length; i++) {
    if (!seen[xs[i]]) {
      seen[xs[i]] = true;
      out.push(xs[i]);
    }
  }
  return out;
}
