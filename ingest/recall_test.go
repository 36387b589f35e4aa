package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

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
			"\"Once again the Bolivian side has violated the fishing accord we both signed,\" Peruvian Trade Minister Mira Okafor alleged.",
			"ACCUSED", "Mira Okafor", "Bolivia", "asserted", "", ""},
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
			"Former Peruvian President Luis Tovar fled in May. Peruvian police came under fire from Tovar loyalists in the highlands.",
			"ATTACKED", "Tovar loyalists", "Peru", "", "", ""},
		{"pro-leader militias are his loyalists",
			"Former Peruvian President Luis Tovar fled in May. Peru attacked pro-Tovar militias near the border.",
			"ATTACKED", "Peru", "Tovar loyalists", "", "", ""},
		{"armed men loyal to the former president are his loyalists",
			"Former Peruvian President Luis Tovar fled in May. Peruvian police traded fire with gunmen loyal to the former president in the highlands.",
			"ATTACKED", "Tovar loyalists", "Peru", "", "", ""},
		{"the loyalists' attack is not the leader's",
			"Former Peruvian President Luis Tovar fled in May. Peruvian police came under fire from Tovar loyalists in the highlands.",
			"", "", "", "", "", "ATTACKED:Luis Tovar"},
		{"loyal to a person with no fighters named is no group",
			"Former Peruvian President Luis Tovar fled in May. The army remained loyal to Tovar and attacked Arica.",
			"", "", "", "", "", "ATTACKED:Tovar loyalists"},
		{"private security forces are not the state's",
			"Peruvian President Luis Tovar spoke on Monday. Private security forces attacked the protesters in Lima.",
			"", "", "", "", "", "ATTACKED:Peru"},
		// what another actor should or must do, told by a speaker, is a demand
		{"said another actor should is urging",
			"Chilean President Ana Reyes said Peru should reopen the border.",
			"URGED", "Ana Reyes", "Peru", "asserted", "", ""},
		{"quoted must is urging",
			"\"Peru must immediately reopen the border,\" Chilean President Ana Reyes said.",
			"URGED", "Ana Reyes", "Peru", "asserted", "", ""},
		{"should be is a prediction, no demand",
			"Chilean President Ana Reyes said Peru should be worried.",
			"", "", "", "", "", "URGED"},
		{"whether an actor should is a question, no demand",
			"Chilean President Ana Reyes asked whether Peru should reopen the border.",
			"", "", "", "", "", "URGED"},
		{"they in a demand is not the addressee told before",
			"\"Peru broke the deal,\" Chilean President Ana Reyes told Bolivia on Monday. \"They must reopen the border now.\"",
			"URGED", "Ana Reyes", "Peru", "asserted", "", ""},
		{"they in a demand is not the addressee told before (absent)",
			"\"Peru broke the deal,\" Chilean President Ana Reyes told Bolivia on Monday. \"They must reopen the border now.\"",
			"", "", "", "", "", "URGED::Bolivia"},
		{"what the speaker's own side must do is no demand",
			"Chilean President Ana Reyes said Chile must reopen the border.",
			"", "", "", "", "", "URGED"},
		// urging an end to a fight between two sides urges both
		{"urged an end to the fighting between two sides",
			"Chilean President Ana Reyes called for an end to the fighting between Peru and Bolivia.",
			"URGED", "Ana Reyes", "Bolivia", "", "", ""},
		{"urged an end to a fight over a matter between two sides",
			"Chilean President Ana Reyes urged an end to the customs dispute over copper between Peru and Bolivia.",
			"URGED", "Ana Reyes", "Peru", "", "", ""},
		{"the speaker's own side in the fight is not urged",
			"Chilean President Ana Reyes called for an end to the fighting between Chile and Bolivia.",
			"", "", "", "", "", "URGED:Ana Reyes:Chile"},
		{"welcoming an end is no urging",
			"Chilean President Ana Reyes welcomed an end to the fighting between Peru and Bolivia.",
			"", "", "", "", "", "URGED"},
		// "both sides", "them" refer to two actors joined before, with no event
		{"both sides are the two actors joined before",
			"Chile and Peru have argued over fishing rights for years. Bolivia urged both sides to show restraint.",
			"URGED", "Bolivia", "Peru", "", "", ""},
		{"them are the two actors between which tensions rose",
			"Tensions between Chile and Peru rose in May. Bolivia urged them to show restraint.",
			"URGED", "Bolivia", "Chile", "", "", ""},
		{"a pair with the speaker's side is no parties",
			"Chile and Bolivia have argued over fishing rights for years. Bolivia urged both sides to show restraint.",
			"", "", "", "", "", "URGED"},
		// inflicting casualties on an armed side attacks it
		{"inflicting casualties on forces is an attack",
			"Boko Haram intensified attacks, inflicting heavy casualties on Peruvian forces.",
			"ATTACKED", "Boko Haram", "Peru", "", "", ""},
		{"inflicted losses on an army is an attack",
			"Chilean troops inflicted losses on the Peruvian army near Tacna.",
			"ATTACKED", "Chile", "Peru", "", "", ""},
		{"losses inflicted on civilians of a state are no attack on it",
			"The drought inflicted heavy losses on Peruvian farmers.",
			"", "", "", "", "", "ATTACKED"},
		// a state's positions and targets are the state as the object of strikes
		{"strikes on a state's positions strike the state",
			"Peru struck Chilean positions on Monday.",
			"BOMBED", "Peru", "Chile", "", "", ""},
		{"airstrikes against a state's targets strike the state",
			"Peru carried out airstrikes against Chilean targets.",
			"BOMBED", "Peru", "Chile", "", "", ""},
		// coming under fire from an armed side is its attack
		{"came under fire from troops is their attack",
			"Chilean forces came under fire from Peruvian troops.",
			"ATTACKED", "Peru", "Chile", "", "", ""},
		{"came under artillery fire is bombing",
			"Chilean forces came under heavy artillery fire from Peruvian troops.",
			"BOMBED", "Peru", "Chile", "", "", ""},
		{"came under fire from officials is criticism, not arms",
			"Peruvian President Luis Tovar came under fire from Chilean officials over the deal.",
			"", "", "", "", "", "ATTACKED"},
		// the subject of a support verb holds the meeting nominal, over a measure
		{"led hours of talks with officials is a meeting",
			"Chilean Foreign Minister Mira Okafor held two days of border talks with Bolivian officials in La Paz.",
			"MET_WITH", "Mira Okafor", "Bolivia", "", "", ""},
		{"attended a meeting with officials is a meeting",
			"Chilean Foreign Minister Mira Okafor attended a meeting with Peruvian officials in Lima.",
			"MET_WITH", "Mira Okafor", "Peru", "", "", ""},
		{"attending an event with no trigger is no meeting",
			"Chilean Foreign Minister Mira Okafor attended a concert with Peruvian officials in Lima.",
			"", "", "", "", "", "MET_WITH"},
		// judging a plan, deal or delay named before judges its author
		{"denouncing a plan named before criticizes its author",
			"Chile unveiled a plan to cede the islands to Bolivia. Peru denounced the plan.",
			"CRITICIZED", "Peru", "Chile", "", "", ""},
		{"calling the proposed plan a disaster criticizes its author",
			"Chile unveiled a plan to sell the port to Bolivia. Peruvian Senator Ana Reyes branded the proposed plan \"a betrayal of the coast.\"",
			"CRITICIZED", "Ana Reyes", "Chile", "", "", ""},
		{"denouncing a delay criticizes who delayed",
			"Chilean President Luis Tovar delayed the withdrawal. The Tupac Front denounced the delay.",
			"CRITICIZED", "Tupac Front", "Luis Tovar", "", "", ""},
		{"judging one's own side's plan is no criticism of another",
			"Peru unveiled a plan to cede the islands to Bolivia. Peruvian President Ana Reyes called the plan a mistake.",
			"", "", "", "", "", "CRITICIZED"},
		// a year modifying a nominal trigger over its modifiers dates it
		{"a standing deal is dated by its year",
			"Under the 2011 water-sharing deal between Chile and Peru, quotas were eased.",
			"AGREED_WITH", "Chile", "Peru", "", "2011-01-01", ""},
		{"a pact is dated by its month and year over modifiers",
			"The chief referred to the February 2019 landmark peace-building pact between Chile and Peru.",
			"AGREED_WITH", "Chile", "Peru", "", "2019-02-01", ""},
		{"a year of another noun does not date the event",
			"Chile, a 2015 signatory, signed a trade deal with Peru on Tuesday.",
			"AGREED_WITH", "Chile", "Peru", "", "2020-06-09", ""},
		// a pact named before the clause that made it: its signers agree
		{"the deal one side signed with another",
			"Bolivia praised the deal Chile signed with Peru in May.",
			"AGREED_WITH", "Chile", "Peru", "", "2020-05-01", ""},
		{"the accord that two sides reached",
			"Bolivia praised the accord that Chile and Peru reached last week.",
			"AGREED_WITH", "Chile", "Peru", "", "", ""},
		{"the pact a state negotiated, with a determiner before it",
			"The chief referred to the 2019 pact the Chilean government negotiated with Peru in Lima.",
			"AGREED_WITH", "Chile", "Peru", "", "2019-01-01", ""},
		{"a deal one side rejected is no agreement",
			"The deal Chile rejected was drafted by Peru.",
			"", "", "", "", "", "AGREED_WITH"},
		// paraphrases of the lexicon
		{"lashed out at is criticism", "Chile lashed out at Peru over the border.", "CRITICIZED", "Chile", "Peru", "", "", ""},
		{"expressed solidarity with is support", "Chile expressed solidarity with Peru after the floods.", "SUPPORTED", "Chile", "Peru", "", "", ""},
		{"supplied arms to is support", "Chile supplied arms to Peru.", "SUPPORTED", "Chile", "Peru", "", "", ""},
		{"supplying goods is no support", "Chile supplied copper to Peru.", "", "", "", "", "", "SUPPORTED"},
		{"shot down a state's drone attacks it", "Chile shot down a Peruvian drone.", "ATTACKED", "Chile", "Peru", "", "", ""},
		{"shooting down a proposal is no attack", "Chile shot down the proposal by Peru.", "", "", "", "", "", "ATTACKED"},
		{"vowed to retaliate is a threat", "Chile vowed to retaliate against Peru.", "THREATENED", "Chile", "Peru", "", "", ""},
		{"blacklisted is a sanction", "Chile blacklisted Peru's central bank.", "SANCTIONED", "Chile", "Peru", "", "", ""},
		// "need to", "has to", and "they" for the body named before
		{"needs to in a quote is a demand",
			"\"To make this work, Peru needs to return the missiles,\" a senior Chilean official told reporters.",
			"URGED", "Chile", "Peru", "", "", ""},
		{"they must is the body named before",
			"\"If the Tupac Front wants to be trusted, they must free the hostages first,\" Peruvian Interior Minister Ana Reyes told reporters.",
			"URGED", "Ana Reyes", "Tupac Front", "", "", ""},
		{"it must is no actor",
			"Chile and Peru met on Monday. Chilean President Ana Reyes said it must not happen again.",
			"", "", "", "", "", "URGED"},
		// defying calls by an actor: the caller urged the one who defies
		{"defying calls including by a body is its urging",
			"Bolivian police continue to defy appeals, including from the Security Council, to free the detainees.",
			"URGED", "UN Security Council", "Bolivia", "", "", ""},
		{"ignoring appeals from a state is its urging",
			"Chile ignored repeated appeals from Peru to release the prisoners.",
			"URGED", "Peru", "Chile", "", "", ""},
		{"defying calls from one's own side is no urging between sides",
			"Chile defied calls from Chilean lawmakers to resign.",
			"", "", "", "", "", "URGED"},
		// warning of what an actor's conduct would bring threatens the actor
		{"warned that a government's actions would divide is a threat",
			"Chile warned that the Peruvian government's policies would split the region.",
			"THREATENED", "Chile", "Peru", "", "", ""},
		{"warned that a state's economy would shrink is no threat",
			"Chile warned that Peru's economy would shrink.",
			"", "", "", "", "", "THREATENED"},
		// entry and travel bans are sanctions
		{"barring an official from entering is a sanction",
			"Chile banned Peruvian Minister Ana Reyes from entering Chile.",
			"SANCTIONED", "Chile", "Ana Reyes", "", "", ""},
		{"everyone barred under the sanctions told before is sanctioned",
			"Chile froze the assets of former Peruvian President Luis Tovar and his relatives. Under the sanctions, Tovar, his brother, Mario Tovar, and his daughter, Elena Tovar, are barred from entering Chile.",
			"SANCTIONED", "Chile", "Elena Tovar", "", "", ""},
		{"barring from office is no sanction",
			"The court barred Luis Tovar from running for office.",
			"", "", "", "", "", "SANCTIONED"},
		{"a gerund barring is no sanction",
			"\"Peru barring Ana Reyes from entering the country is a bad sign,\" said analyst Tomas Feld.",
			"", "", "", "", "", "SANCTIONED"},
		// a meeting told by who chairs and who attends it
		{"chair and attendees of a meeting named before meet, on its date",
			"Peru will host water talks in Cusco with Chile and Bolivia on Friday. It will be chaired by Peruvian Trade Minister Mira Okafor, and Chilean Deputy Trade Minister Luis Tovar and Bolivian Deputy Trade Minister Ana Reyes are due to attend.",
			"MET_WITH", "Luis Tovar", "Ana Reyes", "planned", "2020-06-12", ""},
		{"a summit chaired by one and attended by another",
			"The summit was chaired by Chilean President Mira Okafor and attended by Peruvian President Luis Tovar.",
			"MET_WITH", "Mira Okafor", "Luis Tovar", "", "", ""},
		{"a trial chaired and attended is no meeting",
			"The trial was chaired by Chilean judge Mira Okafor and attended by Peruvian President Luis Tovar.",
			"", "", "", "", "", "MET_WITH"},
		// a visit in a fronted phrase and its host speaking in the main clause
		{"the host speaking during a visit met the visitor",
			"During a short visit by Chilean President Ana Reyes to Lima in May, Peruvian President Luis Tovar told reporters the deal was close.",
			"MET_WITH", "Ana Reyes", "Luis Tovar", "asserted", "2020-05-01", ""},
		{"an official of another state speaking during a visit is no host",
			"During a short visit by Chilean President Ana Reyes to Lima in May, Bolivian President Luis Tovar told reporters the deal was close.",
			"", "", "", "", "", "MET_WITH"},
		// a fronted meeting whose main clause opens with "both leaders"
		{"both leaders after talks with one are that one and the other",
			"Chilean President Ana Reyes arrived in Lima on Monday. Following talks with Peruvian President Luis Tovar, both leaders reaffirmed their commitment to peace.",
			"MET_WITH", "Ana Reyes", "Luis Tovar", "", "", ""},
		{"both leaders with no other leader named before is no meeting",
			"Following talks with Peruvian President Luis Tovar, both leaders reaffirmed their commitment to peace.",
			"", "", "", "", "", "MET_WITH"},
		// blaming attacks on fighters a state hosts accuses the state
		{"blamed attacks on militants on a state's soil",
			"Lima blamed last week's bombings on rebels hiding on Chilean soil.",
			"ACCUSED", "Peru", "Chile", "", "", ""},
		{"blamed an attack on fighters based in a state",
			"Peru blamed the attack on fighters based in Chile.",
			"ACCUSED", "Peru", "Chile", "", "", ""},
		{"fighters of a nationality are not their state",
			"Peru blamed the attack on Chilean militants.",
			"", "", "", "", "", "ACCUSED"},
		// agreeing with an opinion is no agreement signed
		{"agreed with a leader's remark is no agreement",
			"Chilean President Ana Reyes agreed with Peruvian President Luis Tovar's recent remark that the deal was fair.",
			"", "", "", "", "", "AGREED_WITH"},
		{"agreed with a state to act is an agreement",
			"Chile agreed with Peru to reopen the border.",
			"AGREED_WITH", "Chile", "Peru", "", "", ""},
		// a claim that a deed was the work of an actor, or of fighters a state hosts
		{"the charge that an attack was planned by gunmen based in a state",
			"Peruvian Interior Minister Ana Reyes repeated the charge that Tuesday's ambush was planned by gunmen based in Chile.",
			"ACCUSED", "Ana Reyes", "Chile", "asserted", "2020-06-10", ""},
		{"said a bombing was planned by a state",
			"Peru said the bombing was planned by Chile.",
			"ACCUSED", "Peru", "Chile", "", "", ""},
		{"said a summit was planned by a state is no charge",
			"Peru said the summit was planned by Chile.",
			"", "", "", "", "", "ACCUSED"},
		{"a demand quoted after demanded that is urging",
			"Chilean President Ana Reyes demanded that Lima \"must immediately drop its tariffs.\"",
			"URGED", "Ana Reyes", "Peru", "", "", ""},
	})
}

