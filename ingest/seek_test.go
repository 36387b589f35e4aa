package ingest

import "testing"

// TestSustainedMeasures checks punitive measures that an actor keeps,
// tightens or renews as sanctions by that actor, the objects of "in place
// on", and what must not read so.
func TestSustainedMeasures(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "kept_in_place_on_list", text: "Chile kept its duties in place on Peru, Bolivia and Ecuador for another year.", typ: "SANCTIONED", from: "Chile", to: "Ecuador"},
		{name: "kept_in_place_on_first", text: "Chile kept its duties in place on Peru, Bolivia and Ecuador for another year.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "keeping_in_place_on_goods", text: "Chile is keeping the levies in place on Peruvian copper until June.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "maintained_sanctions", text: "Chile has maintained sanctions on Peru since the coup.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "ramped_up_sanctions", text: "Chile ramped up its sanctions on Peru after the vote.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "tightened_embargo", text: "Chile tightened the embargo against Peru last month.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "punitive_measures_possessive", text: "Mira Okafor said Chile's punitive measures against Peru had hurt farmers.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "kept_quiet_about_is_no_measure", text: "Chile kept quiet about the tariffs on Peruvian wine.", absent: "SANCTIONED:Chile"},
		{name: "lifted_is_no_measure", text: "Chile lifted the duties on Peruvian copper on Monday.", absent: "SANCTIONED"},
		{name: "ruled_out_punitive_action", text: "Chile ruled out punitive action against Peru on Monday.", absent: "SANCTIONED"},
		{name: "kept_prices_is_no_measure", text: "The duties kept prices high on Peruvian markets.", absent: "SANCTIONED"},
	})
}

// TestDoubledIngForms checks that one-syllable verbs ending consonant-
// vowel-consonant double their last letter before "-ing" and "-ed" in the
// trigger forms.
func TestDoubledIngForms(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "cutting_ties", text: "Last week Chile said it was cutting ties with Peru over the dispute.", typ: "SUSPENDED_TALKS_WITH", from: "Chile", to: "Peru"},
		{name: "slapping_sanctions", text: "Chile is slapping sanctions on Peru this week.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "shutting_embassy", text: "Chile is shutting its embassy in Peru.", typ: "SUSPENDED_TALKS_WITH", from: "Chile", to: "Peru"},
		{name: "cutting_a_budget_is_no_break", text: "Chile is cutting its defence budget, Peru said.", absent: "SUSPENDED_TALKS_WITH"},
	})
	for _, w := range []string{"cutting", "hitting", "slapped", "sitting"} {
		found := false
		for _, base := range []string{"cut", "hit", "slap", "sit"} {
			for _, f := range inflect(base) {
				found = found || f == w
			}
		}
		if !found {
			t.Errorf("inflect gives no %q", w)
		}
	}
}

// TestSentenceInitialBody checks that a sentence-initial "The" before a
// body's name does not cut the name at a shorter alias that starts with
// "the" ("the UN").
func TestSentenceInitialBody(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "the_un_body_opening_a_sentence", text: "The UN Security Council condemned Peru over the raid on Monday.", typ: "CRITICIZED", from: "UN Security Council", to: "Peru"},
		{name: "the_un_body_opening_not_the_un", text: "The UN Security Council condemned Peru over the raid on Monday.", absent: "CRITICIZED:United Nations"},
		{name: "the_un_alone_stays", text: "The United Nations condemned Peru over the raid on Monday.", typ: "CRITICIZED", from: "United Nations", to: "Peru"},
	})
}

// TestStateHardware checks that a country adjective before a singular
// military craft, or a spy or surveillance craft, names the state acting
// or acted on.
func TestStateHardware(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "accused_a_spy_plane", text: "Chile accused a Peruvian spy plane of entering its airspace twice.", typ: "ACCUSED", from: "Chile", to: "Peru"},
		{name: "downed_a_surveillance_plane", text: "Chile shot down a Peruvian surveillance plane near the coast.", typ: "ATTACKED", from: "Chile", to: "Peru"},
		{name: "a_helicopter_as_agent", text: "A Peruvian helicopter bombed Bolivian positions on Friday.", typ: "BOMBED", from: "Peru", to: "Bolivia"},
		{name: "a_plane_that_crashed_is_no_attack", text: "A Peruvian plane crashed in Chile on Friday.", absent: "ATTACKED"},
	})
}

