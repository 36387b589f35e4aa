package ingest

import "testing"

// TestThreatsAndPlans checks threats told through an infinitive or a
// complement clause, deeds someone is kept from, meetings put in the
// future by their verb of occurring, and the sides of a conflict told by a
// party phrase. Published is Wednesday 2020-06-10.
func TestThreatsAndPlans(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"threat after apposition", "Mira Okafor, the Chilean foreign minister, threatened to attack Peru.",
			"THREATENED", "Mira Okafor", "Peru", "asserted", "", ""},
		{"threat with time adverbial", "Chile threatened on Monday to end the truce with Peru.",
			"THREATENED", "Chile", "Peru", "", "", ""},
		{"threat of hyphenated pact", "The Ardent Front mocked the proposal and threatened to end its cease-fire with Peru.",
			"THREATENED", "Ardent Front", "Peru", "", "", ""},
		{"warned it would", "Chile warned it would attack Peru.",
			"THREATENED", "Chile", "Peru", "asserted", "", ""},
		{"threatened that its forces would", "Chile threatened that its navy would blockade Peru.",
			"THREATENED", "Chile", "Peru", "", "", ""},
		{"warned of another's deed", "Chile warned that Peru would attack Bolivia.",
			"", "", "", "", "", "THREATENED"},
		{"warned of a past deed", "Chile warned it had attacked Peru.",
			"", "", "", "", "", "THREATENED"},
		{"barred from visiting", "Chilean Foreign Minister Mira Okafor was barred from visiting Peru last year.",
			"", "", "", "", "", "VISITED"},
		{"kept from meeting", "Bolivia stopped Chilean diplomats from meeting Peruvian officials.",
			"", "", "", "", "", "MET_WITH"},
		{"barred but visited", "Chile was barred from the talks but visited Peru.",
			"VISITED", "Chile", "Peru", "", "", ""},
		{"summit will take place", "A summit between Chile and Peru will take place in Lima.",
			"MET_WITH", "Chile", "Peru", "planned", "", ""},
		{"talks expected to be held", "Talks between Chile and Peru are expected to be held in Lima.",
			"MET_WITH", "Chile", "Peru", "planned", "", ""},
		{"talks would take place between", "Analysts doubt fresh talks would take place between Chile and Peru soon.",
			"MET_WITH", "Chile", "Peru", "planned", "", ""},
		{"a failure before is no negation", "The talks collapsed in May, and they failed again after Chile placed the blame on Peru.",
			"ACCUSED", "Chile", "Peru", "asserted", "", ""},
		{"failed to is a negation", "Chile failed to condemn Peru.",
			"CRITICIZED", "Chile", "Peru", "negated", "", ""},
		{"summit took place", "A summit between Chile and Peru took place in Lima.",
			"MET_WITH", "Chile", "Peru", "asserted", "", ""},
		{"warring parties are the foes", "Chilean troops attacked Peru in May. The warring parties met in Geneva on Friday.",
			"MET_WITH", "Chile", "Peru", "", "", ""},
		{"opposing sides are no mediators", "The United States and Saudi Arabia are mediating in the war in Sudan. The opposing sides met in Lima on Friday.",
			"", "", "", "", "", "MET_WITH"},
		{"both sides of a dispute", "Chile and Peru have argued over water for years. Both sides met on Friday.",
			"MET_WITH", "Chile", "Peru", "", "", ""},
	})
}

// TestOperationsAndCasualties checks what an operation with no object was
// against, and the dead counted "among those killed".
func TestOperationsAndCasualties(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"operation against the group it killed", "In the operation that lasted two days, the Peruvian army said it killed 30 Ardent Front fighters.",
			"ATTACKED", "Peru", "Ardent Front", "", "", ""},
		{"a killed person is no operation's object", "In a raid on Monday, Peru killed Ardent Front leader Tomas Feld.",
			"", "", "", "", "", "ATTACKED:Peru:Tomas Feld"},
		{"another side's killing is no object", "In the operation, Bolivian police said Ardent Front gunmen killed 3 Peruvian guards.",
			"", "", "", "", "", "ATTACKED:Bolivia"},
		{"among those killed", "The Ardent Front stormed a town in the south on Monday. Officials said ten Peruvian soldiers are among those killed during the raid.",
			"KILLED", "Ardent Front", "Peru", "reported", "", ""},
		{"among those killed by", "Five Peruvian soldiers are among those killed in an assault by the Ardent Front.",
			"KILLED", "Ardent Front", "Peru", "", "", ""},
	})
}

