package relate_test

import "testing"

// A bare company office in a story about one company is that company's.
func TestDocumentCompanyOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harwell Pumps lifts profits\n\nHarwell Pumps has reported a 12% rise in annual profits. Sales at Harwell Pumps grew in every region.\n\n" +
			"\"We have had a very good year,\" said chief executive Dale Ormond. Analysts expect Harwell Pumps to raise its dividend. " +
			"Finance director Nina Wald said costs had fallen.",
			[]string{"Dale Ormond leader_of Harwell Pumps", "Nina Wald official_of Harwell Pumps"}, nil},
		// A country named in the sentence is no body of a chief executive.
		{"Harwell Pumps lifts profits\n\nHarwell Pumps has reported a 12% rise in annual profits. Harwell Pumps grew in every region.\n\n" +
			"Chief executive Dale Ormond said sales in France had doubled.",
			[]string{"Dale Ormond leader_of Harwell Pumps"}, []string{"Dale Ormond leader_of France", "Dale Ormond official_of France"}},
		// Two companies of the same weight: no body stands out.
		{"Harwell Pumps and Brixton Foods merge\n\nHarwell Pumps is to merge with Brixton Foods. Harwell Pumps and Brixton Foods have agreed terms.\n\n" +
			"\"This is a good deal,\" said chief executive Dale Ormond. Harwell Pumps and Brixton Foods will keep their names.",
			nil, []string{"Dale Ormond leader_of"}},
		// A quotation that began with another body's speaker.
		{"Harwell Pumps lifts profits\n\nHarwell Pumps has reported a 12% rise in annual profits. Harwell Pumps grew in every region.\n\n" +
			"Rival Brixton Foods welcomed the news, saying: \"It is good for the sector. We hope for more growth,\" chief executive Dale Ormond said.",
			nil, []string{"Dale Ormond leader_of"}},
		// The holder's office is another body's, named elsewhere.
		{"Harwell Pumps lifts profits\n\nHarwell Pumps has reported a 12% rise in annual profits. Harwell Pumps grew in every region.\n\n" +
			"\"It is a fine result,\" said chairman Dale Ormond. Dale Ormond, chairman of Brixton Foods, said he was pleased.",
			[]string{"Dale Ormond leader_of Brixton Foods"}, []string{"Dale Ormond leader_of Harwell Pumps"}},
	})
}
