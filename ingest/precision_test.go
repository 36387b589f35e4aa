package ingest

import (
	"testing"
)

// TestPrecisionFamilies checks readings that news the rules were not
// written on got wrong, one row per family: a row with absent asserts that
// no such edge is made ("TYPE" or "TYPE:From"), otherwise the edge and its
// modality.
func TestPrecisionFamilies(t *testing.T) {
	tests := []struct{ name, text, typ, from, to, modality, absent string }{
		{"actor of a fronted if-clause is no subject of the main verb",
			"If the Harbor Appeals Board agrees with Chile, the applicant can appeal to the Supreme Court of Peru.",
			"", "", "", "", "URGED:Harbor Appeals Board"},
		{"actor of the main clause is no object of a fronted when-clause",
			"When Chile attacked, Peru urged Bolivia to send troops.", "", "", "", "", "ATTACKED:Chile"},
		{"main clause after a fronted when-clause keeps its arguments",
			"When Chile attacked, Peru urged Bolivia to send troops.", "URGED", "Peru", "Bolivia", "asserted", ""},
		{"accusations after amid have no accuser in the main subject",
			"Chile removed Interior Minister Lena Varga from office in June amid accusations of misconduct by Peru.",
			"", "", "", "", "ACCUSED:Chile"},
		{"criticism after amid is no criticism by the main subject",
			"Peru recalled its ambassador amid criticism of Chile.", "", "", "", "", "CRITICIZED"},
		{"a state's name before a bare verb opening the sentence is a crosshead",
			"Norway support crucial Lena Varga, speaking Sunday, dismissed concerns.", "", "", "", "", "SUPPORTED"},
		{"a state's name before a bare verb after a preposition stays an agent",
			"The two leaders disagreed over Norway aid to Sweden.", "SUPPORTED", "Norway", "Sweden", "", ""},
		{"a travel verb with a direct object leads, it does not travel",
			"Tomas Feld, who headed the agency's mission in Ecuador for two years, says the camps are full.",
			"", "", "", "", "VISITED"},
		{"a travel verb with its preposition still travels",
			"Aid chief Tomas Feld headed to Ecuador on Monday.", "VISITED", "Tomas Feld", "Ecuador", "", ""},
		{"a deed someone was hired to do is planned",
			"Tomas Feld told the court he needed money. Prosecutors say the men hired Feld to kill Mira Okafor, a critic of Peru.",
			"KILLED", "Tomas Feld", "Mira Okafor", "planned", ""},
		{"a deed someone tried to do is planned",
			"Chile tried to capture Arica in May.", "CAPTURED", "Chile", "Arica", "planned", ""},
		{"a participle after the object opens its own clause",
			"Ecuador was accused of aiding militias opposing then-president Tomas Feld.", "", "", "", "", "SUPPORTED"},
		{"a deed someone is accused of is reported",
			"Chile accused Peru of backing Bolivia.", "SUPPORTED", "Peru", "Bolivia", "reported", ""},
		{"the accusation itself stays asserted",
			"Chile accused Peru of backing Bolivia.", "ACCUSED", "Chile", "Peru", "asserted", ""},
		{"an envoy named after 'TITLE to HOST,' acts in person",
			"Chile's ambassador to Peru, Tomas Feld, accuses Peru of politicizing refugee affairs.", "ACCUSED", "Tomas Feld", "Peru", "", ""},
		{"an envoy named after 'TITLE to HOST,' is not repeated as the state",
			"Chile's ambassador to Peru, Tomas Feld, accuses Peru of politicizing refugee affairs.", "", "", "", "", "ACCUSED:Chile"},
		{"a nominal's preposition after a coordinated noun is that noun's",
			"Scholars debated Bolivia's aggression along the coast and its friendship with Chile.", "", "", "", "", "ATTACKED"},
		{"a nominal keeps its own preposition",
			"Analysts spoke about Chile's aggression against Peru.", "ATTACKED", "Chile", "Peru", "", ""},
		{"a verb offered as an alternative after or is planned",
			"Norway may have to consider building its own weapons or ask Sweden to send troops.",
			"URGED", "Norway", "Sweden", "planned", ""},
	}
	cases := make([]relationCase, 0, len(tests))
	for _, tt := range tests {
		cases = append(cases, relationCase{tt.name, tt.text, tt.typ, tt.from, tt.to, tt.modality, "", tt.absent})
	}
	runRelationCases(t, cases)
}