// TestJudgedConductAndSpeakers checks a judged object owned through a
// country adjective, and the speaker of "X's army said it".
func TestJudgedConductAndSpeakers(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"opposes a state's investment", "The Ardent Front has long opposed Chilean investment in the mines.",
			"CRITICIZED", "Ardent Front", "Chile", "", "", ""},
		{"condemned interference", "Peru condemned Bolivian interference in its elections.",
			"CRITICIZED", "Peru", "Bolivia", "", "", ""},
		{"an investment of no state", "Peru welcomed foreign investment in its mines.",
			"", "", "", "", "", "CRITICIZED"},
		{"possessor's army speaks", "Peru's military said on Sunday it killed 20 Ardent Front fighters.",
			"KILLED", "Peru", "Ardent Front", "", "", ""},
		{"possessor's media do not speak for it", "Peru's media said it killed 20 Ardent Front fighters.",
			"", "", "", "", "", "KILLED:Peru"},
	})
}

// TestStrikeObjectsAndClaims checks a strike on a state's land named by its
// country adjective, a counterpart never named, and a deed claimed as the
// direct object of "claimed".
func TestStrikeObjectsAndClaims(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"shelled a state's villages", "Officials in Lima said Peruvian troops shelled Bolivian villages overnight.",
			"BOMBED", "Peru", "Bolivia", "reported", "", ""},
		{"struck border towns", "Peruvian jets struck two Bolivian border towns.",
			"BOMBED", "Peru", "Bolivia", "asserted", "", ""},
		{"nominal strikes on villages", "Peruvian air strikes on Bolivian villages left ten dead.",
			"BOMBED", "Peru", "Bolivia", "", "", ""},
		{"a visit to towns is no strike", "Chile's president toured Peruvian towns.",
			"", "", "", "", "", "BOMBED"},
		{"an embassy is no territory", "Peru shelled the Bolivian embassy.",
			"", "", "", "", "", "BOMBED:Peru:Bolivia"},
		{"unnamed counterpart acts as the state", "Chile's President Mira Okafor held talks with her Peruvian counterpart.",
			"MET_WITH", "Mira Okafor", "Peru", "", "", ""},
		{"unnamed counterparts are peers", "Firefighter Mira Okafor flew in to join her Peruvian counterparts.",
			"", "", "", "", "", "VISITED"},
		{"named counterpart", "Chile's President Mira Okafor held talks with her Peruvian counterpart, Tomas Feld.",
			"MET_WITH", "Mira Okafor", "Tomas Feld", "", "", ""},
		{"claimed the bombing", "The Ardent Front claimed the bombing of a Chilean army base.",
			"BOMBED", "Ardent Front", "Chile", "", "", ""},
		{"claimed a town is no deed", "The Ardent Front claimed the town as its own after Chile left.",
			"", "", "", "", "", "CAPTURED"},
	})
}

// TestDescriptionsAndRelatives checks a group named by a description with
// its head ("the separatist group"), and the antecedent of a relative
// clause as the patient of its passive.
func TestDescriptionsAndRelatives(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"separatist group as subject", "The separatist Ardent Front attacked a train in Peru. The separatist group accuses Peru of looting the province.",
			"ACCUSED", "Ardent Front", "Peru", "", "", ""},
		{"relative after a preposition", "The inquiry is run by prosecutor Mira Okafor, who was sanctioned by Chile last year for abuse of office.",
			"SANCTIONED", "Chile", "Mira Okafor", "", "", ""},
		{"relative antecedent, not the main subject", "Chile met with Tomas Feld, who was later accused by Peru of fraud.",
			"ACCUSED", "Peru", "Tomas Feld", "", "", ""},
		{"the main subject is no relative's patient", "Chile met with Tomas Feld, who was later accused by Peru of fraud.",
			"", "", "", "", "", "ACCUSED:Peru:Chile"},
		{"relative place", "Chile sent aid to Lima, which was shelled by Peru.",
			"BOMBED", "Peru", "Lima", "", "", ""},
	})
}

