package ingest

import "testing"

// TestNamesAndShortTitles checks recognition errors on names: a gazetteer
// name ending in a capitalised word is not read over a lower-case word, a
// ship is not the town or person it is named after, and "PM" is the title
// of a prime minister.
func TestNamesAndShortTitles(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"lower-case tail is no name", "Prices in Russia today stay high, a trader said.", []string{"Country:Russia"}, []string{"RT"}},
		{"capitalised tail is the name", "The station Russia Today was closed in Lima.", []string{"Organisation:RT"}, nil},
		{"lower-case body head still names the body", "The U.S. army said so.", []string{"Organisation:US Army"}, nil},
		{"a ship named after a town", "The warship INS Kolkata docked in Port Louis.", []string{"City:Port Louis"}, []string{"Kolkata"}},
		{"a ship named after a person", "The USS Mira Okafor sailed to Manila.", []string{"City:Manila"}, []string{"Mira Okafor"}},
		{"a seat of government as an actor", "Chile and India talked. India built a jetty, showing Delhi's growing naval reach.",
			[]string{"Country:India"}, []string{"Delhi"}},
		{"the same seat as a place", "India held talks. The summit was held in Delhi on Monday.", []string{"City:Delhi"}, nil},
		{"PM before a name", "Peru's PM Tomas Feld flew to Chile.", []string{"Person:Tomas Feld"}, []string{"PM Tomas Feld"}},
	})
	p := testPipeline(t)
	for _, tt := range []factRow{
		{"Peru's PM Tomas Feld flew to Chile.", "OFFICIAL_OF", "Tomas Feld", "Peru"},
		{"Al-Shabab lost a town. Soldiers killed al-Shabab deputy caliph Karl Imre near Lima.", "OFFICIAL_OF", "Karl Imre", "al-Shabab"},
		{"Report: Peru's PM to Visit Chile\n\nPrime Minister Tomas Feld will visit Chile in May, after meeting U.S. President Sam Orr.", "OFFICIAL_OF", "Tomas Feld", "Peru"},
	} {
		wantFact(t, analyzeTest(t, p, tt.text), tt.text, fact{typ: tt.typ, from: tt.from, to: tt.to})
	}
	// an autonomous organisation that reports to the United Nations is no part of it; a UN fund is
	text := "The International Organization for Migration and UNICEF said the United Nations lacked money."
	x := analyzeTest(t, p, text)
	wantAbsent(t, x, text, "PART_OF:International Organization for Migration")
	wantFact(t, x, text, fact{typ: "PART_OF", from: "UNICEF", to: "United Nations"})
}

// TestPossessedPeople checks that a state's possessive before a bare name
// makes the person its official, and that a title told elsewhere, a
// demonym or an organisation name do not.
func TestPossessedPeople(t *testing.T) {
	wantFactRows(t, []factRow{
		{"Critics, including Chile's Karl Imre, say Peru cannot pay.", "OFFICIAL_OF", "Karl Imre", "Chile"},
		{"Peru's Mira Okafor flew to Lima on Monday.", "OFFICIAL_OF", "Mira Okafor", "Peru"},
	})
	p := testPipeline(t)
	for _, tt := range []struct{ text, absent string }{
		{"Chilean Karl Imre won the race.", "OFFICIAL_OF:Karl Imre"},
		{"Peru's Mira Okafor met Chile's Karl Imre. Okafor is a senior fellow at the Harbor Institute.", "OFFICIAL_OF:Mira Okafor:Peru"},
		{"Chile's Tomas Feld Foundation agreed.", "OFFICIAL_OF"},
		{"Lena Varga spoke. The leader of Peru's Varga Dawn movement praised the vote.", "OFFICIAL_OF:Lena Varga:Peru"},
	} {
		wantAbsent(t, analyzeTest(t, p, tt.text), tt.text, tt.absent)
	}
}

