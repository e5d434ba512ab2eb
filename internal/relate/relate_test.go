package relate_test

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/relate"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

// facts runs the pipeline up to relations on s and returns each fact as
// "Subject predicate Object" (or "Subject predicate =value").
func facts(t *testing.T, s string) []string {
	t.Helper()
	a, found, r := analyse(t, s)
	var out []string
	for _, fc := range relate.Find(a, found, r) {
		o := "=" + fc.Value
		if fc.Object != nil {
			o = fc.Object.Name
		}
		if fc.Evidence.Sentence == "" || fc.Evidence.Confidence <= 0 || fc.Evidence.Confidence > 1 || fc.Evidence.Rule == "" {
			t.Errorf("fact without evidence: %+v", fc)
		}
		if got := s[fc.Evidence.Start:fc.Evidence.End]; got != fc.Evidence.Sentence {
			t.Errorf("evidence offsets give %q, sentence is %q", got, fc.Evidence.Sentence)
		}
		out = append(out, fc.Subject.Name+" "+string(fc.Predicate)+" "+o)
	}
	sort.Strings(out)
	return out
}

// analyse runs the pipeline with the tagger up to resolution on s.
func analyse(t *testing.T, s string) (*text.Analysis, *mention.Result, *resolve.Result) {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	found := finder(t).Find(a)
	return a, found, resolve.Resolve(a, found)
}

// checkListed reports each of want missing from got (as a whole item)
// and each of not found in got (as a substring of the items joined by
// sep, which also ends and starts them).
func checkListed(t *testing.T, got []string, sep string, want, not []string) {
	t.Helper()
	joined := sep + strings.Join(got, sep) + sep
	for _, w := range want {
		if !strings.Contains(joined, sep+w+sep) {
			t.Errorf("missing %q; got %q", w, got)
		}
	}
	for _, n := range not {
		if strings.Contains(joined, n) {
			t.Errorf("unwanted %q; got %q", n, got)
		}
	}
}

// factCase is a text, the facts that must be found in it and substrings
// of facts that must not ("Subject predicate Object" or "Subject
// predicate =value", one per line).
type factCase struct {
	text string
	want []string // each must be found
	not  []string // none may be found
}

// checkFacts runs each case as a subtest.
func checkFacts(t *testing.T, tests []factCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			checkListed(t, facts(t, tc.text), "\n", tc.want, tc.not)
		})
	}
}

// finder is the mention finder the pipeline uses, with the tagger.
func finder(t *testing.T) *mention.Finder {
	t.Helper()
	tg, err := extract.EntityTagger()
	if err != nil {
		t.Fatal(err)
	}
	return &mention.Finder{Tagger: tg}
}

