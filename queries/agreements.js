// agreements: the agreements in the store, with their parties, dates and proposers.
// usage: agreements [NAME]
// Without NAME, every agreement; with NAME, only that one.
// One result per agreement: {agreement, parties, dates, proposed_by, documents}.
var ids = args.length > 0 ? need(args[0]) : g.V().Has("<rdf:type>", "<Agreement>").Unique().ToArray();
// Each name once, not once per comparison.
var names = {};
for (var i = 0; i < ids.length; i++) {
  names[ids[i]] = nameOf(ids[i]);
}
ids.sort(function(a, b) { return names[a] < names[b] ? -1 : 1; });
for (var i = 0; i < ids.length; i++) {
  var id = ids[i];
  g.Emit({
    agreement: names[id],
    parties: unique(g.V(id).In("<party_to>").ToArray())
      .filter(function(p) { return confident(p, "<party_to>", id); }).map(nameOf).sort(),
    dates: unique(g.V(id).Out("<date>").ToArray()).sort(),
    proposed_by: unique(g.V(id).Out("<proposed_by>").ToArray())
      .filter(function(p) { return confident(id, "<proposed_by>", p); }).map(nameOf).sort(),
    documents: unique(g.V(id).Out("<mentioned_in>").ToArray()).length
  });
}