// TestCopulaOffices checks offices said of a surname or a pronoun after a
// copula, an office verb with "as", or "his term as".
func TestCopulaOffices(t *testing.T) {
	ctx := "Peru held a vote. Peru is calm. Sam Orr spoke in Lima. "
	wantFactRows(t, []factRow{
		{ctx + "He is the long-serving chairman of the centrist Renewal Party.", "OFFICIAL_OF", "Sam Orr", "Renewal Party"},
		{ctx + "Orr resigned as leader of the Renewal Party in May.", "OFFICIAL_OF", "Sam Orr", "Renewal Party"},
		{ctx + "He later became foreign minister.", "OFFICIAL_OF", "Sam Orr", "Peru"},
		{ctx + "Orr stepped down as prime minister in 2013.", "OFFICIAL_OF", "Sam Orr", "Peru"},
		{ctx + "He was elected speaker of the Renewal Party.", "OFFICIAL_OF", "Sam Orr", "Renewal Party"},
		{"Chile met Peru. Sam Orr said his tenure as finance minister of Peru was calm.", "OFFICIAL_OF", "Sam Orr", "Peru"},
		{"Lima is calm. Sam Orr, who served as president of the Renewal Party, spoke.", "OFFICIAL_OF", "Sam Orr", "Renewal Party"},
		{"Chile met Peru. Sam Orr spoke. Orr was named Peru's ambassador to Chile in May.", "OFFICIAL_OF", "Sam Orr", "Peru"},
		{"Chile met Peru. Sam Orr spoke. He is the Chilean foreign minister.", "OFFICIAL_OF", "Sam Orr", "Chile"},
		{"Chile met Peru. Sam Orr spoke. Orr, the Chilean ambassador, said so.", "OFFICIAL_OF", "Sam Orr", "Chile"},
		{"Chile met Peru. Mira Okafor, the leader of Peru's ruling Renewal Party, said so.", "OFFICIAL_OF", "Mira Okafor", "Renewal Party"},
	})
	p := testPipeline(t)
	for _, text := range []string{
		ctx + "He defeated the president in May.",
		ctx + "He is the president's son.",
		ctx + "He succeeded Karl Imre as party leader.",
		ctx + "He was the director of a small farm.",
		ctx + "Orr is the former director of Chile's Harbor Institute.",
		"Chile met Peru. Sam Orr spoke. Orr, president Karl Imre and others met.",
	} {
		x := analyzeTest(t, p, text)
		wantAbsent(t, x, text, "OFFICIAL_OF:Sam Orr:Peru")
		wantAbsent(t, x, text, "OFFICIAL_OF:Sam Orr:Chile")
	}
}

// TestPartyOffices checks the offices of parties: a modifier before the
// party's name, the party's name before a title, and "the party's" or
// "party" referring back to the party named last.
func TestPartyOffices(t *testing.T) {
	ctx := "Peru held a vote. The Renewal Party won. "
	wantFactRows(t, []factRow{
		{"Peru held a vote. Ana Ruiz, the head of the opposition Renewal Party, spoke on Monday.", "OFFICIAL_OF", "Ana Ruiz", "Renewal Party"},
		{"Peru held a vote. Renewal Party chairman Sam Orr agreed.", "OFFICIAL_OF", "Sam Orr", "Renewal Party"},
		{"Peru held a vote. Harbor Institute director Mira Okafor agreed.", "OFFICIAL_OF", "Mira Okafor", "Harbor Institute"},
		{ctx + "The party's leader Ana Ruiz resigned.", "OFFICIAL_OF", "Ana Ruiz", "Renewal Party"},
		{ctx + "Party chairman Sam Orr agreed.", "OFFICIAL_OF", "Sam Orr", "Renewal Party"},
		{ctx + "Sam Orr, the party's deputy leader, agreed.", "OFFICIAL_OF", "Sam Orr", "Renewal Party"},
		{"Peru held a vote. Sam Orr, the country's former president, said so.", "OFFICIAL_OF", "Sam Orr", "Peru"},
		{"Chile met Peru. Harbor Mission spokesperson Mira Okafor said so.", "OFFICIAL_OF", "Mira Okafor", "Harbor Mission"},
		{"Chile met Peru. A spokesperson for the Harbor Mission, Mira Okafor, said so.", "OFFICIAL_OF", "Mira Okafor", "Harbor Mission"},
		{"Chile met Peru. The director of the Harbor Institute, Mira Okafor, said so.", "OFFICIAL_OF", "Mira Okafor", "Harbor Institute"},
		{"Chile met Peru. Harbor Front leader Mira Okafor was killed.", "OFFICIAL_OF", "Mira Okafor", "Harbor Front"},
		{"Chile met Peru. Mira Okafor, a senior commander in the Harbor Front, was killed.", "OFFICIAL_OF", "Mira Okafor", "Harbor Front"},
		{"Chile met Peru. Peru's Election Commission chairman Mira Okafor said so.", "OFFICIAL_OF", "Mira Okafor", "Peruvian Election Commission"},
	})
	p := testPipeline(t)
	text := "Chile met Peru. Mira Okafor, a senior commander in the Harbor Front, was killed."
	wantAbsent(t, analyzeTest(t, p, text), text, "OFFICIAL_OF:Mira Okafor:Chile")
	text = "Chile met Peru. The president of the small farm, Mira Okafor, said so."
	wantAbsent(t, analyzeTest(t, p, text), text, "OFFICIAL_OF:Mira Okafor")
	for _, text := range []string{
		"Peru held a vote. Peru is calm. The party's leader Ana Ruiz resigned.",
		"Peru held a vote. Peru is calm. Party chairman Ana Ruiz agreed.",
	} {
		wantAbsent(t, analyzeTest(t, p, text), text, "OFFICIAL_OF:Ana Ruiz:Peru")
	}
	runEntityCases(t, []entityCase{
		{"a party before a title is no portfolio", "Renewal Party chairman Sam Orr agreed.", []string{"Organisation:Renewal Party"}, nil},
	})
}

