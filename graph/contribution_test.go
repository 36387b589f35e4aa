package graph

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

var (
	sylvania = NodePart{ID: "country:syl", Label: schema.Country, Name: "Sylvania", Aliases: []string{"Sylvanian"}}
	okafor   = NodePart{ID: "person:mira-okafor", Label: schema.Person, Name: "Mira Okafor", Official: true}
	harbor   = NodePart{ID: "org:harbor-policy-institute", Label: schema.Organisation, Name: "Harbor Policy Institute",
		Aliases: []string{"the institute", "HPI"}, Official: true}
)

// TestContributionStoredForm: the stored form reads back to the same
// Contribution (evidence aside), names ends by their place in the node
// list when the label agrees, and leaves out trailing empty values.
func TestContributionStoredForm(t *testing.T) {
	tests := []struct {
		name string
		c    Contribution
		want string // the stored form, when set
	}{
		{"empty", Contribution{}, `[2,[],[]]`},
		{"nodes only", Contribution{Nodes: []NodePart{sylvania, okafor}},
			`[2,[["country:syl","Country","Sylvania",["Sylvanian"]],["person:mira-okafor","Person","Mira Okafor",null,1]],[]]`},
		{"interaction by index", Contribution{Nodes: []NodePart{sylvania, okafor}, Edges: []EdgePart{{
			Type: schema.MetWith, From: okafor.ID, FromLabel: schema.Person, To: sylvania.ID, ToLabel: schema.Country,
			Date: "2016-10-15", Precision: "day", Modality: "planned", Confidence: 0.9, Rules: []string{"met-with/verb"},
			Finders: []string{"object", "subject"}}}},
			`[2,[["country:syl","Country","Sylvania",["Sylvanian"]],["person:mira-okafor","Person","Mira Okafor",null,1]],` +
				`[["MET_WITH",1,0,"2016-10-15","day","planned",0.9,0,"",["met-with/verb"],["object","subject"]]]]`},
		{"structural with titles, zero confidence", Contribution{Nodes: []NodePart{okafor, sylvania}, Edges: []EdgePart{{
			Type: schema.OfficialOf, From: okafor.ID, FromLabel: schema.Person, To: sylvania.ID, ToLabel: schema.Country,
			Titles: []string{"Foreign Minister"}}}},
			`[2,[["person:mira-okafor","Person","Mira Okafor",null,1],["country:syl","Country","Sylvania",["Sylvanian"]]],` +
				`[["OFFICIAL_OF",0,1,"","","",0,0,"",null,null,["Foreign Minister"]]]]`},
		{"end not in the nodes", Contribution{Nodes: []NodePart{harbor}, Edges: []EdgePart{{
			Type: schema.BasedIn, From: harbor.ID, FromLabel: schema.Organisation, To: "city:nova-tessa@syl", ToLabel: schema.City,
			Confidence: 0.8, Casualties: 3, Location: "city:nova-tessa@syl"}}},
			`[2,[["org:harbor-policy-institute","Organisation","Harbor Policy Institute",["the institute","HPI"],1]],` +
				`[["BASED_IN",0,["city:nova-tessa@syl","City"],"","","",0.8,3,"city:nova-tessa@syl"]]]`},
		{"end with another label than its node", Contribution{Nodes: []NodePart{sylvania}, Edges: []EdgePart{{
			Type: schema.Accused, From: sylvania.ID, FromLabel: schema.Organisation, To: sylvania.ID, ToLabel: schema.Country,
			Confidence: 0.5}}},
			`[2,[["country:syl","Country","Sylvania",["Sylvanian"]]],[["ACCUSED",["country:syl","Organisation"],0,"","","",0.5]]]`},
		{"both ends the first node, nothing after", Contribution{Nodes: []NodePart{sylvania}, Edges: []EdgePart{{
			Type: schema.PartOf, From: sylvania.ID, FromLabel: schema.Country, To: sylvania.ID, ToLabel: schema.Country}}},
			`[2,[["country:syl","Country","Sylvania",["Sylvanian"]]],[["PART_OF",0,0]]]`},
		{"quotes and control characters", Contribution{Nodes: []NodePart{{ID: "person:x", Label: schema.Person,
			Name: "Nova \"Tessa\"\x1e\n", Aliases: []string{"a,b", "\u2028"}}}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.c.stored()
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" && string(b) != tt.want {
				t.Errorf("stored form\n%s\nwant\n%s", b, tt.want)
			}
			got, err := parseContribution(string(b))
			if err != nil {
				t.Fatalf("parseContribution(%s): %v", b, err)
			}
			if !sameContribution(got, tt.c) {
				t.Errorf("read back\n%+v\nwant\n%+v", got, tt.c)
			}
		})
	}
}

// sameContribution compares contributions without evidence, nil and empty
// lists alike.
func sameContribution(a, b Contribution) bool {
	norm := func(c Contribution) string {
		for i := range c.Edges {
			c.Edges[i].Evidence = nil
		}
		return fmt.Sprintf("%+v %+v", c.Nodes, c.Edges)
	}
	return norm(a) == norm(b)
}

