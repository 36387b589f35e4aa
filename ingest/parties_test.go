package ingest

import "testing"

// TestActorListsAtSentenceStart checks that every member of a list of
// states opening a sentence takes part in a symmetric act, not only the
// last ones, while a dateline's place stays out of it.
func TestActorListsAtSentenceStart(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"three states met", "Chile, Peru and Bolivia met in Quito on Tuesday to talk about water.",
			"MET_WITH", "Chile", "Peru", "asserted", "2020-06-09", ""},
		{"first with last", "Chile, Peru and Bolivia met in Quito on Tuesday to talk about water.",
			"MET_WITH", "Chile", "Bolivia", "", "", ""},
		{"four states signed", "Chile, Peru, Ecuador and Bolivia signed a fisheries accord.",
			"AGREED_WITH", "Peru", "Ecuador", "", "", ""},
		{"a list with an article", "Chile, the United States and Bolivia held talks on Friday.",
			"MET_WITH", "Chile", "United States", "", "", ""},
		{"dateline place stays out", "Lima, Peru - Chile, Ecuador and Bolivia met on Tuesday.",
			"", "", "", "", "", "MET_WITH:Chile:Peru"},
		{"dateline members meet", "Lima, Peru - Chile, Ecuador and Bolivia met on Tuesday.",
			"MET_WITH", "Chile", "Ecuador", "", "", ""},
		{"a list that meets nobody", "Chile, Peru and Bolivia welcomed the ruling.",
			"", "", "", "", "", "MET_WITH"},
		{"a list meeting another", "Chile, Peru and Bolivia met with Ecuador.",
			"", "", "", "", "", "MET_WITH:Chile:Peru"},
	})
}

// TestGovernmentOfState checks that "the government of X" and "X's
// government" act, or are acted on, as the state X.
func TestGovernmentOfState(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"government of as subject", "The government of Bolivia criticized Chile over the border fence.",
			"CRITICIZED", "Bolivia", "Chile", "asserted", "", ""},
		{"government of as object", "Peru met the government of Bolivia in Quito on Monday.",
			"MET_WITH", "Peru", "Bolivia", "", "2020-06-08", ""},
		{"government of before of-gerund", "Chile accused the government of Ecuador of hiding the report.",
			"ACCUSED", "Chile", "Ecuador", "", "", ""},
		{"regime of as subject", "The regime of Bolivia threatened to attack Chile.",
			"THREATENED", "Bolivia", "Chile", "", "", ""},
		{"both forms", "Argentina's government condemned the government of Peru.",
			"CRITICIZED", "Argentina", "Peru", "", "", ""},
		{"possessive government as object", "Peru condemned Argentina's government on Monday.",
			"CRITICIZED", "Peru", "Argentina", "", "", ""},
		{"a government of no state", "The government of national unity in Bolivia criticized the plan.",
			"", "", "", "", "", "CRITICIZED"},
		{"a member of the government is no subject", "A former member of the government of Bolivia met Chilean students.",
			"", "", "", "", "", "MET_WITH:Bolivia"},
	})
}

