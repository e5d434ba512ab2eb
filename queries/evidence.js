// evidence: the sentences and documents behind the edges between two entities.
// usage: evidence A B
// A and B are names, aliases or IRIs; edges in both directions are shown.
// With --min-confidence, less confident statements are left out.
// One result per statement: {subject, predicate, object, sentence, document, path, start, end, confidence, rule}.
var as = need(args[0]), bs = need(args[1]);
function show(from, to) {
  V(from).In("<subject>").Tag("statement").Out("<object>").Is.apply(null, to).Back("statement")
    .Save("<predicate>", "predicate").Save("<sentence>", "sentence")
    .Save("<start>", "start").Save("<end>", "end").Save("<confidence>", "confidence")
    .SaveOpt("<rule>", "rule").Save("<document>", "document")
    .ForEach(function(r) {
      if (typeof MIN_CONFIDENCE !== "undefined" && r.confidence < MIN_CONFIDENCE) {
        return;
      }
      var path = g.V(r.document).Out("<path>").ToArray();
      g.Emit({subject: nameOf(g.V(r.statement).Out("<subject>").ToArray()[0]),
        predicate: r.predicate.replace(/^<|>$/g, ""),
        object: nameOf(g.V(r.statement).Out("<object>").ToArray()[0]),
        sentence: r.sentence, document: r.document, path: path.length ? path[0] : "",
        start: r.start, end: r.end, confidence: r.confidence, rule: r.rule || ""});
    });
}
show(as, bs);
show(bs, as);
