package ingest

import (
	"strings"
	"testing"
)

// TestPeople runs invented sentences through the pipeline and checks the
// people found, their employers (OFFICIAL_OF) and what must not be found.
// person: a Person that must exist; official: "PERSON -> EMPLOYER" that
// must be an OFFICIAL_OF edge; absent: an entity name that must not
// exist, or "PERSON -> *" for a person who must have no OFFICIAL_OF edge.
func TestPeople(t *testing.T) {
	tests := []struct {
		name, text               string
		person, official, absent string
	}{
		{"apposition senior fellow at",
			"Sylvania will lose, said Mira Okafor, a senior fellow at the Harbor Policy Institute.",
			"Mira Okafor", "Mira Okafor -> Harbor Policy Institute", ""},
		{"apposition role of institution with place",
			"Tomas Feld, a professor at the University of Nova Tessa in Sylvania, said the vote was free.",
			"Tomas Feld", "Tomas Feld -> University of Nova Tessa", ""},
		{"apposition personal descriptor gives no office",
			"Karl Imre, a Sylvanian defector, spoke to reporters in Seoul.",
			"Karl Imre", "", "Karl Imre -> *"},
		{"apposition local employee, no institution",
			"Tomas Feld, a local embassy employee, said the gates were closed.",
			"Tomas Feld", "", "Tomas Feld -> *"},
		{"apposition state role with demonym",
			"Lena Varga, a Hungarian foreign policy adviser, said Budapest would wait.",
			"Lena Varga", "Lena Varga -> Hungary", ""},
		{"apposition institution inside the description",
			"Omar Haddad, a Harbor Policy Institute senior fellow and former diplomat, told reporters the talks failed.",
			"Omar Haddad", "Omar Haddad -> Harbor Policy Institute", ""},
		{"apposition possessive employer",
			"Ana Rojas, UNICEF's executive director, told the council that children were dying.",
			"Ana Rojas", "Ana Rojas -> UNICEF", ""},
		{"apposition topic country is not the employer",
			"Mira Okafor, a senior Iran analyst at the Eurasia Group, said exports rose.",
			"Mira Okafor", "Mira Okafor -> Eurasia Group", "Mira Okafor -> Iran"},
		{"apposition program of, then at",
			"Karl Imre, director of the U.S.-Korea policy program at the Harbor Council on Trade Relations, said talks stalled.",
			"Karl Imre", "Karl Imre -> Harbor Council on Trade Relations", "Karl Imre -> United States"},
		{"apposition class noun before the name",
			"Lena Varga, a senior analyst at geopolitical risk consultancy Northgate Partners, said the threat grew.",
			"Lena Varga", "Lena Varga -> Northgate Partners", ""},
		{"apposition comma list in a committee name",
			"Omar Haddad, deputy chair of the Senate Committee on Legal Affairs, Justice and Human Rights, said the law was unfair.",
			"Omar Haddad", "Omar Haddad -> Senate Committee on Legal Affairs, Justice and Human Rights", ""},
		{"possessive province gives its country",
			"Canada responded. Then, Tomas Feld, Ontario's provincial leader, said the power would be cut.",
			"Tomas Feld", "Tomas Feld -> Canada", "Tomas Feld -> United States"},
		{"a place with a description is no person",
			"Nova Tessa, a town near the border, was shelled on Monday.",
			"", "", "Nova Tessa"},
		{"an organisation with a description is no person",
			"The Harbor Policy Institute, a research group based in Sylvania, said the vote was free.",
			"", "", "Harbor Policy Institute -> *"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := p.Analyze(Article{Title: "Test", Text: tt.text, Published: "2020-06-10"})
			checkInvariants(t, d)
			x := d.Graph().Extraction()
			names := map[string]string{}
			people := map[string]bool{}
			var got []string
			for _, e := range x.Entities {
				names[e.ID] = e.Name
				if e.Type == "Person" {
					people[e.Name] = true
				}
				got = append(got, e.Type+":"+e.Name)
			}
			offices := map[string]bool{}
			for _, r := range x.Relations {
				if r.Type == "OFFICIAL_OF" {
					offices[names[r.Source]+" -> "+names[r.Target]] = true
					offices[names[r.Source]+" -> *"] = true
					got = append(got, names[r.Source]+" -OFFICIAL_OF-> "+names[r.Target])
				}
			}
			if tt.person != "" && !people[tt.person] {
				t.Errorf("%q: no Person %q; got %q", tt.text, tt.person, got)
			}
			if tt.official != "" && !offices[tt.official] {
				t.Errorf("%q: no OFFICIAL_OF %s; got %q", tt.text, tt.official, got)
			}
			if a := tt.absent; a != "" {
				found := offices[a]
				if !strings.Contains(a, " -> ") {
					for _, n := range names {
						found = found || n == a
					}
				}
				if found {
					t.Errorf("%q: unexpected %s; got %q", tt.text, a, got)
				}
			}
		})
	}
}
