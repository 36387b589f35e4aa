package ingest

import "testing"

// TestAttribution checks which reporting verbs make an event reported: not
// one inside a relative clause or a later coordinated clause, not a
// speaker's account of their own deed; yes anyone else's claim.
func TestAttribution(t *testing.T) {
	tests := []struct{ name, text, typ, from, to, modality string }{
		{"report verb in a relative clause after the event",
			"Norway broke off talks with Venezuela over the raid, which included strikes on clinics that the governments of Sweden and Chile said amounted to crimes.",
			"SUSPENDED_TALKS_WITH", "Norway", "Venezuela", "asserted"},
		{"report verb in a later coordinated clause",
			"Ecuador keeps fighting Peru in the hills, and the Red Cross says villages on both sides are empty.",
			"ATTACKED", "Ecuador", "Peru", "asserted"},
		{"speaker tells of their own deed",
			"Aid chief Tomas Feld spoke on Monday. Feld told the council that he visited Chad in May.",
			"VISITED", "Tomas Feld", "Chad", "asserted"},
		{"official of the dateline's state speaks for its president",
			"WASHINGTON, June 9 - Training flights go on under President Lena Varga's orders to support Kenyan forces, Pentagon spokesman Karl Imre said today.",
			"SUPPORTED", "Lena Varga", "Kenya", "asserted"},
		{"adverbs between the auxiliary and the verb",
			"Chilean Foreign Minister Ana Rojas said Saturday that she will soon also visit Peru.",
			"VISITED", "Ana Rojas", "Peru", "planned"},
		{"speaker tells an addressee of their own deed",
			"Aid chief Tomas Feld spoke on Monday. Feld told Kenyan lawmakers that he had visited Chad in May.",
			"VISITED", "Tomas Feld", "Chad", "asserted"},
		{"a deed in a phrase before the reporting clause is the writer's",
			"During a visit by Chilean envoy Ana Rojas to Peru in May, the Bolivian president said that prices would fall.",
			"VISITED", "Ana Rojas", "Peru", "asserted"},
		{"a noun event just before the comma of the opening phrase",
			"During talks between Chile and Peru, the Bolivian president said that prices would fall.",
			"MET_WITH", "Chile", "Peru", "asserted"},
		{"a noun event ahead of which something happens",
			"Ahead of the talks between Chile and Peru, the Bolivian president said that prices would fall.",
			"MET_WITH", "Chile", "Peru", "planned"},
		{"a deed told before the reporting clause is the speaker's",
			"Chilean envoy Ana Rojas visited Peru in May, the Bolivian president said.",
			"VISITED", "Ana Rojas", "Peru", "reported"},
		{"a light verb and its noun after a plan",
			"Chilean envoy Ana Rojas is expected to hold a short closed-door meeting with Peruvian Foreign Minister Luis Ortega on Friday.",
			"MET_WITH", "Ana Rojas", "Luis Ortega", "planned"},
		{"a light verb and its noun after a plan, on the day of publication",
			"Chilean envoy Ana Rojas is due to have a sideline meeting with the Peruvian foreign minister, Luis Ortega, today.",
			"MET_WITH", "Ana Rojas", "Luis Ortega", "planned"},
		{"a light verb and its noun after a past plan",
			"Chilean envoy Ana Rojas held a long meeting with Peruvian Foreign Minister Luis Ortega today.",
			"MET_WITH", "Ana Rojas", "Luis Ortega", "asserted"},
		{"a noun event named as planned",
			"Officials in Quito said Ecuador would welcome a proposed agreement between Chile and Peru on fishing.",
			"AGREED_WITH", "Chile", "Peru", "planned"},
		{"an upcoming summit",
			"The upcoming summit between Chile and Peru was the subject of the speech.",
			"MET_WITH", "Chile", "Peru", "planned"},
		{"a noun event told in a participle",
			"Heavy clashes reported between Chilean troops and Peruvian police lasted all night.",
			"ATTACKED", "Chile", "Peru", "reported"},
		{"a quoted sentence after the one that names its speaker",
			"Peruvian envoy Luis Ortega spoke after the vote. \"The vote was a farce,\" he said. \"Chile attacked Peru twice this month. We will not forget it.\"",
			"ATTACKED", "Chile", "Peru", "reported"},
		{"a speaker's own deed in a quoted sentence",
			"Peruvian Defense Minister Luis Ortega spoke after the vote. \"The vote was a farce,\" he said. \"We attacked Chile in reply.\"",
			"ATTACKED", "Luis Ortega", "Chile", "asserted"},
		{"a quoted name is the writer's",
			"The \"Border Peace\" accord collapsed when Chile attacked Peru in May.",
			"ATTACKED", "Chile", "Peru", "asserted"},
		{"another actor's claim stays reported",
			"Peru has been fighting Ecuador, the United Nations says.",
			"ATTACKED", "Peru", "Ecuador", "reported"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := wantFact(t, analyzeTest(t, p, tt.text), tt.text, fact{typ: tt.typ, from: tt.from, to: tt.to})
			if !ok {
				return
			}
			if r.Modality != tt.modality {
				t.Errorf("%q: modality %s, want %s", tt.text, r.Modality, tt.modality)
			}
		})
	}
}