// TestKnownSeats checks that the text seats an international body of the
// gazetteer in a city of the state the gazetteer seats it in, and not a
// body that meets where it is convened, nor in another state's city.
func TestKnownSeats(t *testing.T) {
	wantFactRows(t, []factRow{
		{"The World Health Organization (WHO) in Geneva warned on Monday.", "BASED_IN", "World Health Organization", "Geneva"},
		{"The file is handled in Geneva at the World Health Organization, a diplomat said.", "BASED_IN", "World Health Organization", "Geneva"},
	})
	wantFactRows(t, []factRow{
		{"The Harbor Institute, headquartered in Lima, said so.", "BASED_IN", "Harbor Institute", "Lima"},
		{"The Harbor Institute, which is based in Lima, disagreed.", "BASED_IN", "Harbor Institute", "Lima"},
		{"The Harbor Institute has been based in Chile since 2001.", "BASED_IN", "Harbor Institute", "Chile"},
	})
	p := testPipeline(t)
	for _, text := range []string{"The World Health Organization in Cairo said so.", "The Security Council in New York met.",
		"The Harbor Institute based its study in Lima.", "The Peruvian Defence Ministry is based in Lima."} {
		wantAbsent(t, analyzeTest(t, p, text), text, "BASED_IN")
	}
}

// TestIslands checks islands the text describes as such: by apposition,
// as one of a group, or as the largest of a group; and a person described
// with an island word is no island.
func TestIslands(t *testing.T) {
	wantFactRows(t, []factRow{
		{"Peru and Chile talked. Troops landed on Varga Atoll, a remote island of Peru.", "LOCATED_IN", "Varga Atoll", "Peru"},
		{"Peru and Chile talked. Nova Varga, a small island off Chile, is disputed.", "LOCATED_IN", "Nova Varga", "Chile"},
		{"A runway on Nova Varga is old. The Tessa Islands are 60 islands in a warm sea, the largest of which is Nova Varga.", "LOCATED_IN", "Nova Varga", "Tessa Islands"},
		{"The Tessa Islands are far away. One of the islands in the archipelago, Nova Varga, hosts a runway.", "LOCATED_IN", "Nova Varga", "Tessa Islands"},
	})
	wantFactRows(t, []factRow{
		{"Chile met Peru. Fighting hit Varga Alta, a town in northern Peru.", "LOCATED_IN", "Varga Alta", "Peru"},
		{"Chile met Peru. Fighting hit Varga Alta, a village near Cusco.", "LOCATED_IN", "Varga Alta", "Peru"},
		{"Chile met Peru. Fighting hit Varga Alta, a remote district of Cusco province.", "LOCATED_IN", "Varga Alta", "Cusco"},
	})
	runEntityCases(t, []entityCase{
		{"a city official is a person", "Chile met Peru. Sam Orr, a city official in Lima, said so.", []string{"Person:Sam Orr"}, nil},
		{"an island expert is a person", "Peru and Chile talked. Mira Okafor, an island expert, spoke.", []string{"Person:Mira Okafor"}, nil},
		{"an island named before its description", "A runway on Nova Varga is old. The Tessa Islands are 60 islands, the largest of which is Nova Varga.",
			[]string{"Region:Nova Varga", "Region:Tessa Islands"}, nil},
	})
}

// TestAcronymDefinitions checks that a long name and the acronym after it
// are one organisation - in parentheses, or between commas when the
// acronym spells the name - and that a text's own acronym is not the
// gazetteer body that shares it.
func TestAcronymDefinitions(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"acronym between commas", "Soldiers of the Harbor Support Mission in Peru, HSMP, arrived in Lima. HSMP troops left.",
			[]string{"Organisation:Harbor Support Mission in Peru"}, []string{"HSMP", "Harbor Support Mission"}},
		{"a list is no acronym", "Officials of the Harbor Fund, UNICEF, and the Red Cross met.",
			[]string{"Organisation:Harbor Fund", "Organisation:UNICEF"}, nil},
		{"the text's own acronym", "The Tessa Defence Force (TDF) attacked Lima. The TDF left.",
			[]string{"Organisation:Tessa Defence Force"}, []string{"Tigray Defense Forces"}},
		{"the gazetteer's acronym in another spelling", "The Tigray Defence Force (TDF) attacked Lima.",
			[]string{"Organisation:Tigray Defense Forces"}, []string{"Tigray Defence Force"}},
	})
	for _, tt := range []struct {
		acr, name string
		want      bool
	}{
		{"HSMP", "Harbor Support Mission in Peru", true},
		{"TDF", "Tessa Defence Force", true},
		{"ISWAP", "Tessa Islamic Resistance Force", false},
		{"UNICEF", "Harbor Fund", false},
	} {
		if got := spells(tt.acr, tt.name); got != tt.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}

