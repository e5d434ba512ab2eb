// agreements: the agreements in the store, with their parties, dates and proposers.
// usage: agreements [NAME]
// Without NAME, every agreement; with NAME, only that one.
// One result per agreement: {agreement, parties, dates, proposed_by, documents}.
var ids = args.length > 0 ? need(args[0]) : g.V().Has("<rdf:type>", "<Agreement>").Unique().ToArray();
// Two steps for all the agreements at once, tagging the agreement (a step per
// agreement and predicate cost 0.2 ms an agreement): their outgoing edges
// (names, dates, proposers, documents), then the party_to edges into them.
// Half of the outgoing edges are their type and their mention counts, which
// the listing does not use: the step leaves out the type and the counts up to
// ten (nearly all of them) before it reads their values.
var out = outgoing(ids, ["<Agreement>", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
var parties = adjacent(ids, "in", "<party_to>");
var rows = [], names = {}, others = [];
// Plain loops: goja spends a microsecond on each call, array and object,
// and there are a thousand agreements with five fields each.
var filtering = typeof MIN_CONFIDENCE !== "undefined" && MIN_CONFIDENCE > 0;
function keep(xs, s, p, o) { // unique xs (confident edges only, when filtering)
  if (xs.length < 2 && !filtering) {
    return xs.slice();
  }
  var out = unique(xs);
  return filtering ? out.filter(function(x) { return confident(s || x, p, o || x); }) : out;
}
for (var i = 0; i < ids.length; i++) {
  var id = ids[i], o = out[id] || {};
  var n = o["<name>"], docs = o["<mentioned_in>"], dates = o["<date>"] || [];
  var r = {
    agreement: n ? (n.length > 1 ? n.sort()[0] : n[0]) : id, // nameOf
    parties: parties[id] ? keep(parties[id], null, "<party_to>", id) : [],
    dates: dates.length > 1 ? unique(dates).sort() : dates,
    proposed_by: o["<proposed_by>"] ? keep(o["<proposed_by>"], id, "<proposed_by>", null) : [],
    documents: docs ? (docs.length > 1 ? unique(docs).length : 1) : 0
  };
  rows.push(r);
  for (var j = 0; j < r.parties.length; j++) others.push(r.parties[j]);
  for (var j = 0; j < r.proposed_by.length; j++) others.push(r.proposed_by[j]);
}
// A step per party or proposer, each name once: a country's outgoing edges
// are thousands (its mentions), and a step per node reads only its names.
for (var i = 0; i < others.length; i++) {
  if (!(others[i] in names)) {
    names[others[i]] = nameOf(others[i]);
  }
}
function name(id) { return names[id]; }
rows.sort(function(a, b) { return a.agreement < b.agreement ? -1 : a.agreement > b.agreement ? 1 : 0; });
for (var i = 0; i < rows.length; i++) {
  var r = rows[i];
  r.parties = r.parties.length > 1 ? r.parties.map(name).sort() : r.parties.map(name);
  r.proposed_by = r.proposed_by.length > 1 ? r.proposed_by.map(name).sort() : r.proposed_by.map(name);
  g.Emit(r);
}
