package ingest

import "testing"

// TestPluralSubjects checks counted party phrases as the subjects of
// one-sided acts, and coordinated deniers answering their own accusers.
func TestPluralSubjects(t *testing.T) {
	left := "In May, Laos, Cambodia and Myanmar withdrew from ASEAN. "
	runDiscourseCases(t, []discourseCase{
		{"the three nations, each", left + "The three nations accused Norway of meddling.",
			"ACCUSED", "Cambodia", "Norway", true},
		{"the three nations, the first", left + "The three nations accused Norway of meddling.",
			"ACCUSED", "Laos", "Norway", true},
		{"adjectives inside the phrase", left + "The three military-led nations condemned Norway on Friday.",
			"CRITICIZED", "Myanmar", "Norway", true},
		{"a count that fits no list", left + "Both countries condemned Norway on Friday.",
			"CRITICIZED", "Laos", "Norway", false},
		{"a count with no article", left + "Three nations condemned Norway on Friday.",
			"CRITICIZED", "Laos", "Norway", false},
		{"the list is too far back", left + "Trade fell. Prices rose. Exports slowed. The three nations condemned Norway.",
			"CRITICIZED", "Laos", "Norway", false},
		{"a party acting on itself", left + "The three nations accused Laos of meddling.",
			"ACCUSED", "Cambodia", "Laos", false},
		{"each denier answers its accuser", "Chile accused Peru of spying. Both Peru and Bolivia reject the claims.",
			"REJECTED", "Peru", "Chile", true},
		{"a denier no one accused", "Chile accused Peru of spying. Both Peru and Bolivia reject the claims.",
			"REJECTED", "Bolivia", "Chile", false},
	})
}

// TestStateDescriptions checks "the government" and "the regional body"
// read as the state or bloc the text is about.
func TestStateDescriptions(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"the government as object", "The Harbor Brigade has fought in Peru for years. The militants accused the government of neglecting the province.",
			"ACCUSED", "Harbor Brigade", "Peru", true},
		{"the government as subject", "Protests spread across Chile. The government blamed Bolivia for the unrest.",
			"ACCUSED", "Chile", "Bolivia", true},
		{"the government of another state", "Protests spread across Chile. Norway accused the government of Peru of neglect.",
			"ACCUSED", "Norway", "Chile", false},
		{"the government as modifier", "Protests spread across Chile. Norway accused the government hospital of neglect.",
			"ACCUSED", "Norway", "Chile", false},
		{"the regional body", "Laos quit ASEAN last spring. On Tuesday Laos accused the regional body of ignoring the fishing dispute.",
			"ACCUSED", "Laos", "ASEAN", true},
		{"the bloc of failing", "Laos withdrew from ASEAN in May. Laos accused the bloc of failing its members.",
			"ACCUSED", "Laos", "ASEAN", true},
		{"a regional body with two blocs named once", "Laos quit ASEAN and then joined the African Union. Laos accused the regional body of ignoring the dispute.",
			"ACCUSED", "Laos", "ASEAN", false},
		{"the regional body is the bloc named most", "ASEAN held a summit in Hanoi. Laos quit ASEAN and then joined the African Union. Laos accused the regional body of ignoring the dispute.",
			"ACCUSED", "Laos", "ASEAN", true},
		{"the president's administration", "Chilean President Tomas Feld spoke on Monday. Norway blamed the Feld administration for the collapse of the talks.",
			"ACCUSED", "Norway", "Chile", true},
		{"the administration of no known leader", "Norway blamed the Feld administration for the collapse of the talks.",
			"ACCUSED", "Norway", "Chile", false},
	})
}

// TestPairCompounds checks meetings and deals named by a hyphenated pair
// of their parties, and what such a pair does not make.
func TestPairCompounds(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"pair talks", "The Norway-Chile talks in Geneva ended on Monday.",
			"MET_WITH", "Norway", "Chile", true},
		{"pair talks after a dotted name", "The meeting follows U.S.-Peru talks in Lima.",
			"MET_WITH", "United States", "Peru", true},
		{"pair deal with a modifier", "The Chile-Peru peace deal was signed in March.",
			"AGREED_WITH", "Chile", "Peru", true},
		{"pair war is no meeting", "The Chile-Peru war entered its third year.",
			"MET_WITH", "Chile", "Peru", false},
		{"a triple is no pair", "The Chile-Peru-Bolivia talks ended on Monday.",
			"MET_WITH", "Chile", "Peru", false},
		{"one party's talks", "The Chile talks with Peru in Lima ended.",
			"MET_WITH", "Chile", "Bolivia", false},
	})
}

