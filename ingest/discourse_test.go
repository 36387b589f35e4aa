package ingest

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
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
			d := p.Analyze(Article{Title: "Test", Text: tt.text, Published: "2020-06-10"})
			checkInvariants(t, d)
			x := d.Graph().Extraction()
			_, ok := findFact(x, fact{typ: tt.typ, from: tt.from, to: tt.to})
			if ok != tt.want {
				t.Errorf("%q: %s %s -> %s found=%v, want %v; got %q", tt.text, tt.typ, tt.from, tt.to, ok, tt.want, relationList(x))
			}
		})
	}
}

func relationList(x graph.Extraction) []string {
	name := map[string]string{}
	for _, e := range x.Entities {
		name[e.ID] = e.Name
	}
	var got []string
	for _, r := range x.Relations {
		if r.Type != "MENTIONS" {
			got = append(got, name[r.Source]+" -"+r.Type+"-> "+name[r.Target])
		}
	}
	return got
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
		{"no accuser named", "Peru denied the accusations.", "REJECTED", "Peru", "", false},
		{"the denier was not accused", "Chile accused Peru of spying. Bolivia denied the reports.", "REJECTED", "Bolivia", "Chile", false},
		{"the accuser does not reject itself", "Chile accused Peru of spying. Chile rejected the claims.", "REJECTED", "Chile", "", false},
		{"siege by the attacker named before", "Boko Haram attacked Maiduguri in May. The city has been under siege since then.",
			"BESIEGED", "Boko Haram", "Maiduguri", true},
		{"siege of another place", "Boko Haram attacked Maiduguri in May. Kano has been under siege since then.",
			"BESIEGED", "Boko Haram", "Kano", false},
	})
}
