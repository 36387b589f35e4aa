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
		{"we of a fellow", `Mira Okafor, a senior fellow at the Harbor Policy Institute, spoke on Monday. "We keep asking Sweden to take them," she said.`,
			"", "", "", "", "", "URGED"},
	})
}
