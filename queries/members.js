// members: the members of an organisation, and who said so.
// usage: members ORGANISATION
// One result per member: {member, type, documents}, documents counting the texts that state it.
var ids = need(args[0]);
var found = {};
V(ids).Tag("org").In("<member_of>").ForEach(function(r) {
  if (confident(r.id, "<member_of>", r.org)) {
    found[r.id] = (found[r.id] || 0) + 1;
  }
});
var members = Object.keys(found).sort(function(a, b) { return nameOf(a) < nameOf(b) ? -1 : 1; });
for (var i = 0; i < members.length; i++) {
  g.Emit({member: nameOf(members[i]), type: typeOf(members[i]), documents: found[members[i]]});
}