// TestAuthoredTexts checks a judged text named with its author ("the
// resolution passed by X") and a possessor's body as the judge.
func TestAuthoredTexts(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"resolution passed by", "Peru's government flatly rejected the resolution passed by Chile's senate.",
			"REJECTED", "Peru", "Chile", "asserted", "", ""},
		{"plan unveiled by", "Peru criticized a plan unveiled by Chile.",
			"CRITICIZED", "Peru", "Chile", "", "", ""},
		{"an administration with an adverb", "Peruvian President Tomas Feld's administration swiftly rejected the motion tabled by Bolivia.",
			"REJECTED", "Tomas Feld", "Bolivia", "", "", ""},
		{"a text's carrier is no author", "Peru rejected the proposal carried by a Chilean newspaper.",
			"", "", "", "", "", "REJECTED"},
	})
}

// TestNominalDemandsAndCoordination checks demands and threats told as
// nouns, subjects joined by "neither ... nor", and a comparison set off by
// commas ("X, like Y, ...") that is no subject.
func TestNominalDemandsAndCoordination(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"call for X to", "Chile repeated its call for Peru to free the detained fishermen.",
			"URGED", "Chile", "Peru", "", "", ""},
		{"call for a truce names no addressee", "Norway's call for a truce in the north was ignored.",
			"", "", "", "", "", "URGED"},
		{"demand that X", "Chile's demand that Peru free the fishermen was ignored.",
			"URGED", "Chile", "Peru", "", "", ""},
		{"threats against", "Chile's threats against Peru unsettled investors.",
			"THREATENED", "Chile", "Peru", "", "", ""},
		{"as well as joins objects", "Chile condemned Peru as well as Bolivia.",
			"CRITICIZED", "Chile", "Bolivia", "", "", ""},
		{"neither nor", "Neither Chile nor Peru condemned Bolivia.",
			"CRITICIZED", "Chile", "Bolivia", "negated", "", ""},
		{"like is no subject", "Chile, like Peru, condemned Bolivia.",
			"", "", "", "", "", "CRITICIZED:Peru"},
		{"like as subject's comparison keeps the subject", "Chile, like Peru, condemned Bolivia.",
			"CRITICIZED", "Chile", "Bolivia", "", "", ""},
		{"would like keeps its object's verb", "Bolivia would like Peru to condemn Chile.",
			"", "", "", "", "", "CRITICIZED:Bolivia"},
	})
}

// TestAggressionVictims checks an attack told by its agent only, whose
// victim is the actor a support in the same sentence defends.
func TestAggressionVictims(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"support in the face of aggression", "Chile vowed to keep helping Peru in the face of Bolivia's brutal aggression.",
			"ATTACKED", "Bolivia", "Peru", "", "", ""},
		{"supports against attacks", "Chile supports Peru against the Ardent Front's attacks.",
			"ATTACKED", "Ardent Front", "Peru", "", "", ""},
		{"a support and a condemnation", "Chile backed Peru and condemned Bolivia's aggression.",
			"", "", "", "", "", "ATTACKED:Bolivia:Peru"},
	})
}

// TestWreakedViolence checks violence an armed group wreaks on places, and
// the figurative havoc of anyone else.
func TestWreakedViolence(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"wreaked havoc across", "For a decade the Ardent Front has wreaked havoc across Peru and Bolivia.",
			"ATTACKED", "Ardent Front", "Bolivia", "", "", ""},
		{"unleashed terror on", "The Ardent Front unleashed a campaign of terror on Ecuador last year.",
			"ATTACKED", "Ardent Front", "Ecuador", "", "", ""},
		{"figurative havoc", "Chile wreaked havoc on Peru's economy with its tariffs.",
			"", "", "", "", "", "ATTACKED"},
	})
}
