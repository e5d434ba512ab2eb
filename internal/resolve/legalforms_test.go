package resolve_test

import "testing"

// A company named with all its legal suffixes ("& Co.", "Co Ltd"), in
// another spelling of its legal form or case, or by the lexicon's name
// of the rest, is one company; a parent and its subsidiary abroad that
// differ only in legal form stay two.
func TestLegalFormNames(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Pellmar Optics & Co. cut 200 jobs. Pellmar Optics said demand was weak.",
			[]string{"0:ORG:Pellmar Optics & Co.", "1:ORG:Pellmar Optics"},
			[]string{"Organization:Pellmar Optics & Co."}, []string{"Organization:Pellmar Optics"}},
		{"Kestrel Motor Co. raised prices. The Kestrel Motor Company said costs rose.",
			[]string{"0:ORG:Kestrel Motor Co.", "1:ORG:Kestrel Motor Company"},
			[]string{"Organization:Kestrel Motor Co."}, []string{"Organization:Kestrel Motor Company"}},
		{"Ford Motor Co raised prices on Monday. Ford said costs rose.",
			[]string{"0:ORG:Ford Motor Co", "1:ORG:Ford"},
			[]string{"Organization:Ford"}, []string{"Organization:Ford Motor Co"}},
		// Negative case: a subsidiary in another legal form.
		{"Brackley Corp said its parent Brackley AG would invest more.",
			[]string{"0:ORG:Brackley Corp", "0:ORG:Brackley AG"},
			[]string{"Organization:Brackley Corp", "Organization:Brackley AG"}, nil},
	})
}
