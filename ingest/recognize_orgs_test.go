package ingest

import (
	"strings"
	"testing"
)

// entityCase is one invented text, the entities it must give ("Label:Name")
// and the names no entity of it may have.
type entityCase struct {
	name, text string
	want       []string
	absent     []string
}

// factRow is an invented text and a relation it must give.
type factRow struct{ text, typ, from, to string }

// wantFactRows checks that each row's text gives its relation.
func wantFactRows(t *testing.T, rows []factRow) {
	t.Helper()
	p := testPipeline(t)
	for _, tt := range rows {
		wantFact(t, analyzeTest(t, p, tt.text), tt.text, fact{typ: tt.typ, from: tt.from, to: tt.to})
	}
}

func runEntityCases(t *testing.T, cases []entityCase) {
	t.Helper()
	p := testPipeline(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			x := analyzeTest(t, p, tt.text)
			have := map[string]bool{}
			names := map[string]bool{}
			var got []string
			for _, e := range x.Entities {
				have[e.Type+":"+e.Name] = true
				names[e.Name] = true
				got = append(got, e.Type+":"+e.Name)
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("%q: no entity %s; got %s", tt.text, w, strings.Join(got, ", "))
				}
			}
			for _, a := range tt.absent {
				if names[a] {
					t.Errorf("%q: unexpected entity %q; got %s", tt.text, a, strings.Join(got, ", "))
				}
			}
		})
	}
}

// TestOrganisations checks organisations named by their head noun and the
// words after it, none of which is in the gazetteer.
func TestOrganisations(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"head with field", "Karl Imre, a fellow at the Council on Maritime Affairs, agreed.",
			[]string{"Organisation:Council on Maritime Affairs"}, nil},
		{"university of a place", "Mira Okafor teaches at the University of Nova Tessa.",
			[]string{"Organisation:University of Nova Tessa"}, []string{"Nova Tessa"}},
		{"university of a country", "Students at the University of Peru protested.",
			[]string{"Organisation:University of Peru"}, nil},
		{"endowment tail is no person", "Lena Varga of the Harbor Endowment for Regional Peace said it was late.",
			[]string{"Organisation:Harbor Endowment for Regional Peace"}, []string{"Regional Peace"}},
		{"coordinated tail", "Omar Haddad works at the Bureau of Coastal and Inland Affairs.",
			[]string{"Organisation:Bureau of Coastal and Inland Affairs"}, nil},
		{"directional opener", "The Northern Liberation Front attacked Cusco. The East-West Institute in Lima said so.",
			[]string{"Organisation:Northern Liberation Front", "Organisation:East-West Institute"}, []string{"Liberation Front", "West Institute"}},
		{"possessive collective noun", "Chile's People's Renewal Foundation spoke.",
			[]string{"Organisation:People's Renewal Foundation"}, []string{"Renewal Foundation"}},
		{"state body in possessive", "Peru's State Council met on Monday.",
			[]string{"Organisation:Peruvian State Council"}, nil},
		{"institution head", "Analysts at the Ashford-Lane Institution agreed.",
			[]string{"Organisation:Ashford-Lane Institution"}, nil},
		{"no date in the tail", "The Harbor Commission on Monday said it would act.",
			[]string{"Organisation:Harbor Commission"}, []string{"Harbor Commission on Monday"}},
		{"a topic is no tail of a known body", "The Security Council on Peru met.",
			nil, []string{"Security Council on Peru", "UN Security Council on Peru"}},
		{"head that is a gazetteer alias", "Tomas Feld, of the World Varga Congress, said it. The National People's Congress of Peru met.",
			[]string{"Organisation:World Varga Congress", "Organisation:National People's Congress of Peru"}, []string{"US Congress"}},
		{"a university in a country is not named by it", "She teaches at Varga University in the Netherlands.",
			[]string{"Organisation:Varga University", "Country:Netherlands"}, []string{"Varga University in the Netherlands"}},
		{"a mission in a country is named by it", "The Harbor Stabilization Mission in Somalia withdrew.",
			[]string{"Organisation:Harbor Stabilization Mission in Somalia"}, nil},
		{"feature in a longer name", "She works at Tessa Island State Park.", nil, []string{"Tessa Island"}},
		{"name as a modifier", "The free movement Varga zone is popular.", nil, []string{"Varga"}},
		{"house as head", "A report by Liberty House ranks Peru low.", []string{"Organisation:Liberty House"}, nil},
		{"field list", "The Senate Committee on Trade, Fisheries and Ports met.",
			[]string{"Organisation:Senate Committee on Trade, Fisheries and Ports"}, nil},
		{"sub-unit with its own field", "Ana Ruiz of the Harbor Institute's Center for Naval Studies said so.",
			[]string{"Organisation:Center for Naval Studies"}, []string{"Harbor Institute Center for Naval Studies"}},
	})
}

