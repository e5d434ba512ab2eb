package mention

// notPlaceHeads are lower-case nouns that follow the name of a family, a
// person, a publication or a show, but not a place's: "the Oatley family",
// "the Tomlinson review", "the Vogue interview", "the Nightline
// programme", "the Rings trilogy". A place before a noun names where the
// thing is ("Belmarsh prison", "the Newbury bypass", "Stansted airport"),
// so a place the lexicon does not know, read by the tagger before one of
// these, is no place.
var notPlaceHeads = map[string]bool{
	"family": true, "families": true, "dynasty": true,
	"review": true, "interview": true, "interviews": true,
	"programme": true, "programmes": true, "trilogy": true, "album": true, "albums": true,
}
