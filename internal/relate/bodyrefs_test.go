package relate_test

import "testing"

// An office whose body is given by a reference ("its", "the charity's",
// "of the organisation") to the organisation that was the subject of the
// sentence before.
func TestBodyReferences(t *testing.T) {
	checkFacts(t, []factCase{
		// "Its TITLE, NAME," after a sentence whose subject is a body.
		{"Shelter Cymru warned that rents were rising fast. Its director, Helen Marsh, said families were struggling.",
			[]string{"Helen Marsh official_of Shelter Cymru", "Helen Marsh title =director"}, nil},
		// After "But" opening the sentence before.
		{"But Greenpeace argued the targets were too weak. Its director, Stephen Tindale, said so.",
			[]string{"Stephen Tindale official_of Greenpeace"}, nil},
		// "..., said its TITLE, Sir NAME." closing the sentence.
		{"The Wine Standards Board said the labels were misleading. \"Buyers are being fooled,\" said its chairman, Sir Peter Holt.",
			[]string{"Peter Holt leader_of Wine Standards Board", "Peter Holt title =chairman"}, nil},
		// "NAME, TITLE of the organisation," and "NAME, the NOUN's TITLE,".
		{"Crisis Watch says the figures are wrong. Sir Martin Bell, chairman of the organisation, says the data are out of date.",
			[]string{"Martin Bell leader_of Crisis Watch", "Martin Bell title =chairman"}, nil},
		{"The Royal Society for Wildlife (RSW) said it backed the plans. Jane Porter, the charity's president, said: \"This is welcome.\"",
			[]string{"Jane Porter leader_of Royal Society for Wildlife"}, nil},
		// The sentence before names two bodies: no subject to refer to.
		{"Crisis Watch and the Refugee Council disagree about the figures. Sir Martin Bell, chairman of the organisation, says the data are old.",
			nil, []string{"Martin Bell leader_of"}},
		// A person was the subject before: "its" is not a body of the text.
		{"Tom Reed said the hospital was failing. Its chief executive, Ann Cole, resigned.",
			nil, []string{"Ann Cole leader_of", "Ann Cole official_of"}},
		// A common noun of a body in the sentence takes "its" first.
		{"Shelter Cymru backed the report. The committee and its chairman, Dai Evans, were praised.",
			nil, []string{"Dai Evans leader_of Shelter Cymru"}},
		// "The agency's former TITLE NAME": the one body named with the noun.
		{"Ministers criticised the Rural Payments Agency on Monday. \"It has failed farmers,\" one said. The agency's former chief executive Mark Trent left last year.",
			[]string{"Mark Trent leader_of Rural Payments Agency"}, nil},
		// "the party" refers only to a party.
		{"Crisis Watch says the figures are wrong. Tom Hale, the party's leader, disagreed.",
			nil, []string{"Tom Hale leader_of Crisis Watch"}},
	})
}
