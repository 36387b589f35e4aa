package ingest

import (
	"testing"
)

// discourseCase is a short invented article and one relation it must (or
// must not) give.
type discourseCase struct {
	name, text    string
	typ, from, to string
	want          bool
}

func runDiscourseCases(t *testing.T, tests []discourseCase) {
	t.Helper()
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := analyzeTest(t, p, tt.text)
			_, ok := findFact(x, fact{typ: tt.typ, from: tt.from, to: tt.to})
			if ok != tt.want {
				t.Errorf("%q: %s %s -> %s found=%v, want %v; got %q", tt.text, tt.typ, tt.from, tt.to, ok, tt.want, relationList(x))
			}
		})
	}
}

// TestEventLinking checks events whose other party is named in an earlier
// sentence or clause: denials answer the accuser, a siege is laid by the
// attacker named before.
func TestEventLinking(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"denied the accusations", "Chile accused Peru of spying on its navy. Peru denied the accusations on Monday.",
			"REJECTED", "Peru", "Chile", true},
		{"charges named with their author", "Norway rejected the allegations made by Denmark.",
			"REJECTED", "Norway", "Denmark", true},
		{"a charge X rejected", "Kenyan officials blamed Uganda for the raid, a charge Kampala quickly rejected.",
			"REJECTED", "Uganda", "Kenya", true},
		{"its offer", "Ecuador kept up pressure on Bolivia, as La Paz rejected its offer of talks.",
			"REJECTED", "Bolivia", "Ecuador", true},
		{"denies doing", "Ghana accused Togo of harbouring rebels. Togo denies providing them any support.",
			"REJECTED", "Togo", "Ghana", true},
		{"a minister denies for the state", "Ghana accused Togo of harbouring rebels. Togolese Foreign Minister Kofi Mensah denied the charges.",
			"REJECTED", "Kofi Mensah", "Ghana", true},
		{"a statement about the denier", "Chilean President Ana Rojas said that Peru had armed the rebels. Peru rejected the allegations on Tuesday.",
			"REJECTED", "Peru", "Ana Rojas", true},
		{"the denied statement was an accusation", "Chilean President Ana Rojas said that Peru had armed the rebels. Peru rejected the allegations on Tuesday.",
			"ACCUSED", "Ana Rojas", "Peru", true},
		{"a statement about someone else", "Chilean President Ana Rojas said that Bolivia had armed the rebels. Peru rejected the allegations on Tuesday.",
			"REJECTED", "Peru", "Ana Rojas", false},
		{"said both sides committed crimes", "Serbia attacked Kosovo in May. Amnesty International says both sides committed war crimes.",
			"ACCUSED", "Amnesty International", "Kosovo", true},
		{"said troops committed atrocities", "Norway said Russian troops committed atrocities near the border.",
			"ACCUSED", "Norway", "Russian Armed Forces", true},
		{"committed to talks is no wrong", "Norway said Russian troops committed to the talks.",
			"ACCUSED", "Norway", "Russian Armed Forces", false},
		{"condemned the attack told before", "Peru shelled Ecuador on Monday. Chile condemned the attack on Tuesday.",
			"CRITICIZED", "Chile", "Peru", true},
		{"condemned another attack", "Peru bombed Bolivia on Friday. Chile condemned the attack on Uruguay.",
			"CRITICIZED", "Chile", "Peru", false},
		{"condemned the strikes by their agent", "Peru bombed Bolivia on Friday. Argentina criticized the strikes by Brazil.",
			"CRITICIZED", "Argentina", "Brazil", true},
		{"condemned the attack and blamed another", "Peru shelled Ecuador on Monday. Chile condemned the attack and blamed Bolivia for it.",
			"CRITICIZED", "Chile", "Bolivia", true},
		{"the one blamed, not the earlier attacker", "Peru shelled Ecuador on Monday. Chile condemned the attack and blamed Bolivia for it.",
			"CRITICIZED", "Chile", "Peru", false},
		{"slammed the sanctions told before", "Japan imposed sanctions on Peru. Chile slammed the sanctions.",
			"CRITICIZED", "Chile", "Japan", true},
		{"a spokesman for the state answers a statement by another", "A spokeswoman for Bolivian President Ana Rojas rejected on Friday the claims from Chile about the dam.",
			"REJECTED", "Bolivia", "Chile", true},
		{"no accuser named", "Peru denied the accusations.", "REJECTED", "Peru", "", false},
		{"the denier was not accused", "Chile accused Peru of spying. Bolivia denied the reports.", "REJECTED", "Bolivia", "Chile", false},
		{"the accuser does not reject itself", "Chile accused Peru of spying. Chile rejected the claims.", "REJECTED", "Chile", "", false},
		{"siege by the attacker named before", "The Arakan Army attacked Sittwe in Myanmar in May. The town has been under siege since then.",
			"BESIEGED", "Arakan Army", "Sittwe", true},
		{"siege of another place", "The Arakan Army attacked Sittwe in Myanmar in May. Mandalay has been under siege since then.",
			"BESIEGED", "Arakan Army", "Mandalay", false},
	})
}