// TestBroughtInto checks that a state brought into a grouping, or that
// became a member of it, is its member, and that a wish to bring it in or
// a place "into" the grouping's name heads is not.
func TestBroughtInto(t *testing.T) {
	wantFactRows(t, []factRow{
		{"The former premier is praised for taking Peru into NATO in 2009.", "MEMBER_OF", "Peru", "NATO"},
		{"She led Chile into the African Union in 2002.", "MEMBER_OF", "Chile", "African Union"},
		{"Peru became a member of NATO in 2004.", "MEMBER_OF", "Peru", "NATO"},
	})
	p := testPipeline(t)
	for _, text := range []string{"Chile wants to bring Peru into the African Union.", "They took Peru into NATO territory."} {
		wantAbsent(t, analyzeTest(t, p, text), text, "MEMBER_OF")
	}
}

// TestLedBy checks that the person a body is led by is its leader and a
// person, and that a role or an event led by someone gives no body.
func TestLedBy(t *testing.T) {
	wantFactRows(t, []factRow{
		{"The Harbor Front, led by Karl Imre, attacked Lima.", "OFFICIAL_OF", "Karl Imre", "Harbor Front"},
		{"The Harbor Front attacked Lima. For now the group is still led by Karl Imre, who lives in Peru.", "OFFICIAL_OF", "Karl Imre", "Harbor Front"},
		{"Kenyan senators led by Karl Imre visited Lima.", "OFFICIAL_OF", "Karl Imre", "Kenya"},
	})
	runEntityCases(t, []entityCase{
		{"a name after led by is a person", "The Harbor Front, led by Karl Imre, attacked Lima.", []string{"Person:Karl Imre"}, nil},
	})
	p := testPipeline(t)
	text := "The Harbor Front met. The talks, led by Karl Imre, failed."
	wantAbsent(t, analyzeTest(t, p, text), text, "OFFICIAL_OF:Karl Imre")
}

// TestCompanyNames checks company names ending in "Lines" or "Airways",
// and a body's name that goes on from its state's formal name: one
// organisation, based in that state.
func TestCompanyNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"airline", "Flights of Peru Airways stopped on Monday.", []string{"Organisation:Peru Airways"}, nil},
		{"a state's formal name opens a body's name", "Peru sent ships. Ships of the state-run Republic of Peru Cargo Lines left Lima.",
			[]string{"Organisation:Republic of Peru Cargo Lines"}, []string{"Cargo Lines"}},
		{"lower-case lines are no body", "Troops held the front lines near Lima.", nil, []string{"front lines"}},
	})
	wantFactRows(t, []factRow{
		{"Peru sent ships. Ships of the state-run Republic of Peru Cargo Lines left Lima.", "BASED_IN", "Republic of Peru Cargo Lines", "Peru"},
	})
}

// TestCloserToASeat checks that a leader or state moving "closer to" a
// capital moves toward its state, while troops or a storm approach the
// city.
func TestCloserToASeat(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a leader closer to a capital", "Chilean President Sam Orr spoke. In Peru, Orr seems to be moving closer to Lima.", []string{"Country:Peru"}, []string{"Lima"}},
		{"troops closer to a capital", "Chile and Peru talked. Chilean troops moved closer to Lima on Monday.", []string{"City:Lima"}, nil},
		{"a storm closer to a capital", "Chile and Peru talked. The storm moved closer to Lima.", []string{"City:Lima"}, nil},
	})
}

// TestStatesAmongStates checks that a name of both a city and a region
// coordinated with regions of its state is the region, while big cities
// listed together stay cities and a capital beside another capital stays
// the city.
func TestStatesAmongStates(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a state among states", "Farmers in Washington, Oregon and Idaho sell apples.", []string{"Region:Washington", "Region:Oregon"}, nil},
		{"a state after a state", "Plants in Ohio and Washington closed.", []string{"Region:Washington"}, nil},
		{"a capital beside a capital", "Officials in Washington and Lima talked.", []string{"City:Washington"}, nil},
		{"big cities that are also regions", "Peru met Chile. Farmers in Lima, Cusco and Arequipa protested.", []string{"City:Lima", "City:Cusco"}, nil},
	})
}
