package ingest

import "testing"

// TestRecallFamilies checks readings of news the rules were not written on
// that were missed, one group of rows per capability, with the negative
// rows that keep each one from adding false edges.
func TestRecallFamilies(t *testing.T) {
	runRelationCases(t, []relationCase{
		// "the U.N. envoy", "the Chilean foreign minister": the one person
		// named before with that title of that actor
		{"affiliated title is the envoy named before",
			"U.N. envoy Mira Okafor arrived in Lima on Monday. The U.N. envoy met Peruvian President Luis Tovar on Tuesday.",
			"MET_WITH", "Luis Tovar", "Mira Okafor", "", "", ""},
		{"affiliated title is not the body itself",
			"U.N. envoy Mira Okafor arrived in Lima on Monday. The U.N. envoy met Peruvian President Luis Tovar on Tuesday.",
			"", "", "", "", "", "MET_WITH:United Nations"},
		{"state title is the minister named before",
			"Chilean Foreign Minister Mira Okafor arrived in Lima. The Chilean foreign minister later urged Peru to reopen the border.",
			"URGED", "Mira Okafor", "Peru", "", "", ""},
		{"another state's title is not the minister named before",
			"Chilean Foreign Minister Mira Okafor arrived in Lima. The Peruvian foreign minister later urged Bolivia to reopen the border.",
			"", "", "", "", "", "URGED:Mira Okafor"},
		{"a title two people of the actor hold stays the actor",
			"U.N. envoy Mira Okafor and U.N. envoy Tomas Feld arrived in Lima. The U.N. envoy met Peruvian President Luis Tovar.",
			"", "", "", "", "", "MET_WITH:Mira Okafor"},
		// a breach of a pact told in someone's words accuses the breaker
		{"quoted breach accuses the breaker",
			"\"Unfortunately, the Peruvian side has so far violated the signed agreement repeatedly,\" Chilean Foreign Minister Mira Okafor alleged.",
			"ACCUSED", "Mira Okafor", "Peru", "asserted", "", ""},
		{"reported breach accuses the breaker",
			"Chilean Foreign Minister Mira Okafor said Peru had broken the ceasefire twice.",
			"ACCUSED", "Mira Okafor", "Peru", "asserted", "", ""},
		{"a denied breach is no accusation",
			"\"Bolivia has not violated the ceasefire,\" Chilean Foreign Minister Mira Okafor said.",
			"", "", "", "", "", "ACCUSED"},
		{"a supposed breach is no accusation",
			"Chilean Foreign Minister Mira Okafor said Peru would violate the truce if it moved troops.",
			"", "", "", "", "", "ACCUSED"},
		{"a speaker's own side breaking is no accusation",
			"\"Peru broke the truce only once,\" Peruvian President Luis Tovar said.",
			"", "", "", "", "", "ACCUSED"},
		{"breaking a record is no breach",
			"\"Peru broke the export record this year,\" Chilean Foreign Minister Mira Okafor said.",
			"", "", "", "", "", "ACCUSED"},
		// a second verb under the first verb's modal shares its subject and plan
		{"second verb under a modal shares subject and plan",
			"Chilean Foreign Minister Mira Okafor will travel to Lima on Monday and meet Peruvian President Luis Tovar.",
			"MET_WITH", "Mira Okafor", "Luis Tovar", "planned", "", ""},
		{"second verb under an infinitive of a plan",
			"Chile is expected to boost trade and support Peru.",
			"SUPPORTED", "Chile", "Peru", "planned", "", ""},
		{"a noun with a preposition after and is no second verb",
			"Chile will discuss trade and support for Peru with Bolivia.",
			"", "", "", "", "", "SUPPORTED"},
		{"a new clause after a comma is no second verb",
			"Chile will fund the talks, and support from Peru is expected.",
			"", "", "", "", "", "SUPPORTED"},
		// the armed followers of a known person are one armed group
		{"leader's loyalists are an armed group",
			"Former Peruvian President Luis Tovar fled in May. Peruvian troops came under a calculated attack from Tovar loyalists near the border.",
			"ATTACKED", "Tovar loyalists", "Peru", "", "", ""},
		{"pro-leader militias are his loyalists",
			"Former Peruvian President Luis Tovar fled in May. Peru attacked pro-Tovar militias near the border.",
			"ATTACKED", "Peru", "Tovar loyalists", "", "", ""},
		{"fighters loyal to the former president are his loyalists",
			"Former Peruvian President Luis Tovar fled in May. Security forces clashed with fighters loyal to the former president near Arica.",
			"ATTACKED", "Tovar loyalists", "Peru", "", "", ""},
		{"the loyalists' attack is not the leader's",
			"Former Peruvian President Luis Tovar fled in May. Peruvian troops came under a calculated attack from Tovar loyalists near the border.",
			"", "", "", "", "", "ATTACKED:Luis Tovar"},
		{"loyal to a person with no fighters named is no group",
			"Former Peruvian President Luis Tovar fled in May. The army remained loyal to Tovar and attacked Arica.",
			"", "", "", "", "", "ATTACKED:Tovar loyalists"},
		{"private security forces are not the state's",
			"Peruvian President Luis Tovar spoke on Monday. Private security forces attacked the protesters in Lima.",
			"", "", "", "", "", "ATTACKED:Peru"},
	})
}