// TestPlacesFromContext checks places no gazetteer knows, found by the
// noun that ends or follows their name.
func TestPlacesFromContext(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"reef", "Boats swarmed Peru-claimed Tessa Reef on Monday.", []string{"Region:Tessa Reef"}, nil},
		{"sea with compass word and country inside", "Ships sailed into the East Varga Sea.", []string{"Region:East Varga Sea"}, []string{"Varga Sea"}},
		{"slashed islands in lower case", "Chile and Peru dispute the Kerel/Varo islands.", []string{"Region:Kerel/Varo islands"}, nil},
		{"archipelago and islands are one", "Chile gave up the Kerel Islands, also called the Kerel Archipelago. Kerel lies far away.",
			[]string{"Region:Kerel Islands"}, []string{"Kerel Archipelago", "Kerel"}},
		{"demonym is no island", "Mauritius is an African island nation.", nil, []string{"African island", "African"}},
		{"neighborhood", "A bomb exploded in Lima's western Dasht-e-Varga neighborhood.", []string{"City:Dasht-e-Varga"}, nil},
		{"port", "The ship stopped at Peru's Callao Norte port.", []string{"City:Callao Norte"}, nil},
		{"list after a plural place noun", "Rebels attacked the towns of Ardan, Belo and Kertu on Sunday.",
			[]string{"City:Ardan", "City:Belo", "City:Kertu"}, nil},
		{"comma list needs its and", "They shelled the town of Ardan, Peru said.", []string{"City:Ardan"}, []string{"Peru said"}},
		{"place, region is no list", "Leaders met in the town of Kertu, Varga Norte, as hosts.", []string{"City:Kertu"}, []string{"Varga Norte"}},
		{"particle place before said is no person", "El Fasher was shelled on Monday. El Obeid said it would resist.",
			[]string{"City:El Fasher", "City:El Obeid"}, nil},
		{"lower-case particle and a space", "Officials said al Qaida had claimed the attack. The al-Qaida branch denied it.",
			[]string{"Organisation:Al Qaeda"}, []string{"Qaida"}},
		{"dotted gazetteer acronym", "The I.C.C. issued a warrant for Mira Okafor.", []string{"Organisation:International Criminal Court"}, nil},
		{"capital after to without movement is the state", "The vote was a signal to Lima that Chile would not yield.",
			[]string{"Country:Peru"}, []string{"Lima"}},
		{"capital after from without movement is the state", "The boats acted on orders from Lima.", []string{"Country:Peru"}, []string{"Lima"}},
		{"capital after a movement is a place", "The Chilean president flew to Lima on Monday.", []string{"City:Lima"}, nil},
		{"feature of a country", "Ships patrolled the Gulf of Peru.", []string{"Region:Gulf of Peru"}, nil},
		{"country before a feature noun", "The ship sailed toward the Chile Strait.", []string{"Region:Chile Strait"}, []string{"Chile"}},
		{"compass word in a longer name", "Peru is the gateway to the Western Varga Ocean.", []string{"Region:Western Varga Ocean"}, []string{"the West"}},
		{"compass word as a direction", "The group may expand further West and North.", nil, []string{"the West"}},
		{"the West still acts", "The West condemned Peru.", []string{"Organisation:the West"}, nil},
		{"region in a list of regions", "American farmers in Alabama and Georgia lost crops to the frost.",
			[]string{"Region:Georgia", "Region:Alabama"}, nil},
		{"country in a list of countries", "Troops from Georgia and Armenia met.", []string{"Country:Georgia"}, nil},
		{"region in a list of regions, their state unnamed", "Storms flattened barns in Ohio, Georgia and Iowa.",
			[]string{"Region:Georgia", "Region:Ohio"}, []string{"Country:Georgia"}},
		{"region in a list after from", "Pecans from Alabama and Georgia sold well.", []string{"Region:Georgia"}, []string{"Country:Georgia"}},
		{"plural states are countries", "Analysts say the Southeast Vargan states look to Lima.", nil, []string{"Vargan"}},
		{"camp of a person is no place", "The Harris camp said nothing.", nil, []string{"Harris"}},
		{"capital before based is a city", "Mira Okafor is director of the Lima-based Harbor Policy Center.",
			[]string{"City:Lima", "Organisation:Harbor Policy Center"}, []string{"Peru"}},
	})
}

