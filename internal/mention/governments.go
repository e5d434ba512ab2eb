package mention

// stateGovernment reports the word "government" at k, written in lower
// case after a state's demonym: "the Israeli government said" names the
// state by its government, as news writes it, and the schema counts it
// as the state. A capitalised "Government" is left to the tagger's name
// ("the Scottish Government" is a region's body; a state's is made the
// state when entities are resolved).
func (sc *scan) stateGovernment(k int) bool {
	return k < sc.s.T1 && sc.a.Words[k] == "government"
}