// legacyContribution is the JSON object an actorgraph before the stored
// form of contribution.go kept on Article nodes (without evidence).
func legacyContribution(t testing.TB, c Contribution) string {
	t.Helper()
	out := Contribution{Nodes: c.Nodes}
	for _, p := range c.Edges {
		p.Evidence = nil
		out.Edges = append(out.Edges, p)
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestParseContribution reads the earlier JSON object and refuses what is
// neither form.
func TestParseContribution(t *testing.T) {
	legacy := Contribution{Nodes: []NodePart{sylvania, okafor}, Edges: []EdgePart{{Type: schema.MetWith, From: okafor.ID,
		FromLabel: schema.Person, To: sylvania.ID, ToLabel: schema.Country, Date: "2016-10-15", Precision: "day",
		Confidence: 0.9, Rules: []string{"met-with/verb"}}}}
	tests := []struct {
		name, in string
		want     *Contribution
		err      string
	}{
		{"legacy object", legacyContribution(t, legacy), &legacy, ""},
		{"legacy object, spaces", " " + legacyContribution(t, legacy) + "\n", &legacy, ""},
		{"legacy empty object", `{}`, &Contribution{}, ""},
		{"short node", `[2,[["country:syl"]],[]]`, &Contribution{Nodes: []NodePart{{ID: "country:syl"}}}, ""},
		{"other version", `[3,[],[]]`, nil, "want [2, nodes, edges]"},
		{"two parts", `[2,[]]`, nil, "want [2, nodes, edges]"},
		{"index out of range", `[2,[["country:syl","Country","Sylvania"]],[["MET_WITH",0,1]]]`, nil, "node 1 of 1"},
		{"negative index", `[2,[["country:syl","Country","Sylvania"]],[["MET_WITH",-1,0]]]`, nil, "node -1 of 1"},
		{"no ends", `[2,[],[["MET_WITH"]]]`, nil, "want a node index"},
		{"end without id", `[2,[],[["MET_WITH",["","Country"],["x","Country"]]]]`, nil, "want a node index"},
		{"too many fields", `[2,[["a","Country","A",[],1,2]],[]]`, nil, "at most 5"},
		{"node without id", `[2,[[]],[]]`, nil, "no id"},
		{"wrong type", `[2,[["a","Country",7]],[]]`, nil, "field 2"},
		{"not json", `contribution`, nil, "invalid character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseContribution(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("parseContribution(%s) = %v, want an error with %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseContribution(%s): %v", tt.in, err)
			}
			if !sameContribution(got, *tt.want) {
				t.Errorf("parseContribution(%s)\n%+v\nwant\n%+v", tt.in, got, *tt.want)
			}
		})
	}
}

// TestContributionSmaller: the stored form of a typical article is less
// than half the size of the earlier JSON object.
func TestContributionSmaller(t *testing.T) {
	for _, tt := range updateCases {
		for _, s := range tt.v1() {
			own, _, _, err := contributions(s.g)
			if err != nil {
				t.Fatal(err)
			}
			c := own[s.id()]
			if len(c.Edges) < 2 {
				continue
			}
			b, err := c.stored()
			if err != nil {
				t.Fatal(err)
			}
			if old := legacyContribution(t, *c); 2*len(b) > len(old) {
				t.Errorf("%s: stored form %d bytes, the JSON object %d", s.id(), len(b), len(old))
			}
		}
	}
}

// FuzzParseContribution: parseContribution never panics, and what it reads
// in the stored form is written back to the same form.
func FuzzParseContribution(f *testing.F) {
	f.Add(`[2,[["country:syl","Country","Sylvania",["Sylvanian"]],["person:mira-okafor","Person","Mira Okafor",null,1]],` +
		`[["MET_WITH",1,0,"2016-10-15","day","planned",0.9,0,"",["met-with/verb"],["object"]]]]`)
	f.Add(`[2,[],[["BASED_IN",["org:x","Organisation"],["city:y","City"],"","","",0.8,3,"city:y",null,null,["t"]]]]`)
	f.Add(`{"nodes":[{"id":"country:syl","label":"Country","name":"Sylvania"}],"edges":[]}`)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := parseContribution(s)
		if err != nil || strings.HasPrefix(strings.TrimSpace(s), "{") {
			return
		}
		b, err := c.stored()
		if err != nil {
			t.Fatalf("stored() of what %q gave: %v", s, err)
		}
		again, err := parseContribution(string(b))
		if err != nil {
			t.Fatalf("parseContribution(%s), written back from %q: %v", b, s, err)
		}
		if !reflect.DeepEqual(norm(again), norm(c)) {
			t.Fatalf("%q read back as\n%+v\nthen\n%+v", s, c, again)
		}
	})
}

func norm(c Contribution) string { return fmt.Sprintf("%+v %+v", c.Nodes, c.Edges) }

// TestUpdateOverLegacyContribution: articles whose Article nodes hold the
// contribution in the earlier JSON object (a database an older actorgraph
// wrote) are updated and retracted as well as those in the stored form.
func TestUpdateOverLegacyContribution(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 3)
	for _, tt := range updateCases {
		t.Run(tt.name, func(t *testing.T) {
			only := namespace(t, d)
			load(t, w, only, true, tt.v2())
			want := testdb.Snapshot(t, d, only)

			ns := namespace(t, d)
			load(t, w, ns, true, tt.v1())
			for _, s := range tt.v1() {
				own, _, _, err := contributions(namespaced(s.g, ns))
				if err != nil {
					t.Fatal(err)
				}
				id := nsID(ns, s.id())
				query(t, d, `MATCH (a:Article {id: $id}) SET a.contribution = $c`,
					map[string]any{"id": id, "c": legacyContribution(t, *own[id])})
			}
			load(t, w, ns, true, tt.v2())
			if got := testdb.Snapshot(t, d, ns); got != want {
				t.Errorf("v1 stored as JSON objects, then v2, differs from v2 alone\n%s", testdb.Diff(got, want))
			}
			retractAll(t, w, ns, tt.v2())
		})
	}
}