// TestAttachment checks whose official a titled person is when the title
// names no state or body: possessors, apposed offices, the secretariat of
// a secretary-general, one holder per state office, and no country word
// of another phrase.
func TestAttachment(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"possessive role chain", "The Secretary-General's envoy, Omar Haddad, met Chilean President Ana Rojas.",
			"OFFICIAL_OF", "Omar Haddad", "United Nations", true},
		{"a person's spokesman", "U.N. Secretary-General Ana Lind spoke on Monday. \"The talks failed,\" Lind's spokesman, Piet Brand, told reporters.",
			"OFFICIAL_OF", "Piet Brand", "United Nations", true},
		{"secretary-general defaults to the UN", "Secretary-General Karl Imre visited Lima.",
			"OFFICIAL_OF", "Karl Imre", "United Nations", true},
		{"secretary general of the body named before", "The head of Amnesty International spoke in Lima. \"We saw the camps,\" said Secretary General Tomas Feld.",
			"OFFICIAL_OF", "Tomas Feld", "Amnesty International", true},
		{"not the UN when another body is named", "The head of Amnesty International spoke in Lima. \"We saw the camps,\" said Secretary General Tomas Feld.",
			"OFFICIAL_OF", "Tomas Feld", "United Nations", false},
		{"office in apposition with a possessive", "Lena Varga, Bolivia's defence minister, said the talks failed.",
			"OFFICIAL_OF", "Lena Varga", "Bolivia", true},
		{"no nearest demonym after the title", "President Mira Okafor spoke after talks with Chilean officials.",
			"OFFICIAL_OF", "Mira Okafor", "Chile", false},
		{"no demonym inside a quotation", "Chile and Peru met. \"We will resist Russian pressure,\" Senator Tom Hale told reporters.",
			"OFFICIAL_OF", "Tom Hale", "Russia", false},
		{"no state from a compound employer", "Chile and Peru met. \"It will fail,\" said Ana Ruiz, director of the Quito-based Harbor Policy Institute.",
			"OFFICIAL_OF", "Ana Ruiz", "Ecuador", false},
		{"one president per state", "Turkey and Turkish officials met in Izmir. Turkish President Ali Demir has frustrated the United States. Turkey is looking to President Tom Baker to block U.S. sanctions against Turkey.",
			"OFFICIAL_OF", "Tom Baker", "Turkey", false},
		{"officials listed with theirs are of another state", "Peru wants a deal, Peruvian officials said, and Peru will attend. Chile will host talks in Valparaiso with Peru and Bolivia on Friday. They will be chaired by Deputy Foreign Minister Ana Ruiz, and Peruvian Deputy Foreign Minister Luis Soto and Bolivian Deputy Foreign Minister Eva Mora are expected to attend.",
			"OFFICIAL_OF", "Ana Ruiz", "Chile", true},
		{"a title of one state", "Secretary of State Tom Hale met Greek officials in Athens, a U.S. official said.",
			"OFFICIAL_OF", "Tom Hale", "United States", true},
		{"a title of one state not named", "Secretary of State Tom Hale visited Athens.",
			"OFFICIAL_OF", "Tom Hale", "United States", false},
		{"state under its president", "Chile under President Ana Rojas has backed Peru, economists said.",
			"OFFICIAL_OF", "Ana Rojas", "Chile", true},
		{"a role, then the name", "The Bolivian foreign minister arrived in Lima on Monday. Lena Varga met Peruvian President Ana Rojas on Tuesday.",
			"OFFICIAL_OF", "Lena Varga", "Bolivia", true},
		{"a state's envoy at a body, then the name", "Chile's U.N. ambassador spoke on Monday. Ana Ruiz blamed Peru for the delay.",
			"OFFICIAL_OF", "Ana Ruiz", "Chile", true},
		{"a role, then the name, past another official", "The Bolivian foreign minister met Peruvian President Ana Rojas in Lima. Lena Varga said the talks went well.",
			"OFFICIAL_OF", "Lena Varga", "Bolivia", true},
		{"not when the role's sentence names an untitled person", "The Bolivian foreign minister met Mira Okafor, who runs a charity, in Lima. Lena Varga said the talks went well.",
			"OFFICIAL_OF", "Lena Varga", "Bolivia", false},
		{"not for a person with a title of their own", "The Bolivian foreign minister arrived in Lima. Analyst Lena Varga said the visit mattered.",
			"OFFICIAL_OF", "Lena Varga", "Bolivia", false},
		{"the state no holder named with it has", "While President Tom Baker praised Russian President Ivan Petrov and Chinese President Li Wei, experts worry about U.S. interests.",
			"OFFICIAL_OF", "Tom Baker", "United States", true},
		{"no state from a sentence without other holders", "Three days after President Lin Wei took office, China held drills near Taiwan.",
			"OFFICIAL_OF", "Lin Wei", "China", false},
		{"a predecessor holds the same office", "Peruvian President Ana Rojas met Bolivian officials. Rojas's predecessor, Luis Soto, had refused to meet them.",
			"OFFICIAL_OF", "Luis Soto", "Peru", true},
		{"a legislator of the story's lawmakers", "Chilean lawmakers rejected the budget on Monday. \"It is a mistake,\" Senator Ana Ruiz told reporters.",
			"OFFICIAL_OF", "Ana Ruiz", "Chile", true},
		{"lawmakers of two states", "Chilean lawmakers and Peruvian lawmakers met on Monday. \"It is a mistake,\" Senator Ana Ruiz told reporters.",
			"OFFICIAL_OF", "Ana Ruiz", "Chile", false},
		{"the other state of the context", "Turkey and Turkish officials met in Izmir. Turkish President Ali Demir has frustrated the United States. Turkey is looking to President Tom Baker to block U.S. sanctions against Turkey.",
			"OFFICIAL_OF", "Tom Baker", "United States", true},
	})
}