// TestRejectedProposals checks that a rejection with no claim noun, or of
// an unowned proposal, answers the actor who proposed, offered, asked or
// invited in the sentence or the one before; and what must not.
func TestRejectedProposals(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "the_proposal_next_sentence", text: "Chile floated a water-sharing scheme on Monday. Peru rejected the proposal a day later.", typ: "REJECTED", from: "Peru", to: "Chile"},
		{name: "it_after_but", text: "Chile suggested a joint patrol, but Peru dismissed it.", typ: "REJECTED", from: "Peru", to: "Chile"},
		{name: "bare_refused_sides", text: "In the talks the Chilean side offered a lower quota, but the Peruvian side refused.", typ: "REJECTED", from: "Peru", to: "Chile"},
		{name: "asked_for_then_denied_request", text: "Chile asked Peru for landing rights. Peru denied the request.", typ: "REJECTED", from: "Peru", to: "Chile"},
		{name: "put_forward", text: "Chile put forward a border plan. Peru turned it down and rejected it.", typ: "REJECTED", from: "Peru", to: "Chile"},
		{name: "voted_resolution", text: "The Chilean Senate voted 80-3 for an inquiry into the Peruvian vote. Peru rejected the resolution a day later.", typ: "REJECTED", from: "Peru", to: "Chilean Senate"},
		{name: "resolution_without_author", text: "Peru rejected the resolution on Friday.", absent: "REJECTED"},
		{name: "declined_to_comment_is_no_rejection", text: "Chile asked for calm. Peru declined to comment.", absent: "REJECTED"},
		{name: "refused_to_attend_is_no_rejection", text: "Chile proposed a summit. Peru refused to attend the opening ceremony.", absent: "REJECTED"},
		{name: "own_proposal", text: "Chile proposed a plan. Chile later rejected it.", absent: "REJECTED"},
		{name: "no_proposal_before", text: "Exports to Peru declined sharply in May.", absent: "REJECTED"},
	})
}

// TestSharedHeadLists checks that a list of country adjectives with commas
// shares its head noun, so each state acts; and that a lone adjective
// followed by a comma does not.
func TestSharedHeadLists(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "list_by_agent_first", text: "Bolivia was rebuked by Chilean, Peruvian and Ecuadorian envoys at the summit.", typ: "CRITICIZED", from: "Chile", to: "Bolivia"},
		{name: "list_by_agent_middle", text: "Bolivia was rebuked by Chilean, Peruvian and Ecuadorian envoys at the summit.", typ: "CRITICIZED", from: "Peru", to: "Bolivia"},
		{name: "list_subject", text: "Chilean, Peruvian and Ecuadorian diplomats denounced Bolivia on Monday.", typ: "CRITICIZED", from: "Chile", to: "Bolivia"},
		{name: "person_apposition_is_no_list", text: "Ana Reyes, a Chilean, and Mira Okafor denounced Bolivia.", absent: "CRITICIZED:Chile"},
	})
}

// TestCriticalOf checks "critical of" after a copula as criticism by the
// subject, and what must not read so.
func TestCriticalOf(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "was_critical_of", text: "Chile was critical of Peru's fishing quotas.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "has_been_highly_critical_of", text: "Chile has been highly critical of the Peruvian government.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "relative_who_is_critical_of", text: "Mira Okafor, who is critical of Peru, toured Bolivia.", typ: "CRITICIZED", from: "Mira Okafor", to: "Peru"},
		{name: "not_critical_is_negated", text: "Chile is not critical of Peru.", typ: "CRITICIZED", from: "Chile", to: "Peru", modality: "negated"},
		{name: "critical_for_is_no_criticism", text: "It was critical for Chile to wait for Peru.", absent: "CRITICIZED"},
		{name: "critical_ally_is_no_criticism", text: "Chile, a critical ally of Peru, sent aid.", absent: "CRITICIZED"},
	})
}

// TestRestrictionsOn checks restrictions or export curbs on an actor or
// its business as sanctions, and what must not read so.
func TestRestrictionsOn(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "modifier_agent_goods_target", text: "Peruvian firms are adapting to Chilean restrictions on Peruvian business.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "placed_export_restrictions", text: "Chile placed export restrictions on Peru in the spring.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "eased_is_no_measure", text: "Chile eased restrictions on Peruvian business last week.", absent: "SANCTIONED"},
		{name: "curbs_on_people_are_no_sanction", text: "The Ardent Front's sweeping curbs on Peruvian women's schooling drew criticism.", absent: "SANCTIONED"},
		{name: "travel_rules_are_no_sanction", text: "Chile lifted health restrictions on travel from Peru.", absent: "SANCTIONED"},
	})
}