// TestOrgStructure checks the structural facts of organisations found by
// pattern: where they are based, whose body they are, who works there.
func TestOrgStructure(t *testing.T) {
	tests := []factRow{
		{"Mira Okafor is director of the Lima-based Harbor Policy Center.", "BASED_IN", "Harbor Policy Center", "Lima"},
		{"Mira Okafor, director of the Lima-based Harbor Policy Center, said the plan was late.", "OFFICIAL_OF", "Mira Okafor", "Harbor Policy Center"},
		{"Mira Okafor heads the Lima-based rights group Harbor Watch.", "BASED_IN", "Harbor Watch", "Lima"},
		{"The ship docked at Peru's Ardan Island.", "LOCATED_IN", "Ardan Island", "Peru"},
		{`"It is late," said Sam Orr, a fellow at the Harbor Institute in Lima.`, "BASED_IN", "Harbor Institute", "Lima"},
		{"Ana Ruiz of the Varga Center (VC) in Cusco agreed.", "BASED_IN", "Varga Center", "Cusco"},
		{"Tomas Feld is an analyst at the Tessaro Group research institute in Lima.", "BASED_IN", "Tessaro Group", "Lima"},
		{"Lena Varga of the Harbor Fund, a Peruvian rights group, said so.", "BASED_IN", "Harbor Fund", "Peru"},
		{"Addressing the Tessa Council, a small think tank in Santiago, last Friday, Sam Orr argued for lower duties.", "BASED_IN", "Tessa Council", "Santiago"},
		{"Peru's People's Renewal Foundation spoke.", "BASED_IN", "People's Renewal Foundation", "Peru"},
		{"Peru's State Council met.", "PART_OF", "Peruvian State Council", "Peru"},
		{"Andrew Orr of the Dutch energy think tank Varga disagreed.", "BASED_IN", "Varga", "Netherlands"},
		{"Kenya's High Court ruled on Monday.", "PART_OF", "Kenyan High Court", "Kenya"},
		{"Ministers activated the African Union rapid reaction force on Tuesday.", "PART_OF", "African Union Rapid Reaction Force", "African Union"},
		{"Militants of Islamic State's Central Africa affiliate attacked Goma.", "MEMBER_OF", "Islamic State Central Africa Province", "Daesh"},
		{"Militants of Islamic State's Kivu branch attacked Congo.", "MEMBER_OF", "Daesh Kivu branch", "Daesh"},
		{"Fighters of the Islamic State in Somalia attacked Bosaso. Islamic State praised them.", "MEMBER_OF", "Islamic State in Somalia", "Daesh"},
		{"Tessa Watch, a Lima-based rights group, said so.", "BASED_IN", "Tessa Watch", "Lima"},
		{"Sam Orr of Britain's Renewal opposition party spoke.", "BASED_IN", "Renewal Party", "United Kingdom"},
	}
	wantFactRows(t, tests)
	p := testPipeline(t)
	// a cross-border area is not its namesake province of a country named elsewhere
	text := "Sudan held talks. Ships were attacked in the Red Sea."
	wantAbsent(t, analyzeTest(t, p, text), text, "LOCATED_IN:Red Sea:Sudan")
	text = "Troops patrolled Sudan's Red Sea state."
	wantFact(t, analyzeTest(t, p, text), text, fact{typ: "LOCATED_IN", from: "Red Sea", to: "Sudan"})
	// a place of no state is in the larger area the text puts it in; a place of a state stays in its state
	text = "Peru and Chile both claim the Varga Islands in the South China Sea."
	wantFact(t, analyzeTest(t, p, text), text, fact{typ: "LOCATED_IN", from: "Varga Islands", to: "South China Sea"})
	text = "Rebels shelled Cusco in the Andes."
	wantAbsent(t, analyzeTest(t, p, text), text, "LOCATED_IN:Cusco:Andes")
	// places coordinated under one suffix are siblings, not one inside the other
	text = "Patrols moved through eastern Peru, mostly in the Cusco and Varga Alta regions."
	x := analyzeTest(t, p, text)
	wantFact(t, x, text, fact{typ: "LOCATED_IN", from: "Varga Alta", to: "Peru"})
	wantAbsent(t, x, text, "LOCATED_IN:Varga Alta:Cusco")
	// a body coordinated with a place-based one is not based there, nor is
	// a gazetteer body other than an NGO given a seat by the text, nor a
	// ministry at home
	for _, text := range []string{"The Harbor Institute and Lima-based analysts reviewed the data.",
		"The Security Council in New York met.", "The Peruvian Defence Ministry in Lima spoke."} {
		wantAbsent(t, analyzeTest(t, p, text), text, "BASED_IN")
	}
}