// TestQuotedWe checks that "we", "our" and "us" inside a quotation are the
// side of the official it is attributed to, and never an analyst's.
func TestQuotedWe(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"unnamed official after the quote", "\"We urge Peru to withdraw its troops,\" the Bolivian foreign minister said.",
			"URGED", "Bolivia", "Peru", true},
		{"named official after the quote", "\"We will back Armenia,\" Greek Foreign Minister Nikos Andreou said on Monday.",
			"SUPPORTED", "Nikos Andreou", "Armenia", true},
		{"speaker before the quote", "Greek Foreign Minister Nikos Andreou said: \"We urge Turkey to return to talks.\"",
			"URGED", "Nikos Andreou", "Turkey", true},
		{"an analyst speaks for no side", "\"We should back Armenia,\" said Mira Okafor, an analyst at the Harbor Policy Institute.",
			"SUPPORTED", "Mira Okafor", "Armenia", false},
	})
}

// TestParties checks "both sides", "the parties", "them" and "each other"
// as the parties of the event told before.
func TestParties(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"both sides", "Ethiopia attacked Eritrea on Monday. Kenya urged both sides to show restraint.",
			"URGED", "Kenya", "Eritrea", true},
		{"both sides, the agent too", "Ethiopia attacked Eritrea on Monday. Kenya urged both sides to show restraint.",
			"URGED", "Kenya", "Ethiopia", true},
		{"called on the parties", "Armenia and Azerbaijan signed a ceasefire agreement on Tuesday. France called on the parties to respect it.",
			"URGED", "France", "Azerbaijan", true},
		{"them", "Serbia accused Kosovo of provocations. The European Union urged them to resume talks.",
			"URGED", "European Union", "Serbia", true},
		{"each other", "Sudan and South Sudan accused each other of backing rebels.",
			"ACCUSED", "South Sudan", "Sudan", true},
		{"no earlier event", "Kenya urged both sides to show restraint.", "URGED", "Kenya", "", false},
		{"not a party of its own event", "Kenyan troops attacked Somalia. Kenya urged both sides to talk.", "URGED", "Kenya", "Somalia", false},
	})
}