// TestSeenOnlyAlias: an alias that is also a common word in capitals
// ("IS") names its organisation only once the article named it otherwise,
// and never as part of a longer name.
func TestSeenOnlyAlias(t *testing.T) {
	dict := filepath.Join(t.TempDir(), "dict.yaml")
	yaml := "actors:\n  - {name: Iron Sentinels, type: Organisation, kind: armed_group, aliases: [IS]}\n"
	if err := os.WriteFile(dict, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := NewPipeline(Options{Dictionaries: []string{dict}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       bool
	}{
		{"after the group was named", "The Iron Sentinels leader is dead. Chilean forces carried out airstrikes against IS in Peru.", true},
		{"before the group was named", "Chilean forces carried out airstrikes against IS in Peru.", false},
		{"part of a longer name", "The Iron Sentinels leader is dead. Chilean forces carried out airstrikes against IS Coast units in Peru.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Analyze(Article{Title: "Test", Text: tt.text, Published: "2020-06-10"}).Graph().Extraction()
			_, got := findFact(x, fact{typ: "BOMBED", from: "Chile", to: "Iron Sentinels"})
			if got != tt.want {
				t.Errorf("%q: BOMBED Chile -> Iron Sentinels is %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestWarnedOfDanger: "warned in March of a likely build-up" names a
// danger, not a threat to whoever is named in it.
func TestWarnedOfDanger(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"warned in a month of a danger threatens no one",
			"Bolivian officials warned in March of a likely Chilean naval build-up along the coast.",
			"", "", "", "", "", "THREATENED"},
	})
}