func TestPatterns(t *testing.T) {
	checkFacts(t, []factCase{
		{"Russian President Vladimir Putin spoke.", []string{"Vladimir Putin leader_of Russia", "Vladimir Putin title =president"}, nil},
		{"Alexander Grushko, Russia's deputy foreign minister, spoke.", []string{"Alexander Grushko official_of Russia", "Alexander Grushko title =deputy foreign minister"}, []string{"Alexander Grushko leader_of Russia"}},
		{"Lavrov's deputy, Alexander Grushko, spoke.", []string{"Alexander Grushko deputy_of Lavrov"}, nil},
		{"Biden's secretary of state, Antony Blinken, spoke.", []string{"Antony Blinken serves_under Biden", "Antony Blinken title =secretary of state"}, nil},
		{"Fiat chief executive Sergio Marchionne said so.", []string{"Sergio Marchionne leader_of Fiat"}, nil},
		{"Liberal Democrat leader Charles Kennedy said Britain would vote.", []string{"Charles Kennedy leader_of Liberal Democrats"}, nil},
		{"Green MEP Caroline Lucas said Britain would vote.", []string{"Caroline Lucas member_of Green Party of England and Wales"}, nil},
		{"Neil Smith, director of the campaign group Vote Yes, said so.", []string{"Neil Smith official_of Vote Yes"}, nil},
		{"Poland, Hungary and the Czech Republic joined NATO in 1999.", []string{"Poland member_of NATO", "Hungary member_of NATO", "Czech Republic member_of NATO"}, nil},
		{"Finland and Sweden—both neutral for decades—applied to join NATO.", []string{"Finland seeks_membership NATO", "Sweden seeks_membership NATO"}, nil},
		{"Putin never wanted to let Ukraine join NATO.", nil, []string{"Ukraine member_of NATO"}},
		{"Ukraine—Russia's western neighbour—is large.", []string{"Ukraine borders Russia"}, nil},
		{"Fighting spread to the eastern Ukrainian province of Donetsk.", []string{"Donetsk located_in Ukraine"}, nil},
		{"The lab is in Bethesda, Maryland, near the capital.", []string{"Bethesda located_in Maryland"}, nil},
		{"Leaders met in the Austrian resort of Kitzbuehel and then in the Spanish capital, Madrid.", []string{"Kitzbuehel located_in Austria", "Madrid located_in Spain"}, nil},
		{"Russian President Vladimir Putin annexed Crimea in 2014.", []string{"Vladimir Putin annexed Crimea"}, nil},
		{"The Oslo accords were signed by Israel and the PLO in 1993.", []string{"Israel party_to Oslo accords", "Oslo accords date =1993"}, nil},
		{"Ukrainian President Volodymyr Zelensky spoke. He has presented a 10-point plan.", []string{"10-point plan proposed_by Volodymyr Zelensky"}, nil},
		{"Jacques Chirac opened talks with President Ronald Reagan.", []string{"Jacques Chirac met_with Ronald Reagan", "Ronald Reagan title =president"}, nil},
		{"France, Germany and Italy, a group known as the Trio, met.", []string{"France member_of Trio", "Italy member_of Trio"}, nil},
		{"Reagan described France as America's oldest ally.", []string{"France allied_with United States"}, nil},
		{"Sen. Tom Cotton, a freshman Republican from Arkansas, wrote to officials in the United States.", []string{"Tom Cotton member_of Republican Party", "Tom Cotton title =senator"}, nil},
		{"Acme and Globex signed a supply agreement in 2010.", nil, nil},
		{"Conservative opposition leader Constantine Mitsotakis spoke in Athens.", nil, []string{"Conservative Party"}},
		{"King Fahd of Saudi Arabia arrived.", []string{"Fahd leader_of Saudi Arabia"}, nil},
		{"The rebels hold Pakistan's Sindh province.", []string{"Sindh located_in Pakistan"}, nil},
		{"He signed an accord between Nigeria and the Paris Club.", []string{"Nigeria party_to accord between Nigeria and the Paris Club"}, []string{"party_to accord\n"}},
		{"Condoleezza Rice, the prime minister said, is welcome.", nil, []string{"Condoleezza Rice title =prime minister"}},
		{"He begins his second term as US President, Tony Blair has said.", nil, []string{"Tony Blair title =president"}},
		{"A major aim of the visit was trade.", nil, []string{"title =major"}},
		{"They met the Prime Minister of Israel, Ariel Sharon, on Monday.", []string{"Ariel Sharon leader_of Israel"}, nil},
		{"French President Jacques Chirac and German Chancellor Gerhard Schroeder held talks in Paris.", []string{"Jacques Chirac met_with Gerhard Schroeder"}, nil},
		{"Terry Lundgren, Federated's chairman.", []string{"Terry Lundgren title =chairman"}, nil},
		{"James Callaghan was prime minister of Britain from 1976 to 1979.", []string{"James Callaghan leader_of United Kingdom", "James Callaghan title =prime minister"}, nil},
		{"Helmut Kohl, who is Germany's chancellor, arrived.", []string{"Helmut Kohl leader_of Germany"}, nil},
		{"Jim Bolger was elected leader of the New Zealand National Party.", []string{"Jim Bolger leader_of New Zealand National Party"}, nil},
		{"King Fahd of Saudi Arabia arrived in London. The Saudi leader will hold talks with Prime Minister Margaret Thatcher.", []string{"Fahd met_with Margaret Thatcher"}, nil},
		{"Britain was well placed because of its strong alliance with the US.", []string{"United Kingdom allied_with United States"}, nil},
		{"Prime Minister Margaret Thatcher said her defence minister, George Younger, would go.", []string{"George Younger serves_under Margaret Thatcher", "George Younger title =defence minister"}, nil},
		{"In 2004 the US terminated an agreement with the EU, reached in 1992.", []string{"United States party_to agreement with the EU", "European Union party_to agreement with the EU", "agreement with the EU date =1992"}, nil},
		{"Prime Minister Tony Blair flew to Gaza. Mr Abbas said the British prime minister was welcome.", []string{"Tony Blair leader_of United Kingdom"}, nil},
		{"Under the terms of the U.S.-Greek bases accord, Greece may close them.", []string{"Greece party_to bases accord", "United States party_to bases accord"}, nil},
		{"George Bush will be more consensual as he begins his second term as US President, Tony Blair said.", []string{"George Bush leader_of United States", "George Bush title =president"}, []string{"Tony Blair title"}},
		{"They held a meeting between Gazprom chairman Aleksey Miller and India's petroleum minister Mani Shankar Aiyar.", []string{"Aleksey Miller met_with Mani Shankar Aiyar"}, nil},
		{"Japanese Prime Minister Yasuhiro Nakasone met House leaders, including Congressman Richard Gephardt.", []string{"Yasuhiro Nakasone met_with Richard Gephardt"}, nil},
		{"The Liberals gained seats. Liberal leader Jeremy Thorpe said so.", []string{"Jeremy Thorpe leader_of Liberals"}, nil},
		{"Democratic leader Harry Reid spoke.", nil, []string{"leader_of"}},
		{"Peru signed a 10-year debt rescheduling accord last week.", []string{"Peru party_to 10-year debt rescheduling accord"}, nil},
		{"Peru signed a debt accord in March, 1985.", []string{"debt accord date =1985"}, nil},
		{"Kenya and Tanzania signed a joint venture contract.", []string{"Kenya party_to joint venture contract", "Tanzania party_to joint venture contract"}, nil},
		{"Jane Brown, director of civil rights group Fairplay, said so. Tom Green, director of the engineering group Globex, agreed.", []string{"Jane Brown leader_of Fairplay", "Jane Brown official_of Fairplay"}, []string{"Tom Green leader_of"}},
		{"Qatar's Oil Minister, Sheikh Hamad al-Thani, said so. Asked about the prime minister, Mr Smith replied that he had no view.", []string{"Hamad al-Thani official_of Qatar", "Hamad al-Thani title =oil minister"}, []string{"title =sheikh", "Smith title"}},
		{"In Lagos, Ahmed Bello, who is also Nigerian Oil Minister, spoke.", []string{"Ahmed Bello official_of Nigeria", "Ahmed Bello title =oil minister"}, nil},
		{"Another Tory back-bencher, John Smith, said so. Labour backbencher Ann Jones agreed.", []string{"John Smith member_of Conservative Party", "Ann Jones member_of Labour Party"}, nil},
		{"Acme Bank said it was in talks with UK bank Barclays over a sale.", []string{"Acme Bank met_with Barclays"}, []string{"United Kingdom met_with"}},
		{"Peru's new president, Carlos Vega, said so.", []string{"Carlos Vega leader_of Peru", "Carlos Vega title =president"}, nil},
		{"President Carlos Vega discussed this problem and other issues with French president Jacques Chirac.", []string{"Carlos Vega met_with Jacques Chirac"}, nil},
		{"Acme Corp said it and Globex Inc have signed a supply agreement.", []string{"Acme Corp party_to supply agreement", "Globex Inc party_to supply agreement"}, nil},
		{"Acme said Globex Corp has signed a letter of intent.", []string{"Globex Corp party_to letter of intent"}, nil},
		{"As an MP, John Smith signed a parliamentary motion questioning expansion plans for the airport.", nil, []string{"party_to"}},
		{"Officials praised Acmeair, Portugal's largest carrier, on Friday.", nil, []string{"located_in"}},
		{"Officials defended Kenya's position in talks with the World Bank over loans.", nil, []string{"Kenya met_with"}},
		{"Kenya's talks with the World Bank have stalled, the Daily Nation said. The Nation said the ministry's talks with the World Bank would resume.", []string{"Kenya met_with World Bank"}, []string{"Daily Nation met_with", "Nation met_with"}},
		{"Tony Blair will meet George Bush in Washington next week.", []string{"Tony Blair met_with George Bush"}, nil},
		{"King Fahd will hold talks with Margaret Thatcher and meet Queen Elizabeth.", []string{"Fahd met_with Margaret Thatcher"}, []string{"Margaret Thatcher met_with Elizabeth", "Elizabeth met_with Margaret Thatcher"}},
		{"Mr Blair met his Israeli counterpart, Ariel Sharon. The British prime minister Tony Blair left.", []string{"Ariel Sharon leader_of Israel"}, nil},
		{"Mr Blair met his Israeli counterpart, Ariel Sharon.", nil, []string{"Ariel Sharon leader_of", "Ariel Sharon official_of"}},
		{"Russian Foreign Minister Sergei Lavrov spoke. Lavrov's US counterpart John Kerry disagreed.", []string{"John Kerry official_of United States"}, []string{"John Kerry leader_of"}},
		{"Gene Kahn heads May Department Stores.", []string{"Gene Kahn leader_of May Department Stores"}, nil},
		{"Michael Howard, who leads the Conservative Party, spoke.", []string{"Michael Howard leader_of Conservative Party"}, nil},
		{"The Conservative Party, led by Michael Howard, won.", []string{"Michael Howard leader_of Conservative Party"}, nil},
		{"A delegation led by Geoffrey Howe arrived in Moscow.", nil, []string{"leader_of"}},
		{"U.S. Treasury Secretary James Baker spoke.", []string{"James Baker official_of United States"}, nil},
		{"CDU Interior Minister Wolfgang Schaeuble spoke in Bonn.", []string{"Wolfgang Schaeuble member_of CDU"}, []string{"leader_of", "official_of"}},
		{"Housing Minister Keith Jones and Colombian mines and energy minister Ana Ruiz spoke.", []string{"Keith Jones title =housing minister", "Ana Ruiz official_of Colombia"}, []string{"official_of Housing"}},
		{"Beijing wants the island called 'Taipei, China' in all talks.", nil, []string{"located_in"}},
		{"Yesterday Warren Christopher, US Secretary of State was touring Cairo.", []string{"Warren Christopher official_of United States"}, nil},
		{"That is the view of Maria Lopez, World Bank country director for the Balkans and Turkey.", []string{"Maria Lopez official_of World Bank"}, nil},
		{"But on Monday, Brazilian Finance Minister, Antonio Palocci, told reporters.", []string{"Antonio Palocci official_of Brazil"}, nil},
		{"After a long meeting with President Fidel Ramos, James Baker spoke to reporters.", []string{"James Baker met_with Fidel Ramos"}, nil},
		{"Oil output in OPEC member Nigeria rose.", []string{"Nigeria member_of OPEC"}, nil},
		{"The era is over, the minister for rural development Ravi Kumar said.", []string{"Ravi Kumar title =minister for rural development"}, nil},
		{"Officials said Maria Weber is a member of the Social Democratic Party.", []string{"Maria Weber member_of Social Democratic Party"}, []string{"title =member"}},
		{"The post went to Hans Gruber, the current Finance Ministry State Secretary.", []string{"Hans Gruber official_of Finance Ministry", "Hans Gruber title =state secretary"}, nil},
		{"It was criticised by the President of the European Parliament, Josep Borrell, on Monday.", []string{"Josep Borrell leader_of European Parliament"}, nil},
		{"Labour peer Lord Smith said so.", []string{"Smith member_of Labour Party"}, nil},
		{"Ariadne's chairman, New Zealander Bruce Judge, said so.", []string{"Bruce Judge leader_of Ariadne"}, nil},
		{"Eduardo Cojuangco, who is also chairman of United Coconut Planters Bank, declined to comment.", []string{"Eduardo Cojuangco leader_of United Coconut Planters Bank"}, nil},
		{"The World Trade Organisation (WTO) is to hold membership talks with both Iraq and Afghanistan.", []string{"Iraq seeks_membership World Trade Organization", "Afghanistan seeks_membership World Trade Organization"}, nil},
		{"Turkey's ambition of joining the European Union is known.", []string{"Turkey seeks_membership European Union"}, nil},
		{"The European Community (EC) and Comecon ended talks here on Friday.", []string{"European Union met_with Comecon"}, nil},
		{"They held direct talks between the EC and the Soviet Union.", []string{"EC met_with Soviet Union"}, nil},
		{"Russia is Ukraine's eternal strategic partner.", []string{"Russia allied_with Ukraine"}, nil},
		{"China is Japan's biggest trading partner.", nil, []string{"allied_with"}},
		{"The talks concern a coalition between Labour and the Liberal Democrats.", []string{"Labour Party allied_with Liberal Democrats"}, nil},
		{"Mitsubishi's newly-appointed chief executive Takashi Nishioka spoke.", []string{"Takashi Nishioka leader_of Mitsubishi", "Takashi Nishioka title =chief executive"}, nil},
		{"Australian opposition leader John Howard spoke.", nil, []string{"John Howard leader_of Australia"}},
		{"Robert Jackson defected to the Labour Party on Saturday.", []string{"Robert Jackson member_of Labour Party"}, nil},
		{"Mitsubishi signed a production agreement with Japanese rival Nissan Motor.", []string{"Nissan party_to production agreement"}, nil},
		{"Claude Veron-Reville, a spokesman for EU trade commissioner Peter Mandelson, said so.", []string{"Claude Veron-Reville serves_under Peter Mandelson"}, nil},
		{"Myron Ebell, an adviser on climate change to President Bush, disagreed.", []string{"Myron Ebell serves_under Bush"}, nil},
		{"Assad Omar, Afghanistan's envoy to the United Nations in Geneva, said so.", []string{"Assad Omar official_of Afghanistan", "Assad Omar title =envoy"}, nil},
		{"European Union ambassador to the WTO, Carlo Trojan, said so.", []string{"Carlo Trojan official_of European Union"}, nil},
		{"Joh Bjelke-Petersen, a veteran Liberal Democrats member, spoke.", []string{"Joh Bjelke-Petersen member_of Liberal Democrats"}, nil},
		{"Turkey's loan agreement with the IMF expires.", []string{"Turkey party_to loan agreement", "International Monetary Fund party_to loan agreement"}, nil},
		{"Russia's talks with the IMF ended.", nil, []string{"party_to"}},
		{"The Philippines seized the shares. The country's deposed President Ferdinand Marcos fled.", []string{"Ferdinand Marcos leader_of Philippines"}, nil},
		{"France and Spain met. The country's President Jacques Chirac spoke.", nil, []string{"leader_of"}},
		{"Labour's Christine May said so.", []string{"Christine May member_of Labour Party"}, nil},
		{"Microsoft's Bill Gates spoke.", nil, []string{"member_of"}},
		{"John McCain recently visited Mr Blair in London.", []string{"John McCain met_with Blair"}, nil},
		{"Tony Blair visited France.", nil, []string{"met_with"}},
		{"Conservative MP Nicholas Scott died in Britain.", []string{"Nicholas Scott member_of Conservative Party"}, nil},
		{"Kenya and Uganda agreed a 10-year supply deal on Monday. They agreed plans to merge their airlines.", []string{"Kenya party_to 10-year supply deal", "Uganda party_to 10-year supply deal"}, []string{"party_to plans"}},
		{"Acme Corp and Globex Inc clinched a joint venture contract.", []string{"Acme Corp party_to joint venture contract", "Globex Inc party_to joint venture contract"}, nil},
		{"Kenya has not signed a trade deal with Uganda.", nil, []string{"party_to"}},
		{"Kenya has offered Uganda access to its ports. The offer, made as part of a trade deal between the two countries, will help.", []string{"Kenya party_to trade deal", "Uganda party_to trade deal"}, nil},
		{"The merger of Gazprom and Rosneft will go ahead.", []string{"Gazprom party_to merger", "Rosneft party_to merger"}, nil},
		{"Liberal Justice Party (LJP) chairman Kim Dae-sung spoke.", []string{"Kim Dae-sung leader_of Liberal Justice Party"}, nil},
		{"Chilean ambassador to Peru Jorge Vidal said so.", []string{"Jorge Vidal official_of Chile", "Jorge Vidal title =ambassador"}, nil},
		{"Foreign Minister Dante Caputo met President Carlos Menem and Chilean ambassador to Peru Jorge Vidal.", []string{"Dante Caputo met_with Jorge Vidal", "Dante Caputo met_with Carlos Menem"}, nil},
		{"The Sino-Japanese trade talks ended on Friday.", []string{"China met_with Japan"}, nil},
		{"Chancellor Helmut Kohl of West Germany arrived. A Franco-German summit followed.", []string{"France met_with West Germany"}, []string{"met_with Germany"}},
		{"The Mexican-U.S. accord took effect.", []string{"Mexico party_to Mexican-U.S. accord", "United States party_to Mexican-U.S. accord"}, nil},
		{"The merger of chemicals group Hoechst and drugs firm Rhone-Poulenc was approved.", []string{"Hoechst party_to merger", "Rhone-Poulenc party_to merger"}, nil},
		{"Shell and BP sold stakes in 2001, but were not part of the partnership agreement.", nil, []string{"party_to"}},
		{"The merger of Daimler and Chrysler was announced. Volvo and Saab later signed the deal.", []string{"Volvo party_to merger"}, []string{"party_to deal"}},
		{"Mr Lopez is to become chairman of Iberia next year.", []string{"Lopez leader_of Iberia", "Lopez title =chairman"}, nil},
		{"Ana Ruiz will formally serve as Mr Lopez's deputy.", []string{"Ana Ruiz deputy_of Lopez"}, nil},
		{"Carla Diaz was Felipe Gonzalez's chief of staff.", []string{"Carla Diaz serves_under Felipe Gonzalez", "Carla Diaz title =chief of staff"}, nil},
		{"Carla Diaz will be meeting the chairman of Iberia.", nil, []string{"Carla Diaz"}},
		{"Labour MSP Ann Gray said Scotland would vote.", []string{"Ann Gray member_of Labour Party", "Ann Gray title =msp"}, nil},
		{"As finance director, Maria Lopez will run the budget.", []string{"Maria Lopez title =finance director"}, nil},
		{"As head of Sony, Akio Morita spoke.", []string{"Akio Morita leader_of Sony"}, nil},
		{"As Mr Smith said, chairman John Brown was late.", nil, []string{"Smith title"}},
		{"Anna Berg, head of the Swedish delegation, agreed.", []string{"Anna Berg official_of Sweden", "Anna Berg title =head of the delegation"}, []string{"leader_of"}},
		{"Paul Mayer, head of the OECD mission, agreed.", []string{"Paul Mayer official_of OECD"}, []string{"leader_of"}},
		{"The summit was attended by Italian Prime Minister Romano Prodi, his Foreign Minister Lamberto Dini, and by Chancellor Gerhard Schroeder of Germany.", []string{"Romano Prodi met_with Gerhard Schroeder", "Lamberto Dini met_with Gerhard Schroeder"}, []string{"Romano Prodi met_with Lamberto Dini", "Lamberto Dini met_with Romano Prodi"}},
		{"Officials prepared a meeting between Finance Minister Paul Keating and Nigel Lawson. The meeting, also attended by central bank governor Bob Johnston, ended late.", []string{"Bob Johnston met_with Paul Keating", "Bob Johnston met_with Nigel Lawson"}, nil},
		{"The meeting was attended by Kohl, who told reporters that Mitterrand was ill.", nil, []string{"met_with"}},
		{"The World Health Organization met in Geneva. Taiwan's bid to join the health body was rejected.", []string{"Taiwan seeks_membership World Health Organization"}, nil},
		{"NATO met in Brussels. Serbia's bid to join the other alliance failed.", nil, []string{"seeks_membership"}},
		{"Brazil's existing $4bn loan agreement with the World Bank ends in May.", []string{"Brazil party_to $4bn loan agreement", "World Bank party_to $4bn loan agreement"}, nil},
		{"Reforms are needed in Croatia if it is to fulfil its ambition of joining the European Union.", []string{"Croatia seeks_membership European Union"}, nil},
		{"Croatia and Serbia differ, and its ambition of joining NATO is old.", nil, []string{"seeks_membership"}},
		{"Swedish carmaker Volvo will supply German group Bosch with engines. The two firms signed a supply agreement.", []string{"Volvo party_to supply agreement", "Bosch party_to supply agreement"}, nil},
		{"Volvo, Saab and Bosch met in May. The two firms signed a supply agreement.", nil, []string{"party_to"}},
		{"Chile and Peru met in Lima. Both countries signed the Andes Accord.", []string{"Chile party_to Andes Accord", "Peru party_to Andes Accord"}, nil},
		{"Chile and Peru met in Lima, and the two sides reached general agreement on trade.", nil, []string{"party_to"}},
		{"OPEC members, notably Saudi Arabia and Kuwait, cut output.", []string{"Saudi Arabia member_of OPEC", "Kuwait member_of OPEC"}, nil},
		{"He said EU countries such as France and Spain would gain.", []string{"France member_of European Union", "Spain member_of European Union"}, nil},
		{"NATO nations and Russia, such as it is, met.", nil, []string{"member_of"}},
		{"By signing the accord in Riga, the foreign ministers of Latvia and Estonia ended the dispute.", []string{"Latvia party_to accord", "Estonia party_to accord"}, nil},
		{"By signing the accord, he said, Latvia lost.", nil, []string{"party_to"}},
		{"Jan Dirks, the Dutch chairman of Philips, said so.", []string{"Jan Dirks leader_of Philips"}, []string{"leader_of Netherlands"}},
		{"Jose Lopez, the Spanish president of the European Commission, spoke.", []string{"Jose Lopez leader_of European Commission"}, []string{"leader_of Spain"}},
		{"Jan Dirks, the Dutch chairman of Philips will retire in May.", []string{"Jan Dirks leader_of Philips"}, nil},
		{"Condoleezza Rice, the prime minister of Israel has said, is welcome.", nil, []string{"Condoleezza Rice"}},
		{"The European Union and Russian-led Gazprom held talks in Brussels.", []string{"European Union met_with Gazprom"}, nil},
		{"Nokia signed a contract with Vodafone in May.", []string{"Nokia party_to contract", "Vodafone party_to contract"}, nil},
		{"Nokia said its contract with Vodafone expires in May.", nil, []string{"party_to"}},
		{"Margaret Beckett was born in Ashton. In 1976 she became a UK energy minister.", []string{"Margaret Beckett official_of United Kingdom", "Margaret Beckett title =energy minister"}, nil},
		{"Margaret Beckett met Paul Keating. She said he was prime minister.", nil, []string{"Margaret Beckett title"}},
		{"Yao spoke along with Vice-Premiers Wu Yi and Zeng Peiyan in Beijing.", []string{"Wu Yi title =vice-premier", "Zeng Peiyan title =vice-premier"}, nil},
		{"Italian Foreign Ministers Lamberto Dini and Gianni De Michelis met.", []string{"Lamberto Dini official_of Italy", "Gianni De Michelis official_of Italy"}, nil},
		{"They held a meeting between Ana Ruiz, Telefonica's chief executive, and Paul Smith of Vodafone.", []string{"Ana Ruiz met_with Paul Smith"}, []string{"met_with Telefonica", "Telefonica met_with"}},
		{"In 1981 then-president Jimmy Carter left office.", []string{"Jimmy Carter title =president"}, nil},
		{"Ex-chancellor Helmut Schmidt spoke in Bonn.", []string{"Helmut Schmidt title =chancellor"}, nil},
		{"Canada's refusal to sign the Ottawa Treaty angered Norway.", nil, []string{"party_to"}},
		{"Washington has never signed the Ottawa Treaty.", nil, []string{"party_to"}},
		{"Chile accused Peru of violating the 1929 Lima Treaty.", []string{"Peru party_to Lima Treaty"}, []string{"Chile party_to"}},
		{"Russia ratified the Ottawa Treaty in May.", []string{"Russia party_to Ottawa Treaty"}, nil},
		{"Russia refused to ratify the Ottawa Treaty.", nil, []string{"party_to"}},
		{"Chile and Peru signed the Lima Treaty, under which both sides agreed to share water.", []string{"Chile party_to Lima Treaty", "Peru party_to Lima Treaty"}, nil},
		{"Ecuador praised the Lima Treaty, under which Chile and Peru share water.", []string{"Chile party_to Lima Treaty", "Peru party_to Lima Treaty"}, []string{"Ecuador party_to"}},
		{"The row between Ann Lee and party leader Tom Hart split the Green Party.", []string{"Tom Hart leader_of Green Party"}, nil},
		{"Labour and the Liberal Democrats argued, and party leader Tom Hart said so.", nil, []string{"Tom Hart leader_of"}},
		{"The three-nation Benelux union met in Brussels. Officials from Belgium, the Netherlands and Luxembourg agreed.", []string{"Belgium member_of Benelux", "Luxembourg member_of Benelux"}, nil},
		{"The 12-nation European Community met. Officials from France, Spain and Italy agreed.", nil, []string{"member_of"}},
		{"Aid came from Russia, which borders Belarus to the east.", []string{"Russia borders Belarus"}, nil},
		{"Mr Lopez, who rescued the airline, will remain chairman of Iberia.", []string{"Lopez leader_of Iberia", "Lopez title =chairman"}, nil},
		{"Mr Lopez, who met the chairman, will stay.", nil, []string{"Lopez title"}},
		{"Martin Ward, of the Secondary Heads Association, said so.", nil, []string{"leader_of"}},
		{"Prince Charles spoke. Charles would be the supreme governor of the Church of England.", nil, []string{"leader_of"}},
		{"Conservative spokeswoman Theresa May spoke. Chief Constable Ian Kerr, the Association of Chief Police Officers' spokesman on rural policing, said so.", []string{"Ian Kerr official_of Association of Chief Police Officers"}, []string{"Theresa May official_of Association"}},
		{"Tony Blair spoke. As head of the Downing Street policy unit, David Miliband wrote it.", nil, []string{"leader_of Downing Street"}},
		{"John Major met Neil Kinnock in London. He became vice-president of the European Commission.", nil, []string{"official_of European Commission"}},
		{"Neil Kinnock lost the election in 1992 to John Major. He became vice-president of the European Commission.", nil, []string{"John Major official_of"}},
		{"Tory Michael Ancram spoke. Ex-King Michael of Romania arrived.", []string{"Michael leader_of Romania"}, []string{"Michael Ancram leader_of"}},
		{"Shares rose after a report that it had held merger talks with US bank Wells Fargo.", nil, []string{"met_with"}},
		{"Arnaud Desplechin's Kings And Queen, Abdellatif Kechiche and others won prizes.", nil, []string{"serves_under"}},
		{"EU Trade Commissioner Peter Mandelson spoke.", []string{"Peter Mandelson official_of European Union"}, nil},
		{"Prime Minister Yasuhiro Nakasone also met Senate leaders pushing for a tough new trade bill, including Senator Robert Byrd.", []string{"Yasuhiro Nakasone met_with Robert Byrd"}, nil},
		{"Several states objected, and Canadian envoy to the IMF, Paul Martin, said the plan was late.", []string{"Paul Martin official_of Canada"}, nil},
	})
}

