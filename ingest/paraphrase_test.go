package ingest

import "testing"

// TestParaphrases checks triggers of the CAMEO families the lexicon learnt
// from news it was not written on (data/rules.yaml runs one example a
// rule; these add the other forms and what each must not read), and the
// subject of an infinitive after a list in a prepositional phrase.
func TestParaphrases(t *testing.T) {
	runRelationCases(t, []relationCase{
		// 02 appeal: pressure on an actor
		{name: "pressure_put_on", text: "Chile is putting pressure on Peru to reopen the border.", typ: "URGED", from: "Chile", to: "Peru"},
		{name: "pressure_stepped_up", text: "Chile stepped up pressure on Peru to reopen the border.", typ: "URGED", from: "Chile", to: "Peru"},
		{name: "told_to", text: "Peruvian officials told Chile and Bolivia to leave the talks.", typ: "URGED", from: "Peru", to: "Bolivia"},
		{name: "encouraged_to", text: "Chile encouraged Peru to join the talks.", typ: "URGED", from: "Chile", to: "Peru"},
		{name: "told_a_medium_is_no_request", text: "Chile, officials told VOA, plans to expand trade with Peru.", absent: "URGED"},
		{name: "told_that_is_no_request", text: "Chile told Peru it would not attend the summit.", absent: "URGED"},
		{name: "pressure_from_is_not_pressure_on", text: "Under pressure from Peru, Chile reopened the border.", absent: "URGED"},
		// 04 consult
		{name: "consultations_with", text: "Chile held consultations with Peru on Monday.", typ: "MET_WITH", from: "Chile", to: "Peru"},
		{name: "negotiated_with", text: "Chile negotiated with Peru on Monday.", typ: "MET_WITH", from: "Chile", to: "Peru"},
		{name: "greeted", text: "Chilean President Mira Okafor greeted Peruvian President Tomas Feld at the airport.", typ: "MET_WITH", from: "Mira Okafor", to: "Tomas Feld"},
		{name: "shook_hands_with", text: "Chilean President Mira Okafor shook hands with Peruvian President Tomas Feld.", typ: "MET_WITH", from: "Mira Okafor", to: "Tomas Feld"},
		{name: "had_dinner_with", text: "Chilean President Mira Okafor had dinner with Peruvian President Tomas Feld.", typ: "MET_WITH", from: "Mira Okafor", to: "Tomas Feld"},
		{name: "joint_news_conference", text: "Chile and Peru held a joint news conference in Lima.", typ: "MET_WITH", from: "Chile", to: "Peru"},
		{name: "welcomed_a_decision_is_no_meeting", text: "Chile welcomed Peru's decision to reopen the border.", absent: "MET_WITH"},
		{name: "greeted_news_is_no_meeting", text: "Chile greeted the news from Peru with relief.", absent: "MET_WITH"},
		// 05 cooperate
		{name: "struck_a_deal", text: "Chile struck a deal with Peru on fishing rights.", typ: "AGREED_WITH", from: "Chile", to: "Peru"},
		{name: "struck_positions_is_no_deal", text: "Chile struck Peruvian positions on Monday.", absent: "AGREED_WITH"},
		{name: "rallied_behind", text: "Chile rallied behind Peru after the earthquake.", typ: "SUPPORTED", from: "Chile", to: "Peru"},
		{name: "came_to_the_aid_of", text: "Chile came to the aid of Peru after the earthquake.", typ: "SUPPORTED", from: "Chile", to: "Peru"},
		{name: "stood_by_a_decision", text: "Chile stood by its decision to close the border with Peru.", absent: "SUPPORTED"},
		{name: "delivered_arms", text: "Chile delivered arms to Peru on Monday.", typ: "SUPPORTED", from: "Chile", to: "Peru"},
		{name: "bankrolled", text: "Chile bankrolled the Ardent Front for years.", typ: "SUPPORTED", from: "Chile", to: "Ardent Front"},
		{name: "key_backer_of", text: "Chile is a key backer of the Ardent Front.", typ: "SUPPORTED", from: "Chile", to: "Ardent Front"},
		{name: "supporters_marching_back_no_one", text: "Thousands of supporters of the Ardent Front marched in Lima.", absent: "SUPPORTED"},
		{name: "has_given_support", text: "Chile has long given military support to the Ardent Front.", typ: "SUPPORTED", from: "Chile", to: "Ardent Front"},
		{name: "amount_in_aid", text: "Chile pledged $500 million in military aid to Peru.", typ: "SUPPORTED", from: "Chile", to: "Peru"},
		{name: "amount_spent_is_no_support_verb", text: "Chile spent $5 million in aid to Peru last year, Bolivia said.", absent: "SUPPORTED:Bolivia"},
		// 04 consult: a visit paid
		{name: "paid_a_visit", text: "Chilean President Mira Okafor paid a visit to Peru on Monday.", typ: "VISITED", from: "Mira Okafor", to: "Peru"},
		{name: "commenting_on_a_visit_is_no_visit", text: "Chilean President Mira Okafor commented on the planned visit to Peru.", absent: "VISITED:Mira Okafor"},
		// 18-20 fight: an actor's units
		{name: "ambushed_a_patrol", text: "The Ardent Front ambushed a Chilean patrol near the border.", typ: "ATTACKED", from: "Ardent Front", to: "Chile"},
		// 11 disapprove
		{name: "castigated", text: "Chile castigated Peru for the arrests.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "blasted", text: "Chile blasted Peru over the arrests.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "bomb_blast_is_no_criticism", text: "The blast hit a Chilean convoy near the Peruvian border.", absent: "CRITICIZED"},
		{name: "hit_out_at", text: "Chilean officials hit out at Peru over the arrests.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "took_aim_at", text: "Chile took aim at Peru over the arrests.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "branded_a_rogue_state", text: "Chile branded Peru a rogue state.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "labeled_a_threat", text: "Chile labeled Peru a threat to the region.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "called_on_to_address_a_threat_is_no_judgment", text: "Chile called on Peru to address the threat.", absent: "CRITICIZED"},
		{name: "protest_in_a_place_is_no_criticism_of_it", text: "Thousands protested in Lima against the new tax.", absent: "CRITICIZED"},
		// 12 reject
		{name: "voted_against", text: "Chile voted against Peru's resolution on Monday.", typ: "REJECTED", from: "Chile", to: "Peru"},
		{name: "opposing_a_policy_is_no_rejection", text: "Chile particularly opposes Peru's maritime expansion.", absent: "REJECTED"},
		{name: "turned_down_offer", text: "Chile turned down Peru's offer of talks.", typ: "REJECTED", from: "Chile", to: "Peru"},
		{name: "refused_request", text: "Chile refused Peru's request for help.", typ: "REJECTED", from: "Chile", to: "Peru"},
		{name: "refused_to_is_no_rejection", text: "Chile refused to comment on Peru's election.", absent: "REJECTED"},
		// 13 threaten
		{name: "ultimatum_to", text: "Chile delivered an ultimatum to Peru on Monday.", typ: "THREATENED", from: "Chile", to: "Peru"},
		{name: "warning_for_a_place_is_no_threat", text: "Chile issued a travel warning for Peru.", absent: "THREATENED"},
		// 16 reduce relations
		{name: "severed_diplomatic_relations", text: "Chile severed diplomatic relations with Peru on Monday.", typ: "SUSPENDED_TALKS_WITH", from: "Chile", to: "Peru"},
		{name: "recalled_top_diplomat", text: "Chile recalled its top diplomat from Peru on Monday.", typ: "SUSPENDED_TALKS_WITH", from: "Chile", to: "Peru"},
		{name: "a_diplomat_recalling_is_no_recall", text: "A senior Chilean diplomat recalled his years in Peru.", absent: "SUSPENDED_TALKS_WITH"},
		{name: "cut_ties_past_equals_base", text: "Chilean officials cut ties with Peru on Monday.", typ: "SUSPENDED_TALKS_WITH", from: "Chile", to: "Peru"},
		{name: "economic_war_with", text: "Chile's economic war with Peru deepened last week.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "tightened_sanctions", text: "Chile tightened sanctions against Peru.", typ: "SANCTIONED", from: "Chile", to: "Peru"},
		{name: "blacklisted_group", text: "Chile blacklisted the Ardent Front on Monday.", typ: "SANCTIONED", from: "Chile", to: "Ardent Front"},
		// 18-20 fight
		{name: "cracked_down_on", text: "Chilean troops cracked down on the Ardent Front.", typ: "ATTACKED", from: "Chile", to: "Ardent Front"},
		{name: "crackdown_on_protesters_is_no_attack_on_a_place", text: "Chile's crackdown on protesters in Lima drew criticism.", absent: "ATTACKED"},
		{name: "shot_dead", text: "Chilean troops shot dead Ardent Front commander Tomas Feld.", typ: "KILLED", from: "Chile", to: "Tomas Feld"},
		// 19 capture told from the place: "X fell to Y"
		{name: "fallen_to_forces", text: "Arequipa has fallen to Chilean forces.", typ: "CAPTURED", from: "Chile", to: "Arequipa"},
		{name: "fell_into_the_hands_of", text: "Arequipa fell into the hands of the Ardent Front in May.", typ: "CAPTURED", from: "Ardent Front", to: "Arequipa"},
		{name: "a_task_falling_to_is_no_capture", text: "The task fell to Chile after the vote.", absent: "CAPTURED"},
		{name: "a_share_falling_to_is_no_capture", text: "Chile's share fell to Peru's level.", absent: "CAPTURED"},
		{name: "a_figure_falling_to_is_no_capture", text: "Support for Chile fell to 30 percent in Peru.", absent: "CAPTURED"},
		// the subject of "to V" is not an actor of a list after a preposition
		{name: "infinitive_after_list_in_pp", text: "Chilean President Mira Okafor is keeping tariffs on Peru, Bolivia and Ecuador to urge Colombia to act.", typ: "URGED", from: "Mira Okafor", to: "Colombia"},
		{name: "infinitive_after_list_in_pp_not_member", text: "Chilean President Mira Okafor is keeping tariffs on Peru, Bolivia and Ecuador to urge Colombia to act.", absent: "URGED:Bolivia"},
		{name: "infinitive_after_list_them", text: "Chilean President Mira Okafor is keeping tariffs on Peru, Bolivia and Ecuador to pressure them to act.", absent: "URGED:Ecuador"},
		{name: "along_with_acts_too", text: "Chile, together with Bolivia and Ecuador, condemned Peru.", typ: "CRITICIZED", from: "Ecuador", to: "Peru"},
		{name: "along_with_keeps_the_subject", text: "Chile, together with Bolivia and Ecuador, condemned Peru.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "along_with_after_the_verb_is_no_agent", text: "Chile met Peru along with Bolivia.", absent: "MET_WITH:Bolivia:Chile"},
		{name: "headline_comma_joins_subjects", text: "Chile, Peru Sign Trade Deal\n\nThe deal was signed in Lima on Monday.", typ: "AGREED_WITH", from: "Chile", to: "Peru"},
		{name: "body_comma_is_no_and", text: "Chile, Peru's neighbour, signed a trade deal with Bolivia.", absent: "AGREED_WITH:Bolivia:Peru"},
		{name: "list_as_subject_still_acts", text: "Peru, Bolivia and Ecuador agreed to urge Colombia to act.", typ: "URGED", from: "Ecuador", to: "Colombia"},
	})
}

// TestSyntaxFamilies checks constructions that hid the argument of a known
// trigger, each with what it must not read.
func TestSyntaxFamilies(t *testing.T) {
	runRelationCases(t, []relationCase{
		// the conduct of an actor judged in place of the actor
		{name: "conduct_of_actor", text: "Chile strongly condemned the actions of Peru on Monday.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "conduct_by_demonym", text: "Chile criticized the Peruvian decision to close the border.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "conduct_supported", text: "Chile endorsed the Peruvian proposal for a summit.", typ: "SUPPORTED", from: "Chile", to: "Peru"},
		{name: "conduct_without_owner", text: "Chile criticized the decision on Monday, Peruvian officials said.", absent: "CRITICIZED"},
		{name: "conduct_of_a_deed_is_no_attack", text: "Chile attacked the policies of Peru in a speech.", absent: "ATTACKED"},
		// a meeting held over a line is a call
		{name: "met_by_video_link", text: "Chile met Bolivia by video link on Wednesday.", typ: "SPOKE_WITH", from: "Bolivia", to: "Chile"},
		{name: "talks_over_the_telephone", text: "Chile held talks with Bolivia over the telephone on Monday.", typ: "SPOKE_WITH", from: "Bolivia", to: "Chile"},
		{name: "met_virtually", text: "Chile met Bolivia virtually on Monday.", typ: "SPOKE_WITH", from: "Bolivia", to: "Chile"},
		{name: "met_in_person_after_a_call", text: "Chile met Bolivia in Lima, a day after a call by phone with Peru.", typ: "MET_WITH", from: "Bolivia", to: "Chile"},
		{name: "a_phone_factory_is_no_call", text: "Chile met Bolivia on Monday to discuss a phone factory.", typ: "MET_WITH", from: "Bolivia", to: "Chile"},
		// "attacks by X on Y": an armed body's name ends before "on"
		{name: "attacks_by_front_on_troops", text: "Attacks by the Ardent Front on Peruvian troops rose sharply this year.", typ: "ATTACKED", from: "Ardent Front", to: "Peru"},
		{name: "attacks_by_front_on_state", text: "Attacks by the Ardent Front on Chile rose sharply this year.", typ: "ATTACKED", from: "Ardent Front", to: "Chile"},
		{name: "commission_on_state_keeps_its_name", text: "The Harbor Commission on Chile criticized Peru on Monday.", typ: "CRITICIZED", from: "Harbor Commission on Chile", to: "Peru"},
		// the subject that repelled or withstood an attack is its target
		{name: "survived_a_strike_by", text: "Chile survived a missile strike by Peru on Monday.", typ: "BOMBED", from: "Peru", to: "Chile"},
		{name: "condemned_an_attack_by_is_no_target", text: "Chile condemned an attack by the Ardent Front on Monday.", absent: "ATTACKED:Ardent Front:Chile"},
		{name: "foiled_a_plot_is_no_attack", text: "Chile foiled a plot by the Ardent Front.", absent: "ATTACKED"},
		// a title opened by a region the text placed names the region's state
		{name: "compass_region_title", text: "Chilean diners are eating less beef. Rebels left Peru's Ardan province in May.\n\nCentral Ardan Governor Mira Okafor said the roads were open.", typ: "OFFICIAL_OF", from: "Mira Okafor", to: "Peru"},
		{name: "compass_region_title_not_the_demonym_before", text: "Chilean diners are eating less beef. Rebels left Peru's Ardan province in May.\n\nCentral Ardan Governor Mira Okafor said the roads were open.", absent: "OFFICIAL_OF:Mira Okafor:Chile"},
		// a state's name closing a longer unknown name is no actor
		{name: "state_closing_a_group_name", text: "Governor Mira Okafor met activists of Stop Mining Peru on Monday.", absent: "MET_WITH"},
		{name: "state_after_lower_case_words_acts", text: "Chilean President Mira Okafor met with Peru on Monday.", typ: "MET_WITH", from: "Peru", to: "Mira Okafor"},
		// a bare head-of-state title is not the story's state when its sentence names only another one
		{name: "story_state_not_guessed_against_the_sentence", text: "Peru held elections in May. Peru's economy grew fast. Peru's army is small.\n\nHe agreed with President Mira Okafor's remark that Chile is on the move again.", absent: "OFFICIAL_OF:Mira Okafor:Peru"},
		{name: "story_state_guessed_for_a_bare_title", text: "Peru held elections in May. Peru's economy grew fast. Peru's army is small.\n\nPresident Mira Okafor said on Monday that the vote was fair.", typ: "OFFICIAL_OF", from: "Mira Okafor", to: "Peru"},
		// a claim of the attack named in the claim's own phrase
		{name: "claimed_the_attack_on", text: "The Ardent Front claimed responsibility for the attack on Chilean troops.", typ: "ATTACKED", from: "Ardent Front", to: "Chile"},
		{name: "took_credit_for_the_attack_on", text: "The Ardent Front took credit for the attack on Chilean troops in Arequipa.", typ: "ATTACKED", from: "Ardent Front", to: "Chile"},
		{name: "no_claimant_no_agent", text: "No group has claimed responsibility for the attack on Chilean troops, Peru said.", absent: "ATTACKED:Peru"},
		// coordinated subjects of a clash fight each other
		{name: "coordinated_troops_clashed", text: "Chilean and Peruvian troops clashed near the border on Monday.", typ: "ATTACKED", from: "Chile", to: "Peru"},
		{name: "coordinated_states_disputing_did_not_clash", text: "Chile and Peru clashed over fishing quotas.", absent: "ATTACKED"},
		{name: "condemned_a_deed_by_its_adjective", text: "Chile condemned the Peruvian invasion of Bolivia.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "a_deed_of_a_victim_is_not_the_victims", text: "Chile condemned the Peruvian invasion of Bolivia.", absent: "CRITICIZED:Chile:Bolivia"},
		{name: "nominal_condemnation_of_a_deed", text: "Chile's condemnation of the Peruvian strikes came swiftly.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		// nominal triggers of rejection, withdrawal and expulsion
		{name: "rejection_of_offer", text: "Chile's rejection of Peru's offer was expected.", typ: "REJECTED", from: "Chile", to: "Peru"},
		{name: "expulsion_by", text: "The expulsion of Peruvian diplomats by Chile angered Lima.", typ: "SUSPENDED_TALKS_WITH", from: "Chile", to: "Peru"},
		{name: "withdrawal_of_troops_from_a_state_is_no_break", text: "Chile's withdrawal of troops from Peru ended the war.", absent: "SUSPENDED_TALKS_WITH"},
		{name: "arming_of", text: "Chile's arming of the Ardent Front is well known.", typ: "SUPPORTED", from: "Chile", to: "Ardent Front"},
		// a fronted passive participle and its "by" agent
		{name: "fronted_participle_by_non_actor", text: "Backed by strong exports, Chile grew fast in May.", absent: "SUPPORTED"},
		{name: "fronted_participle_criticized", text: "Criticized by Peru, Chile defended the arrests.", typ: "CRITICIZED", from: "Peru", to: "Chile"},
		// a count of an actor's members
		{name: "killed_dozens_of_fighters", text: "Chilean forces have killed dozens of Ardent Front fighters.", typ: "KILLED", from: "Chile", to: "Ardent Front"},
		// an addressee of ", urging them" stands after the clause's subject
		{name: "addressee_after_the_subject", text: "Chile sent a letter to Peru, urging it to talk.", typ: "URGED", from: "Chile", to: "Peru"},
		{name: "no_addressee_before_the_subject", text: "Harbor Party rule Chilean President Mira Okafor gathered the heads of the big banks on Friday, calling on them to lend more.", absent: "URGED"},
		{name: "urging_them_after_a_list_in_pp", text: "Chile sent letters to Peru and Bolivia, urging them to talk.", typ: "URGED", from: "Chile", to: "Bolivia"},
		{name: "urging_them_list_is_no_agent", text: "Chile sent letters to Peru and Bolivia, urging them to talk.", absent: "URGED:Bolivia"},
		{name: "urging_after_led_by_list", text: "Senators led by Mira Okafor and Tomas Feld sent a letter to Chile, urging it to act.", typ: "URGED", from: "Tomas Feld", to: "Chile"},
		{name: "said_was_behind_the_attack", text: "Chile said Peru was behind the attack on its embassy.", typ: "ACCUSED", from: "Chile", to: "Peru"},
		{name: "behind_schedule_is_no_blame", text: "Chile said Peru is behind schedule on the attack plans.", absent: "ACCUSED"},
		{name: "what_it_called_aggression", text: "Chile denounced what it called Peruvian aggression.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "killing_of_by", text: "Chile condemned the killing of Peruvian journalists by the Ardent Front.", typ: "CRITICIZED", from: "Chile", to: "Ardent Front"},
		{name: "killing_of_victims_is_no_criticism_of_them", text: "Chile condemned the killing of Peruvian journalists, Bolivia said.", absent: "CRITICIZED:Chile:Peru"},
		{name: "lodged_a_protest_with", text: "Chile lodged a protest with Peru over the arrests.", typ: "CRITICIZED", from: "Chile", to: "Peru"},
		{name: "killed_in_an_accident_has_no_agent", text: "Five Peruvian soldiers were killed in a car accident in Chile.", absent: "KILLED"},
		{name: "conduct_of_a_place_is_no_actor", text: "Chile rejected the plan of the Lima city council.", absent: "REJECTED:Chile:Lima"},
	})
}