// TestEndorsedCalls checks who backs an appeal told before, and the
// party phrases of people that sign or meet.
func TestEndorsedCalls(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"supported the appeal", "Chile called on the council to act against Sweden. Peru and Bolivia also supported the call.",
			"SUPPORTED", "Bolivia", "Chile", true},
		{"the call was a meeting called", "Norway called an urgent session of the council on Friday. Chile and Peru, both council members, backed the call.",
			"SUPPORTED", "Chile", "Norway", true},
		{"backed the urging", "Norway urged Sweden to free the sailors. Finland backed the appeal.",
			"SUPPORTED", "Finland", "Norway", true},
		{"one's own call", "Norway urged Sweden to free the sailors. Norway backed the call again on Friday.",
			"SUPPORTED", "Norway", "Norway", false},
		{"no call before", "Prices rose in May. Finland backed the call for calm.",
			"SUPPORTED", "Finland", "Prices", false},
		{"a call is no weapon", "Norway called on Sweden to act. Finland supported the rebels.",
			"SUPPORTED", "Finland", "Norway", false},
		{"the prime ministers sign", "After a dinner with Peruvian Prime Minister Ana Rojas, Chilean Prime Minister Tomas Feld praised the port plan. The prime ministers signed three fishery accords.",
			"AGREED_WITH", "Tomas Feld", "Ana Rojas", true},
		{"one president named", "Chilean President Tomas Feld visited Lima on Monday. The presidents signed a trade deal.",
			"AGREED_WITH", "Tomas Feld", "Peru", false},
	})
}

// TestHeldBetweenAndGifts checks meetings whose parties follow the verb
// of occurring, gifts and alignments, and what they must not give.
func TestHeldBetweenAndGifts(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"will take place between", "Few expect that a summit will take place between Norway and Sweden before the vote.",
			"MET_WITH", "Norway", "Sweden", true},
		{"were held between", "Fishery talks were held between Chile and Peru in Arica.",
			"MET_WITH", "Chile", "Peru", true},
		{"a border between is no meeting", "The summit took place near the border between Chile and Peru.",
			"MET_WITH", "Chile", "Peru", false},
		{"donated to", "Norway donated two field hospitals to Chile after the floods.",
			"SUPPORTED", "Norway", "Chile", true},
		{"a private gift is no state support", "Collector Ana Rojas said she would donate the old maps to Chile.",
			"SUPPORTED", "Ana Rojas", "Chile", false},
		{"aligned with", "Bolivia has aligned itself with Peru in the water dispute.",
			"SUPPORTED", "Bolivia", "Peru", true},
		{"aligned its tariffs", "Norway aligned its fish tariffs with Sweden last year.",
			"SUPPORTED", "Norway", "Sweden", false},
		{"paid a visit", "Chilean President Tomas Feld paid a state visit to Peru in May.",
			"VISITED", "Tomas Feld", "Peru", true},
	})
}

// TestEndorsedPacts checks who backs a pact supports its parties, and
// that a party backing its own pact supports no one.
func TestEndorsedPacts(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"backs a pact between two", "Norway said it would support the planned fishery accord between Chile and Peru.",
			"SUPPORTED", "Norway", "Peru", true},
		{"welcomes a pact told before", "Chile signed a water treaty with Peru on Monday. Bolivia welcomed the treaty.",
			"SUPPORTED", "Bolivia", "Chile", true},
		{"goes along with a quoted leaning", "Chilean President Tomas Feld said he was \"ready\" to go along with the truce between Peru and Bolivia.",
			"SUPPORTED", "Tomas Feld", "Bolivia", true},
		{"welcomes a hyphenated pair's pact", "Bolivia welcomed the Chile-Peru peace treaty on Friday.",
			"SUPPORTED", "Bolivia", "Peru", true},
		{"a party backs its own pact", "Chile signed a water treaty with Peru on Monday. Chile backed the treaty again.",
			"SUPPORTED", "Chile", "Peru", false},
		{"no pact told", "Prices rose in May. Bolivia welcomed the agreement.",
			"SUPPORTED", "Bolivia", "Prices", false},
		{"backing a plan is no pact", "Chile signed a water treaty with Peru on Monday. Bolivia backed the plan to dredge the port.",
			"SUPPORTED", "Bolivia", "Chile", false},
	})
}

