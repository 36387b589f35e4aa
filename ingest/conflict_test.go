package ingest

import "testing"

// TestClaimedLeadAttacks checks a group's claim of "the attack" told many
// sentences after the story's lead attack by unnamed gunmen, on a building
// in a city named with its state's adjective.
func TestClaimedLeadAttacks(t *testing.T) {
	const lead = "Gunmen stormed a guesthouse in the Peruvian city of Arequipa on Tuesday, witnesses said. " +
		"A councillor said village elders had been gathering at the guesthouse. " +
		"A reporter in the town said six people had died. " +
		"Black smoke rose over the old market for hours. " +
		"Residents said they still heard shooting near the river. "
	runRelationCases(t, []relationCase{
		{"building in the state's city of X is the city",
			"Peruvian jets bombed a market in the Bolivian town of Tarija.",
			"BOMBED", "Peru", "Tarija", "", "", ""},
		{"a definite claim reaches the lead attack",
			lead + "In a statement, the Ardent Front said it carried out the raid and claimed responsibility for the attack.",
			"ATTACKED", "Ardent Front", "Arequipa", "asserted", "2020-06-09", ""},
		{"an indefinite claim is another deed",
			lead + "The Ardent Front claimed responsibility for an ambush on a convoy last year.",
			"", "", "", "", "", "ATTACKED:Ardent Front:Arequipa"},
		{"a second claim does not reach past the first",
			"Gunmen stormed a guesthouse in the Peruvian city of Arequipa on Tuesday. " +
				"The Ardent Front claimed responsibility for the attack. " +
				"A reporter in the town said six people had died. Black smoke rose over the old market for hours. " +
				"Residents said they still heard shooting near the river. " +
				"The Crimson Front also claimed responsibility for the attack.",
			"", "", "", "", "", "ATTACKED:Crimson Front:Arequipa"},
		{"the claim that an attack was planned is no claim made",
			"Gunmen stormed a guesthouse in the Peruvian city of Arequipa on Tuesday. " +
				"Mira Okafor, the Chilean interior minister, repeated the claim that the attack was planned abroad.",
			"", "", "", "", "", "ATTACKED:Mira Okafor"},
	})
}

// TestVisitsByVesselsAndToCapitals checks a state's vessel as the agent of
// a visit and a place named in apposition to "the capital".
func TestVisitsByVesselsAndToCapitals(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a state's warship pays a visit",
			"To mark the naval pact, a Chilean warship, a frigate built last year, paid a visit to Callao.",
			"VISITED", "Chile", "Callao", "asserted", "", ""},
		{"a visit to the capital, X",
			"On Monday Chilean President Mira Okafor made a visit to the capital, Lima.",
			"VISITED", "Mira Okafor", "Lima", "asserted", "2020-06-08", ""},
		{"a comma after the capital that opens a clause",
			"Chilean President Mira Okafor toured the capital, Peruvian officials said.",
			"", "", "", "", "", "VISITED:Mira Okafor"},
		{"a warship that sank visits nothing",
			"A Chilean warship sank near Callao after a storm.",
			"", "", "", "", "", "VISITED"},
	})
}

// TestSpeakersOwnDeeds checks a deed told without its agent by one side of
// a war, on the other side: the speaker's side did it.
func TestSpeakersOwnDeeds(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"an army's count of foes killed",
			"The Peruvian army said 16 Ardent Front fighters were killed in an airstrike on Thursday.",
			"KILLED", "Peru", "Ardent Front", "reported", "2020-06-04", ""},
		{"security sources are the state's forces",
			"The Ardent Front raided a border post in Peru on Tuesday. Later, security sources reported that 12 militants had been killed.",
			"KILLED", "Peru", "Ardent Front", "reported", "", ""},
		{"the sources named before",
			"The Ardent Front raided a border post in Peru on Tuesday. According to military sources, 40 hostages were freed. The sources said 12 militants had died or been killed.",
			"KILLED", "Peru", "Ardent Front", "", "", ""},
		{"a state's own strike told by its source",
			"A Peruvian army source said jets struck three Ardent Front camps near the border overnight.",
			"BOMBED", "Peru", "Ardent Front", "asserted", "", ""},
		{"an armed group's spokesman counts the soldiers killed",
			"An Ardent Front spokesman said nine Peruvian soldiers had been killed.",
			"KILLED", "Ardent Front", "Peru", "reported", "", ""},
		{"a third actor named may be the killer",
			"The Peruvian army said 16 Ardent Front fighters were killed in clashes with Chilean troops.",
			"", "", "", "", "", "KILLED:Peru"},
		{"the speaker's own men killed",
			"The Peruvian army said five of its soldiers were killed on Thursday.",
			"", "", "", "", "", "KILLED"},
		{"a monitor is no side",
			"The Andean Rights Watch said 16 Ardent Front fighters were killed on Thursday.",
			"", "", "", "", "", "KILLED"},
		{"passengers are no foe",
			"Peruvian security sources said 16 passengers had been killed.",
			"", "", "", "", "", "KILLED"},
	})
}

