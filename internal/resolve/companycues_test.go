package resolve_test

import "testing"

// Names the tagger took for people that the text describes as businesses.
func TestBusinessesDescribedAsSuch(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		// An appositive headed by a business noun.
		{"Talvenna, a small software firm based in Leeds, lost the contract.", []string{"PER:Talvenna"},
			[]string{"Organization:Talvenna"}, []string{"Person:Talvenna"}},
		{"The buyer was Orrick Hale, one of the region's largest builders' firms.", []string{"PER:Orrick Hale"},
			[]string{"Organization:Orrick Hale"}, []string{"Person:Orrick Hale"}},
		{"Merrow Dale, a division of the Brockley group, will close two mills.", []string{"PER:Merrow Dale"},
			[]string{"Organization:Merrow Dale"}, []string{"Person:Merrow Dale"}},
		// A legal form after a comma.
		{"The refinery is run by Petroquim Andes, C.A., a joint venture.", []string{"PER:Petroquim Andes"},
			[]string{"Organization:Petroquim Andes"}, []string{"Person:Petroquim Andes"}},
		// A business noun and a comma or a dash before the name.
		{"Its mining subsidiary, Carbomar Sur, will sign the lease on Friday.", []string{"PER:Carbomar Sur"},
			[]string{"Organization:Carbomar Sur"}, []string{"Person:Carbomar Sur"}},
		{"Both partners hold half of the venture - Delmora Foods.", []string{"PER:Delmora Foods"},
			[]string{"Organization:Delmora Foods"}, []string{"Person:Delmora Foods"}},
		// A business noun right before, "which", a purchase.
		{"Shares in its unit Vostrel rose sharply.", []string{"PER:Vostrel"},
			[]string{"Organization:Vostrel"}, []string{"Person:Vostrel"}},
		{"Regulators are looking at Quillack, which runs four toll roads.", []string{"PER:Quillack"},
			[]string{"Organization:Quillack"}, []string{"Person:Quillack"}},
		{"The group said it had bought Hennock last year.", []string{"PER:Hennock"},
			[]string{"Organization:Hennock"}, []string{"Person:Hennock"}},
	})
}

// People stay people: the cues are a business's only where nothing says
// the name is a person's.
func TestPersonsNotDescribedAsBusinesses(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		// "the company said" is a clause, not an appositive.
		{"The board named Peter Lanning, the company said.", []string{"PER:Peter Lanning"},
			[]string{"Person:Peter Lanning"}, []string{"Organization:Peter Lanning"}},
		// The head of the appositive is a person's noun.
		{"Ruth Calder, the firm's founder, said sales rose.", []string{"PER:Ruth Calder"},
			[]string{"Person:Ruth Calder"}, []string{"Organization:Ruth Calder"}},
		// The business noun ends a phrase after an office title.
		{"The head of the state gas company, Oleksa Dravko, signed the deal.", []string{"PER:Oleksa Dravko"},
			[]string{"Person:Oleksa Dravko"}, []string{"Organization:Oleksa Dravko"}},
		// A given name before "which" or "maker".
		{"He quoted Simon Arlott which annoyed the board.", []string{"PER:Simon Arlott"},
			[]string{"Person:Simon Arlott"}, []string{"Organization:Simon Arlott"}},
		{"Documentary maker Helen Quarry won the prize.", []string{"PER:Helen Quarry"},
			[]string{"Person:Helen Quarry"}, []string{"Organization:Helen Quarry"}},
		// "-maker" compounds and rivals name people too.
		{"In 1790, shoemaker Tobias Venn was born in Bristol.", []string{"PER:Tobias Venn"},
			[]string{"Person:Tobias Venn"}, []string{"Organization:Tobias Venn"}},
		{"The mayor lost to his rival Ruuben Kask in May.", []string{"PER:Ruuben Kask"},
			[]string{"Person:Ruuben Kask"}, []string{"Organization:Ruuben Kask"}},
		// A person's cue elsewhere in the text wins over a weak cue.
		{"Calloway, which few had heard of, won. Chairman Calloway said he was pleased.", []string{"PER:Calloway"},
			[]string{"Person:Calloway"}, []string{"Organization:Calloway"}},
	})
}

// A possessive name that owns no noun is a shop's or a firm's.
func TestShopsNamedByPossessives(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"The chain owns stores such as Dorrin's, Pellam's and Quist's, which sell shoes.",
			[]string{"PER:Dorrin", "PER:Pellam", "PER:Quist"},
			[]string{"Organization:Dorrin", "Organization:Pellam", "Organization:Quist"}, []string{"Person:Dorrin", "Person:Quist"}},
		{"Hallam's said sales fell in December.", []string{"PER:Hallam"},
			[]string{"Organization:Hallam"}, []string{"Person:Hallam"}},
		// A list of possessives that ends in a noun.
		{"Kask's and Taavet's campaigns were short.", []string{"PER:Kask", "PER:Taavet"},
			[]string{"Person:Kask", "Person:Taavet"}, []string{"Organization:Kask"}},
		// Diseases.
		{"The drug may help people with Ostler's, a rare disease.", []string{"PER:Ostler"},
			nil, []string{"Organization:Ostler"}},
		// A possessive that owns a noun elsewhere in the text.
		{"Vennor's is closed. Vennor's shop reopens in May.", []string{"PER:Vennor"},
			nil, []string{"Organization:Vennor"}},
		// A given name.
		{"The best bread in town comes from Peter's.", []string{"PER:Peter"},
			nil, []string{"Organization:Peter"}},
	})
}
