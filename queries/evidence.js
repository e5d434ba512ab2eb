// evidence: the sentences and documents behind the edges between two entities.
// usage: evidence A B
// A and B are names, aliases or IRIs; edges in both directions are shown.
// With --min-confidence, less confident statements are left out.
// One result per statement: {subject, predicate, object, sentence, document, path, start, end, confidence, rule}.
var as = need(args[0]), bs = need(args[1]);
function show(from, to) {
  // The statements first, then each one's properties (see edges in the
  // prelude: a Save per property would read the whole store).
  V(from).In("<subject>").Tag("statement").Out("<object>").Is.apply(null, to).Back("statement")
    .ForEach(function(st) {
      var p = props(st.statement);
      var r = {predicate: p["<predicate>"][0], sentence: p["<sentence>"][0], start: p["<start>"][0],
        end: p["<end>"][0], confidence: p["<confidence>"][0], rule: (p["<rule>"] || [""])[0],
        document: p["<document>"][0]};
      if (typeof MIN_CONFIDENCE !== "undefined" && r.confidence < MIN_CONFIDENCE) {
        return;
      }
      var path = g.V(r.document).Out("<path>").ToArray();
      g.Emit({subject: nameOf(p["<subject>"][0]),
        predicate: r.predicate.replace(/^<|>$/g, ""),
        object: nameOf(p["<object>"][0]),
        sentence: r.sentence, document: r.document, path: path.length ? path[0] : "",
        start: r.start, end: r.end, confidence: r.confidence, rule: r.rule || ""});
    });
}
show(as, bs);
show(bs, as);