// TestCopulaRelative checks that the subject of a relative clause on the
// predicate noun of "X is a NOUN that ..." is X, and that "spearheaded"
// leads a deed like "led".
func TestCopulaRelative(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "designated_by_after_copula", text: "The Ardent Front is a Marxist militia that is officially designated a terrorist group by Chile.", typ: "SANCTIONED", from: "Chile", to: "Ardent Front"},
		{name: "active_after_copula", text: "The Ardent Front is a rebel movement that ambushed Peruvian soldiers in May.", typ: "ATTACKED", from: "Ardent Front", to: "Peru"},
		{name: "complement_that_is_no_relative", text: "Chile told Peru that it would attack Bolivia.", absent: "ATTACKED:Peru"},
		{name: "spearheaded_offensive", text: "The Ardent Front spearheaded a new offensive against Peru.", typ: "ATTACKED", from: "Ardent Front", to: "Peru"},
	})
}

// TestAmongParties checks "among" as "between" for the parties of talks
// and agreements, and that "among" a group of people names no party.
func TestAmongParties(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "accord_among_three_second", text: "Fishing quotas rose after a 2015 accord among Chile, Peru and the United Nations.", typ: "AGREED_WITH", from: "Chile", to: "Peru"},
		{name: "accord_among_three_third", text: "Fishing quotas rose after a 2015 accord among Chile, Peru and the United Nations.", typ: "AGREED_WITH", from: "Chile", to: "United Nations"},
		{name: "talks_among", text: "Talks among Chile, Peru and Bolivia stalled on Monday.", typ: "MET_WITH", from: "Chile", to: "Peru"},
		{name: "popular_among_people_is_no_party", text: "The accord was popular among Peruvian fishermen.", absent: "AGREED_WITH"},
	})
}

// TestReceivedAmountFrom checks that support received as an amount "in
// aid" from an actor is support by that actor.
func TestReceivedAmountFrom(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "received_amount_in_aid_from", text: "Chile received $3 billion in military aid from Peru last year.", typ: "SUPPORTED", from: "Peru", to: "Chile"},
		{name: "sent_amount_to_stays", text: "Chile sent $3 billion in aid to Peru last year.", typ: "SUPPORTED", from: "Chile", to: "Peru"},
		{name: "amount_lost_is_no_support", text: "Chile lost $3 billion in trade with Peru last year.", absent: "SUPPORTED"},
	})
}

// TestPossessedCoordinated checks that the possessor's forces that are the
// subject of a first verb are also the subject of a deed coordinated with
// it by "and", and what must not read so.
func TestPossessedCoordinated(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "army_freed_and_killed", text: "Chile's army freed 40 hostages and killed 12 fighters of the Ardent Front.", typ: "KILLED", from: "Chile", to: "Ardent Front"},
		{name: "and_then", text: "Chile's navy stopped the ferry and then attacked Peru.", typ: "ATTACKED", from: "Chile", to: "Peru"},
		{name: "second_clause_has_own_subject", text: "Chile's president visited a school and Peru attacked Bolivia.", absent: "ATTACKED:Chile"},
		{name: "possessed_non_actor", text: "Chile's decision angered Peru and prompted Bolivia to attack Peru.", absent: "ATTACKED:Chile"},
	})
}

// TestEnvoyRoleClass checks that "the U.N. envoy" or "the U.N.
// spokesperson" names again the body's official told before under another
// title of the same class, and not one of another class.
func TestEnvoyRoleClass(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "rapporteur_is_the_envoy", text: "UN special rapporteur Mira Okafor toured Peru in May. Peru later blamed the U.N. envoy for the leak.", typ: "ACCUSED", from: "Peru", to: "Mira Okafor"},
		{name: "spokeswoman_is_the_spokesperson", text: "UN spokeswoman Mira Okafor toured Peru in May. Peru later accused the U.N. spokesperson of bias.", typ: "ACCUSED", from: "Peru", to: "Mira Okafor"},
		{name: "rapporteur_is_no_secretary", text: "UN special rapporteur Mira Okafor toured Peru in May. Peru later accused the U.N. secretary of bias.", absent: "ACCUSED:Peru:Mira Okafor"},
	})
}