// TestClaims checks claims of deeds: passive claims, and claims whose deed
// was told only as a place where blasts struck.
func TestClaims(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"a passive claim of an attack told before", "Gunmen raided a depot in Tacna on Friday. The raid was claimed by the Harbor Brigade.",
			"ATTACKED", "Harbor Brigade", "Tacna", true},
		{"a claim of blasts told as a place", "Dozens died in twin blasts near a bus depot in Tacna. The Harbor Brigade later claimed responsibility for the carnage.",
			"ATTACKED", "Harbor Brigade", "Tacna", true},
		{"an earlier claim took the blasts", "Twin blasts struck a depot in Tacna. The Delta Front claimed responsibility. Prices fell in Lima. The Harbor Brigade claimed responsibility for the attack.",
			"ATTACKED", "Harbor Brigade", "Tacna", false},
		{"a claim with no deed told", "Prices fell in Lima on Monday. The Harbor Brigade claimed responsibility for the attack.",
			"ATTACKED", "Harbor Brigade", "Lima", false},
	})
}

// TestJoinedIn checks that who joins another in an act acts too.
func TestJoinedIn(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"joined in urging", "Uruguay joined Chile in urging Bolivia to reopen the border.",
			"URGED", "Uruguay", "Bolivia", true},
		{"the joined one acts", "Uruguay joined Chile in condemning Bolivia.",
			"CRITICIZED", "Chile", "Bolivia", true},
		{"joined a bloc, then acted alone", "Uruguay joined Mercosur in 1991, and Chile later condemned Bolivia.",
			"CRITICIZED", "Uruguay", "Bolivia", false},
	})
}

// TestTheMilitary checks "the military" read as the one armed force named
// before it.
func TestTheMilitary(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"the one military named", "The Harbor Guard seized power in Peru in May. The military has since ignored appeals by Chile to free the detainees.",
			"URGED", "Chile", "Harbor Guard", true},
		{"the one military attacks", "The Harbor Guard seized power in Peru in May. On Friday the military shelled Bolivia.",
			"BOMBED", "Harbor Guard", "Bolivia", true},
	})
}

// TestMetNeeds checks that meeting a need or a bar is no meeting.
func TestMetNeeds(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"to meet its needs", "Lima also warned Santiago of costs should it need to turn to La Paz to meet its defense needs.",
			"MET_WITH", "Bolivia", "Chile", false},
		{"met the deadline set by", "Estonia failed to meet the deadline set by Latvia.",
			"MET_WITH", "Estonia", "Latvia", false},
		{"met an actor to discuss targets", "Norway met with Sweden to discuss fishing targets.",
			"MET_WITH", "Norway", "Sweden", true},
	})
}

// TestConditionalAgreement checks that agreeing in a condition is no pact.
func TestConditionalAgreement(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"if X agrees with", "If the Harbor Appeals Tribunal agrees with Chile, the case goes back to a lower court.",
			"AGREED_WITH", "Harbor Appeals Tribunal", "Chile", false},
		{"agreed with X to act", "Chile agreed with Peru to reopen the border crossing.",
			"AGREED_WITH", "Chile", "Peru", true},
	})
}

// TestTradedCharges checks mutual accusations and threats, both ways, and
// that trading goods is no accusation.
func TestTradedCharges(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"traded blame, one way", "Denmark and Finland traded blame for the collapse of the ferry talks.",
			"ACCUSED", "Denmark", "Finland", true},
		{"traded blame, the way back", "Denmark and Finland traded blame for the collapse of the ferry talks.",
			"ACCUSED", "Finland", "Denmark", true},
		{"exchanged threats with", "Estonia exchanged threats with Latvia over the rail line.",
			"THREATENED", "Latvia", "Estonia", true},
		{"the way back is no attack", "Estonia exchanged threats with Latvia over the rail line.",
			"ATTACKED", "Latvia", "Estonia", false},
		{"traded goods", "Chile and Peru traded goods worth two billion dollars last year.",
			"ACCUSED", "Chile", "Peru", false},
	})
}