// TestSpeechActDates checks that a threat, demand, accusation or warning
// is dated by its saying, not by a date of the deed it speaks of.
// Published is Wednesday 2020-06-10.
func TestSpeechActDates(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"conditional threat in a quote", "\"If Peru keeps its duties, I will double our tariffs on May 3,\" the Chilean president Ana Rojas said on Monday.",
			"THREATENED", "Ana Rojas", "Peru", "asserted", "2020-06-08", ""},
		{"threat with an infinitive's date", "Chile threatened to put tariffs on Peru starting July 4.",
			"THREATENED", "Chile", "Peru", "asserted", "2020-06-10", ""},
		{"demand with a deadline", "Chile demanded that Peru pull back its troops by July 1.",
			"URGED", "Chile", "Peru", "asserted", "2020-06-10", ""},
		{"accusation of a dated deed", "Chile accused Peru of shelling its border posts on May 2.",
			"ACCUSED", "Chile", "Peru", "asserted", "2020-06-10", ""},
		{"warning dated by its verb", "Chile warned on Monday that it would attack Peru on July 4.",
			"THREATENED", "Chile", "Peru", "asserted", "2020-06-08", ""},
		{"the warned deed keeps its date", "Chile warned on Monday that it would attack Peru on July 4.",
			"ATTACKED", "Chile", "Peru", "planned", "2020-07-04", ""},
		{"a date of the speech act itself", "Chile urged Peru on Tuesday to reopen the border.",
			"URGED", "Chile", "Peru", "asserted", "2020-06-09", ""},
		{"a past warning on a weekday after a future quote", "\"We will double the tariffs in July,\" Chile warned Peru on Monday.",
			"THREATENED", "Chile", "Peru", "asserted", "2020-06-08", ""},
		{"a future warning keeps the next weekday", "Chile will warn Peru on Monday.",
			"THREATENED", "Chile", "Peru", "planned", "2020-06-15", ""},
		{"the threatened deed is planned", "Chile threatened on Friday to put tariffs on Peru on July 4.",
			"SANCTIONED", "Chile", "Peru", "planned", "2020-07-04", ""},
		{"a vow's day is not the deed's", "Chile vowed last week to bomb Peru.",
			"BOMBED", "Chile", "Peru", "planned", "2020-06-10", ""},
		{"a trip's day is the meeting's", "Chile will travel on Friday to meet Peru.",
			"MET_WITH", "Chile", "Peru", "planned", "2020-06-12", ""},
		{"an added threat takes the saying's day", "\"Peru must give up the rockets,\" a Chilean envoy told the press in Lima on Monday. The envoy added that tariffs might come if Peru kept the rockets.",
			"THREATENED", "Chile", "Peru", "asserted", "2020-06-08", ""},
		{"a new saying keeps its own day", "\"Peru must give up the rockets,\" a Chilean envoy told the press in Lima on Monday. The envoy said that tariffs might come if Peru kept the rockets.",
			"THREATENED", "Chile", "Peru", "asserted", "2020-06-10", ""},
		{"an added deed is not the saying's", "Chile's foreign minister Mira Okafor spoke to reporters on Monday. She added that Peru had attacked Bolivia.",
			"ATTACKED", "Peru", "Bolivia", "", "2020-06-10", ""},
		{"a quote's attribution dates it", "\"Peru must reopen the border,\" Chile's foreign minister Mira Okafor told reporters on Tuesday.",
			"URGED", "Mira Okafor", "Peru", "", "2020-06-09", ""},
	})
}

// TestConditionalSanctions checks that a sanction told as the consequence
// of another actor's future deed is a threat against that actor, never an
// imposed sanction.
func TestConditionalSanctions(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"signaled conditional sanctions", "Chile signaled that sanctions would be applied only if Peru moved its rockets north.",
			"THREATENED", "Chile", "Peru", "asserted", "", ""},
		{"no sanction imposed", "Chile signaled that sanctions would be applied only if Peru moved its rockets north.",
			"", "", "", "", "", "SANCTIONED"},
		{"hinted at tariffs", "Chile hinted that tariffs could follow if Peru shut the pass.",
			"THREATENED", "Chile", "Peru", "", "", ""},
		{"a consequence is at most planned", "Chile will impose sanctions on Peru if Bolivia deploys the missiles.",
			"SANCTIONED", "Chile", "Peru", "planned", "", ""},
		{"a consequence with its object", "Chile said that it would impose sanctions on Peru if Bolivia kept its troops there.",
			"SANCTIONED", "Chile", "Peru", "planned", "", ""},
		{"imposed sanctions with a relief", "Chile imposed sanctions on Peru but said it would lift them if Peru freed the prisoners.",
			"SANCTIONED", "Chile", "Peru", "asserted", "", ""},
	})
}
