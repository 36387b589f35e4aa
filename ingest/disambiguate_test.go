package ingest

import (
	"strings"
	"testing"
)

// TestDisambiguation checks which entity a name stands for when it could be
// two: a capital as its state or as the international body seated there, a
// region named alike in several countries, a country adjective of a noun.
// has and lacks list entity ids; rel is "TYPE from to" by entity id.
func TestDisambiguation(t *testing.T) {
	tests := []struct{ name, text, has, lacks, rel, norel string }{
		{"seat as the body the story is about",
			"The Arab League called an emergency summit. Norway later held talks with Cairo on the crisis.",
			"org:arab-league", "country:egy", "MET_WITH country:nor org:arab-league", ""},
		{"capital as its state without the body",
			"Cairo summoned the Norwegian ambassador on Monday over the crisis in Libya.",
			"country:egy", "org:arab-league", "", ""},
		{"seat with members is the body though the state is named",
			"Egyptian police detained two men. The Arab League met in Rabat. Cairo warned member states on Monday.",
			"org:arab-league", "", "", ""},
		{"the state named elsewhere keeps its capital",
			"Egypt hosted the talks. The Arab League met. Norway held talks with Cairo on Monday.",
			"country:egy", "", "MET_WITH country:egy country:nor", ""},
		{"region of the country the story names",
			"Colombian troops entered Amazonas after clashes near the border of Colombia.",
			"region:amazonas@col", "region:amazonas@bra", "", ""},
		{"region of another country the story names",
			"Brazil sent police to Amazonas, where loggers clashed with Brazilian officials.",
			"region:amazonas@bra", "region:amazonas@col", "", ""},
		{"a famous city before a small namesake in a country named elsewhere",
			"U.S. officials said the talks would resume. Delegates from both sides agreed to meet again. The envoys later gathered in Naples for two days.",
			"city:naples@ita", "city:naples@usa", "", ""},
		{"a town of the country named in its sentence",
			"Police in the United States said the suspects fled to Naples after the raid.",
			"city:naples@usa", "city:naples@ita", "", ""},
		{"a region its country owns, not the namesake city",
			"Somali troops moved north. Somalia's Bari governor welcomed the troops to Bari on Monday.",
			"region:bari@som", "city:bari@ita", "", ""},
		{"a country-based noun is no actor",
			"Peru held discussions with the Canada-based mining firm in March.",
			"", "", "", "MET_WITH"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := analyzeTest(t, p, tt.text)
			ids := map[string]bool{}
			for _, e := range x.Entities {
				ids[e.ID] = true
			}
			var rels []string
			for _, r := range x.Relations {
				if r.Type != "MENTIONS" {
					rels = append(rels, r.Type+" "+r.Source+" "+r.Target)
				}
			}
			if tt.has != "" && !ids[tt.has] {
				t.Errorf("%q: no entity %s; got %v", tt.text, tt.has, ids)
			}
			if tt.lacks != "" && ids[tt.lacks] {
				t.Errorf("%q: unexpected entity %s", tt.text, tt.lacks)
			}
			all := strings.Join(rels, "|")
			if tt.rel != "" && !strings.Contains("|"+all+"|", "|"+tt.rel+"|") {
				t.Errorf("%q: no relation %s; got %q", tt.text, tt.rel, rels)
			}
			if tt.norel != "" && strings.Contains(all, tt.norel) {
				t.Errorf("%q: unexpected %s; got %q", tt.text, tt.norel, rels)
			}
		})
	}
}