// TestPronounAfterSpokesman checks that "he" after a quoted spokesman is
// the person the spokesman spoke about.
func TestPronounAfterSpokesman(t *testing.T) {
	text := "Bolivian President Mira Okafor arrived in Lima on Monday. \"The visit is a milestone,\" said spokesman Karl Imre. " +
		"He will meet Peruvian President Ana Rojas on Tuesday."
	runDiscourseCases(t, []discourseCase{
		{"the subject spoken about", text, "MET_WITH", "Mira Okafor", "Ana Rojas", true},
		{"not the spokesman", text, "MET_WITH", "Karl Imre", "Ana Rojas", false},
	})
}

// TestPartySubjects checks "the two leaders" and "both sides" as subjects
// of meetings and agreements: the two actors named before.
func TestPartySubjects(t *testing.T) {
	text := "Chilean President Ana Rojas will travel to Lima on Friday to see Peruvian President Luis Soto. The two leaders will sign a trade agreement."
	runDiscourseCases(t, []discourseCase{
		{"the two leaders", text, "AGREED_WITH", "Ana Rojas", "Luis Soto", true},
		{"both sides of the event before", "Peru attacked Bolivia in May. Both sides held talks in Quito on Monday.",
			"MET_WITH", "Bolivia", "Peru", true},
		{"the latest event, not an older one", text + " Peru attacked Bolivia in May. Both sides held talks in Quito on Monday.",
			"MET_WITH", "Ana Rojas", "Luis Soto", false},
		{"no agreement without a pact", "Chile and Peru traded barbs. The two countries will sign up for the games.",
			"AGREED_WITH", "Chile", "Peru", false},
	})
}

// TestSentencePronouns checks "It" and "They" opening a sentence as the
// state or body that opened the one before.
func TestSentencePronouns(t *testing.T) {
	runDiscourseCases(t, []discourseCase{
		{"it acts again", "Chile recalled its ambassador from Peru on Monday. It also accused Peru of spying.",
			"ACCUSED", "Chile", "Peru", true},
		{"they act again", "The Arakan Army seized two villages in Myanmar on Monday. They also attacked Sittwe.",
			"ATTACKED", "Arakan Army", "Sittwe", true},
		{"not a copula or passive", "The Harbor Council met on Monday. It is led by Ana Rojas, who was sanctioned by Peru in May.",
			"SANCTIONED", "Peru", "Harbor Council", false},
	})
}