// TestPossessedBodyAgents checks that a deed "by X's <organisation>" is
// the organisation's, the most specific actor, not the state's.
func TestPossessedBodyAgents(t *testing.T) {
	const raid = "An operation conducted by Israel's Shin Bet overnight led to the deaths of 12 Ardent Front fighters."
	runRelationCases(t, []relationCase{
		{"a raid by the state's agency", raid, "ATTACKED", "Shin Bet", "Ardent Front", "", "", ""},
		{"a killing by the state's agency", raid, "KILLED", "Shin Bet", "Ardent Front", "", "", ""},
		{"a raid by the state's agency is not the state's", raid, "", "", "", "", "", "ATTACKED:Israel"},
		{"a state alone stays the agent",
			"An operation conducted by Israel overnight led to the deaths of 12 Ardent Front fighters.",
			"ATTACKED", "Israel", "Ardent Front", "", "", ""},
	})
}

// TestAttacksInPlaces checks a nominal attack whose place follows "in" or
// "across", and the operations and own-ground raids that are no attack.
func TestAttacksInPlaces(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"attacks carried out in two states",
			"Last year the Ardent Front staged dozens of attacks in Peru and Chile.",
			"ATTACKED", "Ardent Front", "Chile", "asserted", "", ""},
		{"raids across a state",
			"Chile's raids across southern Peru drew an angry protest from Lima.",
			"ATTACKED", "Chile", "Peru", "", "", ""},
		{"operations in a region are no attack",
			"Chilean military operations in the Andes region cost millions each year.",
			"", "", "", "", "", "ATTACKED"},
		{"raids on the agent's own ground are no attack on it",
			"The Peruvian army's raids in Tacna netted a dozen Ardent Front suspects.",
			"", "", "", "", "", "ATTACKED:Peru:Tacna"},
	})
}

// TestAttacksInPlacesNeedTheirAgent checks that the subject of another
// clause is not the agent of "the attack in X".
func TestAttacksInPlacesNeedTheirAgent(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"subject of another clause",
			"Chile and Bolivia exchanged barbs after the attack in Tacna.",
			"", "", "", "", "", "ATTACKED"},
	})
}

// TestHeadlineCommaLists checks that a comma joins the objects of a
// headline as "and" does, and only there.
func TestHeadlineCommaLists(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"headline list of places",
			"Chilean President to Visit Peru, Bolivia for Trade Talks\n\nThe trip starts in May.",
			"VISITED", "Chile", "Bolivia", "planned", "", ""},
		{"a body comma is no list",
			"Chilean President Mira Okafor toured Peru, Bolivia's closest ally, in May.",
			"", "", "", "", "", "VISITED:Mira Okafor:Bolivia"},
	})
}

// TestPossessorBeforeThePreposition checks that an actor named in the
// possessive inside a topic ("Chile's ties") does not end the search for
// the object after the rule's preposition.
func TestPossessorBeforeThePreposition(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"planned talks on a possessed topic",
			"Chilean President Mira Okafor plans to discuss deepening Chile's naval links with Peru.",
			"MET_WITH", "Mira Okafor", "Peru", "planned", "", ""},
		{"talks on a third state's dispute",
			"Chilean President Mira Okafor discussed Peru's fishing quarrel with Bolivian officials.",
			"MET_WITH", "Mira Okafor", "Bolivia", "", "", ""},
		{"the possessor is not the partner",
			"Chilean President Mira Okafor discussed Peru's fishing quarrel with Bolivian officials.",
			"", "", "", "", "", "MET_WITH:Mira Okafor:Peru"},
	})
}