// TestDefinedOrganisations checks organisations the text introduces by a
// descriptor, a naming verb or an apposition, and the acronyms it defines.
func TestDefinedOrganisations(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"quoted after descriptor", `She joined the group "Harbor Voices," which campaigns for cleaner water.`, []string{"Organisation:Harbor Voices"}, nil},
		{"think tank", "Ana Ruiz of the think tank Varga said so.", []string{"Organisation:Varga"}, nil},
		{"consultancy", "Sam Orr, an analyst at consultancy Red Lantern, agreed.", []string{"Organisation:Red Lantern"}, nil},
		{"calling itself", `Officers arrested members of a militant cell calling itself "the Wolves of the River in the East."`,
			[]string{"Organisation:Wolves of the River in the East"}, nil},
		{"known as", "A group known as the Eastern Shield Brigade claimed the attack.", []string{"Organisation:Eastern Shield Brigade"}, nil},
		{"fighters of a group with no group word", "Fighters of the Harbor Dawn shelled Cusco.", []string{"Organisation:Harbor Dawn"}, nil},
		{"militants of a group with no article", "Militants of Tessa Rising kidnapped two engineers.", []string{"Organisation:Tessa Rising"}, nil},
		{"fighters of a state are no group", "Fighters of Peru and Chile trained together.", []string{"Country:Peru"}, []string{"Organisation:Peru"}},
		{"apposition", "The Harbor Defence, a volunteer ambulance network, reported that nine were hurt.", []string{"Organisation:Harbor Defence"}, nil},
		{"based", "Lima-based Nortel Labs analyzes opinion.", []string{"Organisation:Nortel Labs", "City:Lima"}, nil},
		{"called needs a group noun", "The minister called Varga Teodor a liar.", nil, []string{"Varga Teodor"}},
		{"a person before of is no apposition", "Sam Orr of the Harbor Fund, a lobby group, said so.", nil, []string{"Sam Orr of the Harbor Fund"}},
		{"preposition is no particle", "Speaking at the Varga Council, a research group in Lima, Sam Orr said so.", nil,
			[]string{"Speaking at the Varga Council"}},
		{"party in lower case", "Sam Orr of Britain's Renewal opposition party spoke. The Green party won. The party of Mira Okafor lost.",
			[]string{"Organisation:Renewal Party", "Organisation:Green Party"}, []string{"Renewal opposition party"}},
		{"place and people forms of one name", "The Vargan Liberation Front attacked Lima. The Varganistan Liberation Front denied it.",
			[]string{"Organisation:Vargan Liberation Front"}, []string{"Varganistan Liberation Front"}},
		{"long form before a gazetteer acronym", "Fighters of the Tessa Islamic Resistance Force (ISWAP) attacked Lima.",
			[]string{"Organisation:Islamic State West Africa Province"}, []string{"Tessa Islamic Resistance Force"}},
		{"a possessive force is a description", "NORFOR, the African Union's standby force, withdrew.", nil,
			[]string{"African Union Standby Force"}},
		{"a mission is a description", "The AU peacekeeping mission left Lima.", nil, []string{"AU Peacekeeping Mission", "African Union Peacekeeping Mission"}},
		{"unit acronym", "The army's counter-intelligence (DCI) unit arrested two men.", []string{"Organisation:DCI"}, nil},
	})
}