// An unnamed agreement is also named by its parties, so that a reader of
// the graph sees which accord it is; a bare "an accord between" is named
// by them only.
func TestDescribedAgreementNamedByParties(t *testing.T) {
	checkForm(t, "Nigeria signed a debt accord with the Paris Club in December.", "debt accord", "debt accord with the Paris Club")
}

// checkForm reports whether the agreement named name that a relation of
// text points to is also known as form.
func checkForm(t *testing.T, text, name, form string) {
	t.Helper()
	a, found, r := analyse(t, text)
	for _, fc := range relate.Find(a, found, r) {
		if fc.Object != nil && fc.Object.Name == name {
			if !slices.Contains(fc.Object.Forms, form) {
				t.Errorf("%s: forms are %q, want %q among them", name, fc.Object.Forms, form)
			}
			return
		}
	}
	t.Errorf("no relation to %q", name)
}

// Entities as the pipeline with the tagger resolves them: acronyms after
// a lexicon name's surface form, members of a party ("Labour MPs"),
// honorifics.
func TestEntitiesWithTagger(t *testing.T) {
	tests := []struct {
		text string
		want []string // "Type:Name"
		not  []string // substrings of "Type:Name" none may match
	}{
		{"The European Community (EC) and Comecon ended talks.", []string{"Organization:European Union", "Organization:Comecon"}, []string{"Organization:EC"}},
		{"Labour MPs backed the plan in Britain.", []string{"Organization:Labour Party"}, []string{"MPs"}},
		{"The Council of Ministers met in Brussels.", []string{"Organization:Council of Ministers"}, nil},
		{"Mr Camus will leave EADS.", []string{"Person:Camus"}, []string{"Place:Camus"}},
		{"San Miguel Corp bought the brewery. San Miguel said shares rose.", []string{"Organization:San Miguel Corp"}, []string{"Organization:San Miguel|", "Person:San Miguel"}},
		{"California governor Jerry Brown spoke. Shadow Europe minister Tom Smith agreed.", []string{"Place:California", "Person:Jerry Brown"}, []string{"Place:Europe"}},
		{"Martin Ward, of the Secondary Heads Association, said so.", []string{"Organization:Secondary Heads Association"}, nil},
		{"Officials in Lima may rescue Aerolima, Peru's flagship airline. Aerolima's main shareholder is a pension fund.", []string{"Organization:Aerolima"}, []string{"Place:Aerolima", "Person:Aerolima"}},
		{"In Lima, Public Finances Director Ana Ruiz said talks would resume.", []string{"Person:Ana Ruiz"}, []string{"Organization:"}},
		{"Manchester United boss Alex Ferguson said so.", []string{"Organization:Manchester United"}, []string{"Organization:Manchester|"}},
		{"The Andean Development Commission met in Lima. The Commission said prices would rise.", []string{"Organization:Andean Development Commission"}, []string{"Organization:Commission|"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			_, _, r := analyse(t, tc.text)
			var got []string
			for _, e := range r.Entities {
				got = append(got, string(e.Type)+":"+e.Name)
			}
			checkListed(t, got, "|", tc.want, tc.not)
		})
	}
}

// An acronym in brackets after a name is that name's, whatever its letters
// spell ("Social Democratic Party (SPD)").
func TestBracketedAcronym(t *testing.T) {
	_, _, r := analyse(t, "Anna Berg joined the Social Democratic Party (SPD) in Hamburg. The SPD lost votes.")
	var names []string
	for _, e := range r.Entities {
		names = append(names, e.Name+"["+strings.Join(e.Aliases(), ",")+"]")
	}
	checkListed(t, names, "|", []string{"Social Democratic Party[SPD]"}, []string{"|SPD["})
}

// A described agreement whose year the text states is also known by it
// ("the 1995 accord"), as news refers back to such agreements.
func TestDescribedAgreementNamedByYear(t *testing.T) {
	checkForm(t, "Chile signed an accord with Peru, reached in 1995, on fishing.", "accord with Peru", "1995 accord")
}
