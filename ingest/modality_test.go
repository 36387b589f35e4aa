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