// TestAcronyms checks that an acronym the text defines is one node with
// the name it abbreviates, dotted or not, and carries its relations.
func TestAcronyms(t *testing.T) {
	tests := []factRow{
		{"A group known as the Eastern Shield Brigade, or ESB, was formed. The ESB attacked Cusco on Monday.", "ATTACKED", "Eastern Shield Brigade", "Cusco"},
		{"The Delta Resistance Front (DRF) was formed in May. The D.R.F. attacked Cusco on Monday.", "ATTACKED", "Delta Resistance Front", "Cusco"},
		{"The ESB was formed in May. Fighters of the Delta Resistance Front attacked Cusco.", "ATTACKED", "Delta Resistance Front", "Cusco"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		x := analyzeTest(t, p, tt.text)
		wantFact(t, x, tt.text, fact{typ: tt.typ, from: tt.from, to: tt.to})
		for _, e := range x.Entities {
			if e.Name == "ESB" || e.Name == "DRF" || e.Name == "D.R.F." {
				t.Errorf("%q: the acronym %q is a node of its own", tt.text, e.Name)
			}
		}
	}
}

// TestMinistries checks that every news form of a state's ministry is one
// government organisation, part of its state.
func TestMinistries(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"possessive and of-form", "Peru's Ministry of Foreign Affairs protested. The Peruvian foreign ministry summoned the envoy.",
			[]string{"Organisation:Peruvian Foreign Ministry", "Country:Peru"}, []string{"Ministry of Foreign Affairs", "Peruvian Ministry of Foreign Affairs"}},
		{"ministry of a state", "The defence ministry of Bolivia protested. The Bolivian Ministry of Defense said more.",
			[]string{"Organisation:Bolivian Defence Ministry"}, []string{"Bolivian Ministry of Defense"}},
		{"before a title", "Chilean Interior Ministry spokesman Tomas Feld said the claims were false.",
			[]string{"Organisation:Chilean Interior Ministry", "Person:Tomas Feld"}, nil},
		{"no state no ministry", "The ministry said nothing.", nil, []string{"ministry"}},
		{"a ministry at home has no seat", "The Peruvian Defence Ministry in Lima spoke.", []string{"Organisation:Peruvian Defence Ministry"}, nil},
	})
	tests := []factRow{
		{"The defence ministry of Bolivia condemned Chile.", "PART_OF", "Bolivian Defence Ministry", "Bolivia"},
		{"The defence ministry of Bolivia condemned Chile.", "CRITICIZED", "Bolivian Defence Ministry", "Chile"},
		{"Chilean Interior Ministry spokesman Tomas Feld said the claims were false.", "OFFICIAL_OF", "Tomas Feld", "Chilean Interior Ministry"},
		{"A Chilean interior ministry spokesman said the claims were false.", "PART_OF", "Chilean Interior Ministry", "Chile"},
		{"Peru's U.N. delegation in Geneva did not respond.", "PART_OF", "Peruvian Mission to the United Nations", "Peru"},
		{"Peru's U.N. delegation in Geneva did not respond.", "BASED_IN", "Peruvian Mission to the United Nations", "Geneva"},
		{"A spokesman for the Peruvian mission to the United Nations had no comment.", "PART_OF", "Peruvian Mission to the United Nations", "Peru"},
	}
	wantFactRows(t, tests)
}

