package ingest

import "testing"

// TestRequestLists checks requests made to several actors at once and
// requests put as a question of ability: a list joined by commas alone,
// "asked X if it could ...", and "we" in the quote of a body's leader.
func TestRequestLists(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"asked if it could", "Norway asked Sweden if it could host the next round of talks.",
			"URGED", "Norway", "Sweden", "asserted", "", ""},
		{"asked whether it had is a question", "Norway asked Sweden whether it had received the letter.",
			"", "", "", "", "", "URGED"},
		{"asked a comma list if", "Norway asked Sweden, Finland, Estonia if they could send observers.",
			"URGED", "Norway", "Estonia", "", "", ""},
		{"urged a comma list", "Norway urged Sweden, Finland, Estonia to send observers.",
			"URGED", "Norway", "Estonia", "", "", ""},
		{"asked a long list", "Norway asked Sweden, Finland, Estonia, Latvia, Poland and Denmark to send observers.",
			"URGED", "Norway", "Denmark", "", "", ""},
		{"one name after a comma is no list", "Norway urged Sweden, Finland to send observers.",
			"", "", "", "", "", "URGED:Norway:Finland"},
		{"a speaker after a comma list", "Norway criticized Sweden, Finland, Estonia said on Monday.",
			"", "", "", "", "", "CRITICIZED:Norway:Estonia"},
		{"we of a body's leader", `Mira Okafor, the vice chair of the Harbor Council, spoke on Monday. "We keep asking [the] Swedish government if it could take them," she said.`,
			"URGED", "Mira Okafor", "Sweden", "", "", ""},
		{"I is the speaker", `Mira Okafor, an analyst, spoke on Monday. "I urge Sweden to reopen the border," she said.`,
			"URGED", "Mira Okafor", "Sweden", "", "", ""},
		{"we of a fellow", `Mira Okafor, a senior fellow at the Harbor Policy Institute, spoke on Monday. "We keep asking Sweden to take them," she said.`,
			"", "", "", "", "", "URGED"},
	})
}

// TestConditionalThreats checks threats told as a punitive step the
// speaker will take should another actor act: the condition's subject or
// its passive agent is threatened; a reward, a refusal to act and a step
// that punishes no one are no threat.
func TestConditionalThreats(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"I will not hesitate", `Sylvanian Energy Minister Mira Okafor spoke on Monday. "Should talks fail and if Sweden blocks our ships again, I would not hesitate to shut down the pipeline," Okafor said.`,
			"THREATENED", "Mira Okafor", "Sweden", "asserted", "", ""},
		{"passive condition", `"If the duties are not scrapped by Canada, we will double the levies on its lumber," Sylvanian Trade Minister Mira Okafor said.`,
			"THREATENED", "Mira Okafor", "Canada", "", "", ""},
		{"consequences after that if", "Norway said that if Sweden moves troops to the border, there will be consequences.",
			"THREATENED", "Norway", "Sweden", "", "", ""},
		{"sanctions could follow if", "Norway warned reporters on Monday that sanctions could follow if Sweden deployed the missiles.",
			"THREATENED", "Norway", "Sweden", "", "", ""},
		{"a reward is no threat", "Norway said it would lift the sanctions if Sweden withdrew its troops.",
			"", "", "", "", "", "THREATENED"},
		{"a refusal to act is no threat", "Norway said that if Sweden attacks, it will not retaliate.",
			"", "", "", "", "", "THREATENED"},
		{"no punitive step", "Norway said it would host the next round if Sweden agreed.",
			"", "", "", "", "", "THREATENED"},
		{"a news agency reports the step", "Reuters reported on Monday that sanctions could follow if Sweden deployed the missiles.",
			"", "", "", "", "", "THREATENED"},
		{"no actor in the condition", "Norway said it would impose tariffs if the talks failed.",
			"", "", "", "", "", "THREATENED"},
	})
}

// TestRoleAnaphors checks "the official", "the diplomat" naming again the
// unnamed official told just before, who acts as their state or body.
func TestRoleAnaphors(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"the official added", "A senior Norwegian official briefed reporters on Monday. The official also accused Sweden of lying about the spill.",
			"ACCUSED", "Norway", "Sweden", "", "", ""},
		{"the diplomat", "A Norwegian diplomat briefed reporters on Monday. The diplomat accused Sweden of lying about the spill.",
			"ACCUSED", "Norway", "Sweden", "", "", ""},
		{"a body's official", "A senior Harbor Council official briefed reporters. The official urged Sweden to reopen the port.",
			"URGED", "Harbor Council", "Sweden", "", "", ""},
		{"two officials of different sides", "A Norwegian diplomat and a Finnish diplomat briefed reporters. The diplomat accused Sweden of lying.",
			"", "", "", "", "", "ACCUSED"},
		{"no official before", "Norway held a briefing on Monday. The official accused Sweden of lying about the spill.",
			"", "", "", "", "", "ACCUSED"},
		{"too far back", "A Norwegian diplomat briefed reporters. Oil prices fell. Markets shrugged. Traders waited. The diplomat accused Sweden of lying.",
			"", "", "", "", "", "ACCUSED"},
	})
}