// TestHijackingsAndDeathsInTheRaid checks a hijacked vehicle's place as
// the target, and a killing "in the attack" dated on the attack's day.
func TestHijackingsAndDeathsInTheRaid(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"hijacked a bus in a city",
			"Ardent Front fighters hijacked a crowded bus in Tacna on Monday.",
			"ATTACKED", "Ardent Front", "Tacna", "asserted", "2020-06-08", ""},
		{"hijacked a website is no attack",
			"Hackers hijacked the website of the Peruvian Foreign Ministry.",
			"", "", "", "", "", "ATTACKED"},
		{"killed in the attack on the attack's day",
			"The Ardent Front raided an army depot near Tacna on Monday. Eleven Peruvian soldiers were also killed in the raid.",
			"KILLED", "Ardent Front", "Peru", "asserted", "2020-06-08", ""},
	})
}

// TestHostedMeetings checks a host and the body or actors of the meeting
// it hosts, and that "host" as a noun hosts nothing.
func TestHostedMeetings(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"hosted a summit of a body",
			"Peru hosted a two-day summit of the European Union in Cusco.",
			"MET_WITH", "Peru", "European Union", "asserted", "", ""},
		{"will host a meeting with two states",
			"Next week Peru will host a meeting with Chile and Bolivia on water rights.",
			"MET_WITH", "Peru", "Bolivia", "planned", "", ""},
		{"will host a visitor",
			"Chilean President Mira Okafor will host Peruvian President Luis Tovar in Santiago next month.",
			"MET_WITH", "Mira Okafor", "Luis Tovar", "planned", "", ""},
		{"host country of a gathering",
			"European Union ministers convened on Friday in Cusco, where host country Peru laid out three priorities.",
			"MET_WITH", "Peru", "European Union", "", "", ""},
		{"a host of problems is no meeting",
			"Chile faces a host of quarrels with Peru over water.",
			"", "", "", "", "", "MET_WITH"},
		{"a host country with no gathering",
			"Peru, the host country of the games, praised the European Union for its aid.",
			"", "", "", "", "", "MET_WITH"},
	})
}

// TestDrivenOut checks an armed actor driven out of a place, routed or
// dislodged, and the pushes that are no attack.
func TestDrivenOut(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"drove fighters out of villages",
			"Peruvian troops drove Ardent Front fighters out of four hill villages on Sunday.",
			"ATTACKED", "Peru", "Ardent Front", "asserted", "2020-06-07", ""},
		{"routed a group",
			"Peruvian commandos routed the Ardent Front near Tacna.",
			"ATTACKED", "Peru", "Ardent Front", "", "", ""},
		{"pushed a state's troops out",
			"Peruvian forces pushed Chilean troops out of the river valley.",
			"ATTACKED", "Peru", "Chile", "", "", ""},
		{"pushed a state out of a bloc",
			"Chile pushed Peru out of the trade bloc in 2019.",
			"", "", "", "", "", "ATTACKED"},
		{"pushed a state to act",
			"Chile pushed Peru to reopen the border.",
			"", "", "", "", "", "ATTACKED"},
		{"a person named before a participle is no agent",
			"Rebel chief Tomas Feld was seen in Tacna last week. An offensive by Peruvian troops has gone well, pushing the Ardent Front out of two towns.",
			"", "", "", "", "", "ATTACKED:Tomas Feld"},
	})
}

// TestTookPossession checks seizing a territory told as taking possession
// or wresting control, and that an owned firm or ship is no territory.
func TestTookPossession(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"took possession of a city",
			"Chilean forces took possession of Arica after a short siege in 1995.",
			"CAPTURED", "Chile", "Arica", "asserted", "1995-01-01", ""},
		{"wrested a town from a state",
			"Last May the Ardent Front wrested Tacna from the Peruvian army.",
			"CAPTURED", "Ardent Front", "Tacna", "", "", ""},
		{"ownership of a firm is no capture",
			"Chile took ownership of the Peruvian airline in 1995.",
			"", "", "", "", "", "CAPTURED"},
	})
}

