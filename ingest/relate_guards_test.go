package ingest

import "testing"

// TestRequestedDeeds checks that the deed a request asks for is not read as
// done, by the one who asks or by the one asked, while the request itself
// is, and that deeds beside a request still are.
func TestRequestedDeeds(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "urged_to_attack_no_attack", text: "Chile urged Peru to attack Bolivia on Monday.", absent: "ATTACKED"},
		{name: "urged_to_attack_is_a_request", text: "Chile urged Peru to attack Bolivia on Monday.", typ: "URGED", from: "Chile", to: "Peru"},
		{name: "asked_to_sanction", text: "Chile asked Peru to sanction Bolivia.", absent: "SANCTIONED"},
		{name: "pressed_to_meet", text: "Chile pressed Peru to meet Bolivia before the vote.", absent: "MET_WITH"},
		{name: "called_on_to_stop_bombing", text: "Chile called on Peru to stop bombing Bolivia.", absent: "BOMBED"},
		{name: "called_on_is_a_request", text: "Chile called on Peru to stop bombing Bolivia.", typ: "URGED", from: "Chile", to: "Peru"},
		{name: "invited_to_visit", text: "Chile invited the Peruvian president to visit Bolivia in May.", absent: "VISITED"},
		{name: "long_object", text: "Chile urged the government of Peru and its allies to recognize Bolivia.", absent: "SUPPORTED:Peru"},
		{name: "wants_to_sanction", text: "Chile wants Peru to sanction Bolivia.", absent: "SANCTIONED"},
		{name: "command_may_be_done", text: "Chile ordered its troops to attack Bolivia.", typ: "ATTACKED", from: "Chile", to: "Bolivia"},
		{name: "deed_in_another_clause", text: "Chile asked why Peru had decided to attack Bolivia.", typ: "ATTACKED", from: "Peru", to: "Bolivia"},
		{name: "deed_before_the_request", text: "Peru attacked Bolivia, and Chile urged restraint.", typ: "ATTACKED", from: "Peru", to: "Bolivia"},
		{name: "plain_infinitive_of_intent", text: "Peru agreed to meet Bolivia in Lima.", typ: "MET_WITH", from: "Peru", to: "Bolivia"},
	})
}

// TestAttackPhraseSubjects checks that an actor named in the phrase of an
// attack noun that opens the clause is its target, not the agent of the
// verb after it, and that the phrase's "by" actor is.
func TestAttackPhraseSubjects(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "bombing_of_base_no_agent", text: "The bombing of a Peruvian base killed ten Chilean soldiers on Monday.", absent: "KILLED:Peru"},
		{name: "attack_on_posts_by_agent", text: "The attack on Peruvian posts by Chilean troops killed ten Peruvian soldiers.", typ: "KILLED", from: "Chile", to: "Peru"},
		{name: "attack_on_posts_by_agent_not_target", text: "The attack on Peruvian posts by Chilean troops killed ten Peruvian soldiers.", absent: "KILLED:Peru"},
		{name: "earlier_attack_agent", text: "Chile shelled Peru on Monday. The attack killed ten Peruvian soldiers.", typ: "KILLED", from: "Chile", to: "Peru"},
		{name: "plain_subject", text: "Chilean troops killed ten Peruvian soldiers near the border.", typ: "KILLED", from: "Chile", to: "Peru"},
		{name: "subject_after_the_phrase", text: "After the bombing of the depot, Chilean troops killed ten Peruvian soldiers.", typ: "KILLED", from: "Chile", to: "Peru"},
	})
}

// TestWhereClauses checks that a verb inside a "where" clause takes its
// subject from the clause, not the noun the clause describes, and that a
// closed "where" clause leaves the main subject its verb.
func TestWhereClauses(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "country_where_rebels", text: "Chile is a country where rebels attacked Peru last year.", absent: "ATTACKED:Chile"},
		{name: "actor_inside_clause", text: "Bolivia is the place where Chilean troops attacked Peru.", typ: "ATTACKED", from: "Chile", to: "Peru"},
		{name: "closed_clause", text: "Chile, where talks were held, attacked Peru in May.", typ: "ATTACKED", from: "Chile", to: "Peru"},
	})
}