// TestAlliancesAndDrawnCriticism checks alliances told as a hyphenated
// pair or a treaty, criticism drawn by a move its owner made, and the
// newer wordings of the lexicon where they must not fire.
func TestAlliancesAndDrawnCriticism(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"pair alliance", "Analysts praised the depth of the Chile-Peru alliance on Monday.",
			"SUPPORTED", "Peru", "Chile", "", "", ""},
		{"treaty ally", "Japan remains a treaty ally of Canada.",
			"SUPPORTED", "Japan", "Canada", "", "", ""},
		{"a bloc's own alliance", "The NATO alliance met in Brussels.",
			"", "", "", "", "", "SUPPORTED"},
		{"possessor's move drew criticism", "Sweden's decision to close the port drew criticism from Norway.",
			"CRITICIZED", "Norway", "Sweden", "", "", ""},
		{"ownerless move drew criticism", "The plan drew criticism from Norway.",
			"", "", "", "", "", "CRITICIZED"},
		{"anger with no one angry", "Public anger at the government grew in Sweden.",
			"", "", "", "", "", "CRITICIZED"},
		{"charged that with no actor", "Norway charged that the vote had been rigged.",
			"", "", "", "", "", "ACCUSED"},
		{"charged that an actor", "Norway charged that Swedish troops had shelled the ferry.",
			"ACCUSED", "Norway", "Sweden", "", "", ""},
	})
}

// TestPactExits checks leaving a pact as breaking off with its other
// party, and a refusal to recognize a leader as a rejection.
func TestPactExits(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"withdrew from the deal with", "Bolivia withdrew from the gas deal with Peru last year.",
			"SUSPENDED_TALKS_WITH", "Bolivia", "Peru", "", "", ""},
		{"party as modifier", "Bolivia pulled out of the Peru water accord in May.",
			"SUSPENDED_TALKS_WITH", "Bolivia", "Peru", "", "", ""},
		{"pact told before", "Bolivia signed a water accord with Peru in 2010. Bolivia quit the accord on Monday.",
			"SUSPENDED_TALKS_WITH", "Bolivia", "Peru", "", "", ""},
		{"a place left under a deal", "Bolivian troops pulled out of Arica under a truce with Peru.",
			"", "", "", "", "", "SUSPENDED_TALKS_WITH"},
		{"a pact without parties", "Bolivia walked away from the climate accord.",
			"", "", "", "", "", "SUSPENDED_TALKS_WITH"},
		{"no longer recognize", "Sylvanian President Mira Okafor won in May. Bolivia refused to recognize Okafor as president.",
			"REJECTED", "Bolivia", "Mira Okafor", "", "", ""},
	})
}

// TestDocumentAuthors checks statements, reports and rulings that act
// for their author, and documents whose author the text does not give.
func TestDocumentAuthors(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"possessed statement", "Norway's statement condemned Sweden on Monday.",
			"CRITICIZED", "Norway", "Sweden", "", "", ""},
		{"demonym statement", "A Norwegian statement condemned Sweden on Monday.",
			"CRITICIZED", "Norway", "Sweden", "", "", ""},
		{"issued a report", "The Harbor Council issued a report on Monday. The report accused Sweden of torture.",
			"ACCUSED", "Harbor Council", "Sweden", "", "", ""},
		{"said in a statement", "Norway said in a statement on Monday that talks had failed. The statement also urged Sweden to free the sailors.",
			"URGED", "Norway", "Sweden", "", "", ""},
		{"quote of a statement", `"Sweden must free the sailors," the Norwegian statement said.`,
			"URGED", "Norway", "Sweden", "", "", ""},
		{"a report with no author", "The report accused Sweden of torture.",
			"", "", "", "", "", "ACCUSED"},
		{"a report someone read", "Finland said it had read the report. The report accused Sweden of torture.",
			"", "", "", "", "", "ACCUSED"},
	})
}

// TestStateAnaphors checks "The country" opening a clause as the state
// that opened the sentence before.
func TestStateAnaphors(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"the country acts", "Norway closed its border on Monday. The country also accused Sweden of lying.",
			"ACCUSED", "Norway", "Sweden", "", "", ""},
		{"the nation with an adverb", "Norway closed its border on Monday. The nation has long accused Sweden of lying.",
			"ACCUSED", "Norway", "Sweden", "", "", ""},
		{"in the country is a place", "Norway closed its border on Monday. In the country, students accused Sweden of lying.",
			"", "", "", "", "", "ACCUSED:Norway:Sweden"},
		{"no state opened the sentence before", "Prices rose in Norway on Monday. The country also accused Sweden of lying.",
			"", "", "", "", "", "ACCUSED"},
	})
}