// TestNominalAttacksOnBuildingsInPlaces checks "an attack on a hotel in
// X" as an attack on X, a group's claim of it as its own account, and the
// army that acts "a day after an attack" in its own province.
func TestNominalAttacksOnBuildingsInPlaces(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"attack on a building in a city",
			"The Ardent Front's attack on a guesthouse in Tacna left five people dead.",
			"ATTACKED", "Ardent Front", "Tacna", "asserted", "", ""},
		{"a claimed raid is the group's own account",
			"In a statement, the Ardent Front claimed the raid on the guesthouse in Tacna.",
			"ATTACKED", "Ardent Front", "Tacna", "asserted", "", ""},
		{"a rescue after an attack in the army's own province",
			"A Peruvian military operation freed 90 travellers two days after the raid on a bus in Peru's Tacna region.",
			"", "", "", "", "", "ATTACKED:Peru:Tacna"},
	})
}

// TestAttackersAreTheGroup checks "the attackers", "the assailants" as the
// armed group named before, and a number after a preposition that counts
// no dead.
func TestAttackersAreTheGroup(t *testing.T) {
	const claim = "The Ardent Front claimed the raid on the guesthouse in Tacna. "
	runRelationCases(t, []relationCase{
		{"the attackers killed by troops",
			claim + "Peruvian troops ended the standoff on Wednesday, killing all four attackers.",
			"KILLED", "Peru", "Ardent Front", "", "2020-06-10", ""},
		{"no group named, no attackers' group",
			"Peruvian troops ended the standoff on Wednesday, killing all four attackers.",
			"", "", "", "", "", "KILLED"},
	})
	p := testPipeline(t)
	x := analyzeTest(t, p, claim+"Peruvian commandos killed the assailants after a 40-hour standoff.")
	for _, r := range x.Relations {
		if r.Type == "KILLED" && r.Properties["casualties"] != nil {
			t.Errorf("a 40-hour standoff counted as casualties: %+v", r)
		}
	}
}

// TestInlineQuotes checks that a few quoted words inside the writer's
// clause do not cut it, while a quoted sentence stays the speaker's.
func TestInlineQuotes(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"quoted verb group",
			"The Peruvian defence minister said his troops had \"killed or wounded 200\" Ardent Front fighters in May.",
			"KILLED", "Peru", "Ardent Front", "reported", "", ""},
		{"quoted single verb",
			"Peruvian commandos \"eliminated\" the camp and \"killed\" 40 Ardent Front fighters.",
			"KILLED", "Peru", "Ardent Front", "", "", ""},
		{"a quoted sentence after a speech verb keeps its own subject",
			"Chile's envoy said \"Peru shelled Arica\" before she left.",
			"BOMBED", "Peru", "Arica", "reported", "", ""},
	})
}

// TestStopoversAndDepartures checks a trip told as a stop, a stay or a
// departure for a place, and the stops and departures that are no trip.
func TestStopoversAndDepartures(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"stopped in a city",
			"On Monday Chilean President Mira Okafor stopped in Cusco before flying home.",
			"VISITED", "Mira Okafor", "Cusco", "asserted", "2020-06-08", ""},
		{"a stay in a city",
			"During a short stay in Cusco, Chilean President Mira Okafor praised the Inca ruins.",
			"VISITED", "Mira Okafor", "Cusco", "", "", ""},
		{"will leave for a state",
			"Chilean President Mira Okafor will leave for Bolivia on Friday.",
			"VISITED", "Mira Okafor", "Bolivia", "planned", "", ""},
		{"stopped aid is no trip",
			"Chile stopped its aid to Peru in 2019.",
			"", "", "", "", "", "VISITED"},
		{"a state that stopped is no traveller",
			"Chile stopped in its tracks after Peru protested.",
			"", "", "", "", "", "VISITED"},
	})
}

// TestSeizedVehicles checks the seizure of a vehicle with people on board
// as an attack where it was, and that a firm or a tanker is no such thing.
func TestSeizedVehicles(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"seized a bus in a city",
			"Ardent Front fighters seized a crowded bus in Tacna on Sunday.",
			"ATTACKED", "Ardent Front", "Tacna", "asserted", "2020-06-07", ""},
		{"a bus company is no vehicle",
			"Chile seized a bus company in Peru.",
			"", "", "", "", "", "ATTACKED"},
		{"a tanker stays no capture of the place",
			"Chile seized a tanker in Peru.",
			"", "", "", "", "", "CAPTURED"},
	})
}

