// officials: the people who lead or hold office for a country or organisation, with their titles.
// usage: officials NAME
// One result per person: {person, role, titles}; role is leader_of or official_of.
var ids = need(args[0]);
var rows = {};
V(ids).Tag("body").In(["<leader_of>", "<official_of>"], "role").ForEach(function(r) {
  var key = r.id + r.role;
  if (!rows[key] && confident(r.id, r.role, r.body)) {
    rows[key] = {person: nameOf(r.id), role: r.role.replace(/^<|>$/g, ""),
      titles: unique(g.V(r.id).Out("<title>").ToArray()).sort().join("; ")};
  }
});
var keys = Object.keys(rows).sort(function(a, b) {
  return rows[a].role + rows[a].person < rows[b].role + rows[b].person ? -1 : 1;
});
for (var i = 0; i < keys.length; i++) {
  g.Emit(rows[keys[i]]);
}