// TestPluralAgain checks "They" and a bare "Both" opening a sentence as
// the list of states or bodies that opened the sentence before.
func TestPluralAgain(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"they after a pair", "Norway and Finland met in Oslo on Monday. They urged Sweden to free the sailors.",
			"URGED", "Finland", "Sweden", "", "", ""},
		{"they after a list of three", "Norway, Finland and Denmark met in Oslo on Monday. They also accused Sweden of lying.",
			"ACCUSED", "Denmark", "Sweden", "", "", ""},
		{"bare both", "Norway and Finland met in Oslo on Monday. Both urged Sweden to free the sailors.",
			"URGED", "Finland", "Sweden", "", "", ""},
		{"a pair that is no subject", "Prices rose in Norway and Finland on Monday. They urged Sweden to free the sailors.",
			"", "", "", "", "", "URGED"},
	})
}

// TestLegalAction checks suits, cases and charges brought against an
// actor as accusations, and their look-alikes.
func TestLegalAction(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"sued", "Norway sued Sweden over the oil spill.", "ACCUSED", "Norway", "Sweden", "", "", ""},
		{"passive sued", "Sweden was sued by Norway over the oil spill.", "ACCUSED", "Norway", "Sweden", "", "", ""},
		{"brought a case against", "Norway brought a genocide case against Sweden at the court.", "ACCUSED", "Norway", "Sweden", "", "", ""},
		{"lawsuit noun", "Norway's lawsuit against Sweden was dismissed in May.", "ACCUSED", "Norway", "Sweden", "", "", ""},
		{"sued for peace", "Norway sued for peace in 1814.", "", "", "", "", "", "ACCUSED"},
		{"charges with no actor bringing them", "Prosecutors dropped the charges against Mira Okafor.", "", "", "", "", "", "ACCUSED"},
	})
}

// TestPolities checks regions named by their leaders or government as
// actors of speech acts, and regions that stay places.
func TestPolities(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"the leaders of two regions", "Ethiopia put the blame on the leaders of Tigray and Amhara for the delay.",
			"ACCUSED", "Ethiopia", "Amhara", "", "", ""},
		{"a region's leaders", "Ethiopia accused Oromia's leaders of stalling the census.",
			"ACCUSED", "Ethiopia", "Oromia", "", "", ""},
		{"the region's authorities act", "The Tigray authorities rejected the plan drafted by Ethiopia.",
			"REJECTED", "Tigray", "Ethiopia", "", "", ""},
		{"those leaders", "Sylvanian President Mira Okafor won the vote. Ethiopia faulted the leaders of Tigray and Amhara. Those leaders said they would no longer recognize Okafor.",
			"REJECTED", "Amhara", "Mira Okafor", "", "", ""},
		{"a bare region stays a place", "Ethiopia accused Tigray of stalling the census.",
			"", "", "", "", "", "ACCUSED"},
	})
}

// TestSayingTargets checks criticism whose target is the subject of the
// reason given after ", saying", and reasons that name no other actor.
func TestSayingTargets(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"saying another actor", "Norway condemned the ballot, saying Sweden had rigged it.",
			"CRITICIZED", "Norway", "Sweden", "", "", ""},
		{"saying that a quote", `Norway on Monday criticized the session, saying that "Sweden wants to hijack the council."`,
			"CRITICIZED", "Norway", "Sweden", "", "", ""},
		{"saying its own side", "Norway criticized the ruling, saying Norway would appeal it.",
			"", "", "", "", "", "CRITICIZED"},
		{"agent that is a modifier", "The envoy's Arab League mission criticized the session, saying Sweden wants to hijack the council.",
			"", "", "", "", "", "CRITICIZED"},
	})
}

// TestDemonstrativeParties checks "those countries", "these governments"
// as the latest list of states or bodies named before.
func TestDemonstrativeParties(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"those countries act", "Norway, Finland and Denmark offered to take the refugees. Those countries also urged Sweden to free the sailors.",
			"URGED", "Denmark", "Sweden", "", "", ""},
		{"those countries should", "Norway, Finland and Denmark offered to take the refugees. Sylvanian envoy Mira Okafor said these countries must not withdraw the offers.",
			"URGED", "Mira Okafor", "Finland", "", "", ""},
		{"no list before", "Prices rose in May. Those countries urged Sweden to free the sailors.",
			"", "", "", "", "", "URGED"},
	})
}

// TestSpeechActWordings checks wordings of the relation lexicon added for
// speech acts, with the look-alikes that must not fire.
func TestSpeechActWordings(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"pleaded with", "Norway pleaded with Sweden to release the sailors.", "URGED", "Norway", "Sweden", "", "", ""},
		{"demanded an apology from", "Norway demanded an apology from Sweden over the raid.", "URGED", "Norway", "Sweden", "", "", ""},
		{"outrage at", "Norway voiced outrage at Sweden over the raid.", "CRITICIZED", "Norway", "Sweden", "", "", ""},
		{"vowed to punish", "Norway vowed to punish Sweden for the raid.", "THREATENED", "Norway", "Sweden", "", "", ""},
		{"banned imports from", "Norway banned imports from Sweden after the outbreak.", "SANCTIONED", "Norway", "Sweden", "", "", ""},
		{"stands with", "Norway stands with Sweden in the dispute.", "SUPPORTED", "Norway", "Sweden", "", "", ""},
	})
}