// TestAttachmentOutsideLexicon checks whose official a titled person is
// when the text names the employer in a form no lexicon holds: a
// possessive institution the recogniser does not know is not the story's
// state, and a body that appointed the person to the title is theirs.
func TestAttachmentOutsideLexicon(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"an unknown institution's officer is no official of the story's state",
			"Spain wants more wind power. Spain has turbines in Aragon, and Spain is proud. \"Wind energy should grow,\" WindSylva's CEO Tomas Feld said in a statement.",
			"OFFICIAL_OF", "Tomas Feld", "Spain", false},
		{"a state's own officer keeps the state",
			"Spain wants more wind power. Spain has turbines in Aragon, and Spain is proud. \"Wind energy should grow,\" Spain's Energy Minister Tomas Feld said.",
			"OFFICIAL_OF", "Tomas Feld", "Spain", true},
		{"a firm's spokesman is no official of the story's state",
			"Spain wants more wind power. Spain has turbines in Aragon, and Spain is proud. \"We will grow,\" said Windora spokesman Tomas Feld by email.",
			"OFFICIAL_OF", "Tomas Feld", "Spain", false},
		{"a ministry's spokesman keeps the story's state",
			"Spain wants more wind power. Spain has turbines in Aragon, and Spain is proud. \"We will grow,\" said Energy Ministry spokesman Tomas Feld.",
			"OFFICIAL_OF", "Tomas Feld", "Spain", true},
		{"a provincial spokesman keeps the story's state",
			"Spain wants more wind power. Spain has turbines in Aragon, and Spain is proud. \"We will grow,\" said Provincial spokesman Tomas Feld.",
			"OFFICIAL_OF", "Tomas Feld", "Spain", true},
		{"an envoy to a host state is the sender's official",
			"The Bolivian envoy to Peru, Lena Varga, said the talks failed.", "OFFICIAL_OF", "Lena Varga", "Bolivia", true},
		{"an envoy to a host state is not the host's official",
			"The Bolivian envoy to Peru, Lena Varga, said the talks failed.", "OFFICIAL_OF", "Lena Varga", "Peru", false},
		{"the body that appointed a rapporteur",
			"Peru has barred visitors. United Nations-appointed special rapporteur Lena Varga confirmed that Peru had barred her.",
			"OFFICIAL_OF", "Lena Varga", "United Nations", true},
		{"a town before the title names the office's state",
			"The United States voted, the United States objected, and the United States abstained. Peru was calm. During Monday's hearing, Arequipa prosecutor Tomas Feld presented new evidence.",
			"OFFICIAL_OF", "Tomas Feld", "Peru", true},
		{"not the story's state when a town opens the title",
			"The United States voted, the United States objected, and the United States abstained. Peru was calm. During Monday's hearing, Arequipa prosecutor Tomas Feld presented new evidence.",
			"OFFICIAL_OF", "Tomas Feld", "United States", false},
		{"not the state the rapporteur reports on",
			"Peru has barred visitors. United Nations-appointed special rapporteur Lena Varga confirmed that Peru had barred her.",
			"OFFICIAL_OF", "Lena Varga", "Peru", false},
	})
}

// TestForeignBodies checks that a state body named by a bare alias ("the
// Senate") belongs to the state the context names, not to the one state
// whose body the lexicon holds under that alias.
func TestForeignBodies(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"a bare senate in another state's sentence is not the lexicon's",
			"Chilean newspapers reported that the blogger was freed once he had written to Senate head Lena Varga.",
			"OFFICIAL_OF", "Lena Varga", "US Senate", false},
		{"a bare senate next to its own state stays",
			"The U.S. budget was debated on Monday. Senate leader Tom Hale said the vote would come soon.",
			"OFFICIAL_OF", "Tom Hale", "US Senate", true},
	})
}

// TestPlacePrefixes checks that a gazetteer town is not read off the first
// word of a longer place name joined by a Romance particle.
func TestPlacePrefixes(t *testing.T) {
	checkEntityPresence(t, "City", "Arequipa", []presenceCase{
		{"first word of a longer name", "Inmates escaped from the prison of Arequipa des Monts in Haiti.", false},
		{"the town itself", "Inmates escaped from the prison of Arequipa in Peru.", true},
	})
}

// TestOrgTails checks that an organisation's alias at the tail of a longer
// capitalised name is not that organisation.
func TestOrgTails(t *testing.T) {
	checkEntityPresence(t, "Organisation", "Indian National Congress", []presenceCase{
		{"alias at the tail of a longer name", "Protesters in Chile demanded that the Ardan Congress Party be dissolved.", false},
		{"the alias itself", "Protesters in India demanded that the Congress Party be dissolved.", true},
	})
}

// TestCreditLines checks that a closing line crediting the story's own
// reporters names no entity, while the same verbs earlier in a story keep
// their sense.
func TestCreditLines(t *testing.T) {
	checkEntityPresence(t, "Person", "Lena Varga", []presenceCase{
		{"closing credit line", "Chile closed the camps. Peru objected. Lena Varga reported from Lima; and stringer Tomas Feld contributed from Quito.", false},
		{"a person quoted before the credit", "Lena Varga, a Chilean minister, said the camps would close. Peru objected. Mira Okafor contributed reporting from Lima.", true},
	})
}

// presenceCase is one sentence and whether an entity must be found in it.
type presenceCase struct {
	name, text string
	want       bool
}

// checkEntityPresence runs each case and checks whether the entity of type
// typ named name is among the extracted entities.
func checkEntityPresence(t *testing.T, typ, name string, tests []presenceCase) {
	t.Helper()
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := analyzeTest(t, p, tt.text)
			got := false
			for _, e := range x.Entities {
				if e.Type == typ && e.Name == name {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%q: %s %s found=%v, want %v", tt.text, typ, name, got, tt.want)
			}
		})
	}
}