// TestPlacesSpanningStates checks that a place named on an ocean, continent
// or area of several states is not put in the story's state, unless that
// state is named right before it.
func TestPlacesSpanningStates(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"an area of several states is in none",
			"Peruvian President Luis Tovar wants calm in the Euro-Atlantic region.",
			"", "", "", "", "", "LOCATED_IN:Euro-Atlantic"},
		{"far from any state named before",
			"Peruvian President Luis Tovar wants a calm and open Atlantic-Pacific region.",
			"", "", "", "", "", "LOCATED_IN:Atlantic-Pacific"},
		{"the state's own part of it",
			"Peruvian President Luis Tovar visited Peru's Atlantic region.",
			"LOCATED_IN", "Atlantic", "Peru", "", "", ""},
		{"an unknown region is the state's named before",
			"Peruvian President Luis Tovar visited the Varga region.",
			"LOCATED_IN", "Varga", "Peru", "", "", ""},
	})
}

// TestRegionalBranches checks that an armed group's or party's name
// followed by "in [the] REGION", a region across borders, names a body of
// its own, not the shorter group, and that a state after "in" only places
// the group. The name alone makes the body no part of the group.
func TestRegionalBranches(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"armed group in a region across borders",
			"The Islamic Harbor Front in the Sahel claimed the raid on Niamey. Niger blamed the Islamic Harbor Front in the Sahel.",
			[]string{"Organisation:Islamic Harbor Front in the Sahel"}, []string{"Islamic Harbor Front", "Sahel"}},
		{"a party in a region across borders",
			"The Tessaro Unity Party in the Balkans chose a new leader on Sunday.",
			[]string{"Organisation:Tessaro Unity Party in the Balkans"}, []string{"Tessaro Unity Party"}},
		{"in a country only places the group",
			"The Islamic Harbor Front in Kenya claimed the raid on Nairobi.",
			[]string{"Organisation:Islamic Harbor Front"}, []string{"Islamic Harbor Front in Kenya"}},
		{"no armed group or party",
			"The Harbor Policy Institute in the Middle East published a report.",
			[]string{"Organisation:Harbor Policy Institute"}, []string{"Harbor Policy Institute in the Middle East"}},
		{"a place and a capitalised branch word",
			"Islamic Harbor Front Sahel Province fighters raided Niamey. Niger blamed the Islamic Harbor Front.",
			[]string{"Organisation:Islamic Harbor Front Sahel Province", "Organisation:Islamic Harbor Front"}, []string{"Sahel"}},
		{"a lower-case branch word is a description",
			"The Islamic Harbor Front Kenya branch raided Nairobi.",
			[]string{"Organisation:Islamic Harbor Front"}, []string{"Islamic Harbor Front Kenya Branch"}},
		{"a region followed by more of a name",
			"The Islamic Harbor Front in the Sahel Region Command claimed the raid.",
			nil, []string{"Islamic Harbor Front in the Sahel"}},
	})
	p := testPipeline(t)
	text := "The Islamic Harbor Front in the Sahel claimed the raid on Niamey. Later the Islamic Harbor Front praised it."
	x := analyzeTest(t, p, text)
	wantAbsent(t, x, text, "PART_OF:Islamic Harbor Front in the Sahel:")
	wantAbsent(t, x, text, "MEMBER_OF:Islamic Harbor Front in the Sahel:")
}