// TestHisForces checks "his troops" of an official who speaks in the same
// sentence as the official's state, and a "his" told sentences later as
// no such state.
func TestHisForces(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a president's troops are the state's",
			"Peruvian President Luis Tovar said his troops had killed 60 Ardent Front fighters near Tacna.",
			"KILLED", "Peru", "Ardent Front", "reported", "", ""},
		{"the troops are not the president's own deed",
			"Peruvian President Luis Tovar said his troops had killed 60 Ardent Front fighters near Tacna.",
			"", "", "", "", "", "KILLED:Luis Tovar"},
		{"a president named in another sentence",
			"Peruvian President Luis Tovar flew to Tacna on Monday. The regional army chief said his troops had killed 60 Ardent Front fighters.",
			"", "", "", "", "", "KILLED:Peru"},
	})
}

// TestToursOfPlaces checks a tour of states as visits to each, and a tour
// of a building or "of" a person as none.
func TestToursOfPlaces(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a tour of three states",
			"Chilean President Mira Okafor wrapped up a five-day tour of Peru, Bolivia and Ecuador on Sunday.",
			"VISITED", "Mira Okafor", "Ecuador", "asserted", "", ""},
		{"a planned tour",
			"Chilean President Mira Okafor will begin a tour of Bolivia next week.",
			"VISITED", "Mira Okafor", "Bolivia", "planned", "", ""},
		{"a tour of a palace given to a guest",
			"Chilean President Mira Okafor gave Peruvian President Luis Tovar a tour of the palace.",
			"", "", "", "", "", "VISITED"},
	})
}

// TestCancelledVisitsAndMeetings checks the modality of a visit or meeting
// told as a noun that is cancelled or put off.
func TestCancelledVisitsAndMeetings(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a cancelled trip",
			"Chilean President Mira Okafor abruptly scrapped her trip to Cusco.",
			"VISITED", "Mira Okafor", "Cusco", "negated", "", ""},
		{"a visit called off after the noun",
			"A state visit to Cusco by Chilean President Mira Okafor has been called off.",
			"VISITED", "Mira Okafor", "Cusco", "negated", "", ""},
		{"a postponed summit is still to come",
			"The summit between Chile and Bolivia was postponed because of floods.",
			"MET_WITH", "Chile", "Bolivia", "planned", "", ""},
		{"a visit that was a success happened",
			"Chilean President Mira Okafor's visit to Cusco was a success.",
			"VISITED", "Mira Okafor", "Cusco", "asserted", "", ""},
	})
}

// TestStateArrivals checks a state's delegation or ships arriving in a
// place as the state's visit, and the state "in" a plight as none.
func TestStateArrivals(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a delegation arrives",
			"On Monday a Bolivian delegation arrived in Cusco for water talks.",
			"VISITED", "Bolivia", "Cusco", "asserted", "2020-06-08", ""},
		{"ships arrive",
			"Two Chilean warships arrived in Callao for joint drills.",
			"VISITED", "Chile", "Callao", "", "", ""},
		{"troops arriving are no visit",
			"Chilean troops arrived in Tacna overnight.",
			"", "", "", "", "", "VISITED"},
		{"a state in a plight",
			"Bolivia is in a deep recession, bankers in Cusco said.",
			"", "", "", "", "", "VISITED"},
	})
}

// TestDroneAndMissileAttacks checks drone and missile attacks as
// bombings, and a plain attack as an attack.
func TestDroneAndMissileAttacks(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a drone attack on a city",
			"A Chilean drone attack on Arequipa wounded three guards.",
			"BOMBED", "Chile", "Arequipa", "", "", ""},
		{"missile attacks on a state's cities",
			"Chile's missile attacks on Peruvian cities went on for a week.",
			"BOMBED", "Chile", "Peru", "", "", ""},
		{"a plain attack stays an attack",
			"A Chilean attack on Arequipa wounded three guards.",
			"", "", "", "", "", "BOMBED"},
	})
}
