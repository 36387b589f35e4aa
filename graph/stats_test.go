package graph

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// checkCounters fails the test when the event counters of namespace ns
// differ from a count of its edges, and returns the number of nodes that
// have counters.
func checkCounters(t *testing.T, d neo4j.DriverWithContext, ns string) int {
	t.Helper()
	diff, n := testdb.CounterDiff(t, d, ns)
	if diff != "" {
		t.Errorf("event counters differ from the edges:\n%s", diff)
	}
	return n
}

// TestStatsDeltaRows checks the sums of the counter changes the edge
// statements return: both ends of an event count it, a self-loop once, and
// changes that cancel out are not sent.
func TestStatsDeltaRows(t *testing.T) {
	type ev struct {
		from, to, date string
		d              int64
	}
	tests := []struct {
		name   string
		events []ev
		want   string
	}{
		{"one event counts at both ends",
			[]ev{{"country:syl", "person:mira-okafor", "2031-03-01", 1}},
			"Country: [map[id:country:syl md:[1] mk:[2031-03] pd:[1] pk:[person:mira-okafor]]] " +
				"Person: [map[id:person:mira-okafor md:[1] mk:[2031-03] pd:[1] pk:[country:syl]]]"},
		{"a self-loop counts once",
			[]ev{{"country:syl", "country:syl", "2031-03-01", 1}},
			"Country: [map[id:country:syl md:[1] mk:[2031-03] pd:[1] pk:[country:syl]]]"},
		{"changes by month and partner add up",
			[]ev{{"country:syl", "country:fre", "2031-03-01", 1}, {"country:fre", "country:syl", "2031-03-20", 1},
				{"country:syl", "city:nova-tessa@syl", "2031-04-02", 1}},
			"City: [map[id:city:nova-tessa@syl md:[1] mk:[2031-04] pd:[1] pk:[country:syl]]] " +
				"Country: [map[id:country:fre md:[2] mk:[2031-03] pd:[2] pk:[country:syl]] " +
				"map[id:country:syl md:[2 1] mk:[2031-03 2031-04] pd:[1 2] pk:[city:nova-tessa@syl country:fre]]]"},
		{"a created and a deleted event of one month cancel in the month only",
			[]ev{{"country:syl", "country:fre", "2031-03-01", 1}, {"country:syl", "org:harbor", "2031-03-02", -1}},
			"Country: [map[id:country:fre md:[1] mk:[2031-03] pd:[1] pk:[country:syl]] " +
				"map[id:country:syl md:[] mk:[] pd:[1 -1] pk:[country:fre org:harbor]]] " +
				"Organisation: [map[id:org:harbor md:[-1] mk:[2031-03] pd:[-1] pk:[country:syl]]]"},
		{"changes that cancel out are not sent",
			[]ev{{"country:syl", "country:fre", "2031-03-01", 1}, {"country:fre", "country:syl", "2031-03-01", -1}},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := statsDelta{}
			var list []any
			for _, e := range tt.events {
				list = append(list, []any{e.from, e.to, e.date, e.d})
			}
			s.addDeltas(list)
			rows := s.rows()
			got := ""
			for _, l := range schema.NodeLabels {
				if len(rows[l]) > 0 {
					if got != "" {
						got += " "
					}
					got += fmt.Sprintf("%s: %v", l, rows[l])
				}
			}
			if got != tt.want {
				t.Errorf("rows\ngot  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestCountEvents checks the counters counted from edges, as the bulk path
// writes them: negated events and facts do not count, an event without a
// modality does, a self-loop counts once.
func TestCountEvents(t *testing.T) {
	type edge struct {
		t              schema.RelType
		from, to, date string
		modality       any
	}
	tests := []struct {
		name  string
		edges []edge
		want  map[string]string
	}{
		{"asserted, reported and planned count; negated does not",
			[]edge{{schema.MetWith, "country:fre", "country:syl", "2031-03-01", "asserted"},
				{schema.Accused, "country:syl", "country:fre", "2031-03-05", "reported"},
				{schema.Visited, "country:syl", "city:port-nova@fre", "2031-05-01", "planned"},
				{schema.Bombed, "country:syl", "city:port-nova@fre", "2031-05-02", "negated"}},
			map[string]string{
				"country:fre":        "map[event_counts:[2] event_months:[2031-03] event_total:2 partner_counts:[2] partner_ids:[country:syl] partner_total:1]",
				"country:syl":        "map[event_counts:[2 1] event_months:[2031-03 2031-05] event_total:3 partner_counts:[1 2] partner_ids:[city:port-nova@fre country:fre] partner_total:2]",
				"city:port-nova@fre": "map[event_counts:[1] event_months:[2031-05] event_total:1 partner_counts:[1] partner_ids:[country:syl] partner_total:1]"}},
		{"facts do not count, an event without modality does",
			[]edge{{schema.OfficialOf, "person:mira-okafor", "country:syl", "", nil},
				{schema.Urged, "person:mira-okafor", "country:fre", "2031-01-31", nil}},
			map[string]string{
				"person:mira-okafor": "map[event_counts:[1] event_months:[2031-01] event_total:1 partner_counts:[1] partner_ids:[country:fre] partner_total:1]",
				"country:fre":        "map[event_counts:[1] event_months:[2031-01] event_total:1 partner_counts:[1] partner_ids:[person:mira-okafor] partner_total:1]"}},
		{"a self-loop counts once",
			[]edge{{schema.Criticized, "country:syl", "country:syl", "2031-02-01", "asserted"}},
			map[string]string{"country:syl": "map[event_counts:[1] event_months:[2031-02] event_total:1 partner_counts:[1] partner_ids:[country:syl] partner_total:1]"}},
		{"only negated events: no counters",
			[]edge{{schema.Bombed, "country:syl", "city:port-nova@fre", "2031-05-02", "negated"}},
			map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := countEvents(func(yield func(t schema.RelType, from, to, date string, modality any) bool) {
				for _, e := range tt.edges {
					if !yield(e.t, e.from, e.to, e.date, e.modality) {
						return
					}
				}
			})
			if len(got) != len(tt.want) {
				t.Errorf("counted %d nodes, want %d: %v", len(got), len(tt.want), got)
			}
			for id, want := range tt.want {
				if got[id] == nil {
					t.Errorf("%s: no counters, want %s", id, want)
					continue
				}
				if s := fmt.Sprint(got[id].properties()); s != want {
					t.Errorf("%s:\ngot  %s\nwant %s", id, s, want)
				}
			}
		})
	}
	if p := (counters{months: map[string]int{"2031-01": 0}}).properties(); p["event_months"] != nil {
		t.Errorf("counters of no event give %v, want no properties", p)
	}
}

// TestBulkCounters checks that the bulk path gives the nodes the counters
// of their final edges: an event that a second article denies keeps the
// stronger modality and counts; one only denied does not. With every fold spilled to runs (SpillTo), the counters are the same.
func TestBulkCounters(t *testing.T) {
	for _, spill := range []bool{false, true} {
		t.Run(fmt.Sprintf("spill=%v", spill), func(t *testing.T) { bulkCounters(t, spill) })
	}
}

func bulkCounters(t *testing.T, spill bool) {
	c := &bulkCapture{nodes: map[string]map[string]any{}, official: map[string]bool{}, edges: map[string]map[string]any{}}
	b := NewBulk(c)
	if spill {
		b.SpillTo(t.TempDir(), 1)
	}
	stories := []*story{
		newStory("a", "2031-03-02", "sha-a").sylvania().edge(met("2031-03-01", "asserted", "Okafor met Freedonian envoys.")),
		newStory("b", "2031-03-03", "sha-b").sylvania().edge(met("2031-03-01", "negated", "Freedonia denied it.")),
		newStory("c", "2031-04-03", "sha-c").sylvania().edge(met("2031-04-01", "negated", "Okafor did not meet them.")),
	}
	for _, s := range stories {
		if err := b.Add(s.g); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	got := c.nodes["person:mira-okafor"]
	if fmt.Sprint(got["event_months"], got["event_counts"], got["partner_ids"], got["partner_counts"]) !=
		"[2031-03] [1] [country:fre] [1]" {
		t.Errorf("Okafor's counters %v %v %v %v, want the March meeting only",
			got["event_months"], got["event_counts"], got["partner_ids"], got["partner_counts"])
	}
	if syl := c.nodes["country:syl"]; syl["event_months"] != nil {
		t.Errorf("Sylvania has no event but counters %v", syl["event_months"])
	}
}

// TestCounters checks the counters ingest keeps on the real Neo4j against
// values worked out by hand, through an update that denies an event and a
// retraction, and against a count from the edges after each step.
func TestCounters(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 2)
	ns := namespace(t, d)
	a := newStory("a", "2031-03-02", "sha-a1").sylvania().
		edge(met("2031-03-01", "asserted", "Okafor met Freedonian envoys.")).
		edge(met("2031-04-01", "asserted", "Okafor met Freedonian envoys again.")).
		edge(Edge{Type: schema.Criticized, From: "country:syl", To: "country:syl", Date: "2031-04-02",
			Modality: schema.Asserted, Evidence: []string{"Sylvania criticised its own envoys."}})
	b := newStory("b", "2031-04-05", "sha-b").sylvania().
		edge(Edge{Type: schema.Accused, From: "country:fre", To: "person:mira-okafor", Date: "2031-04-03",
			Modality: schema.Reported, Evidence: []string{"Freedonia accused Okafor."}})
	load(t, w, ns, false, []*story{a, b})
	counters := func(id string) string {
		rows := query(t, d, `MATCH (n {id: $id}) RETURN n.event_months AS mk, n.event_counts AS mc, n.partner_ids AS pk, n.partner_counts AS pc`,
			map[string]any{"id": nsID(ns, id)})
		if len(rows) != 1 {
			t.Fatalf("%s: %d nodes", id, len(rows))
		}
		r := rows[0]
		return fmt.Sprint(r["mk"], r["mc"], r["pk"], r["pc"])
	}
	fre, syl := nsID(ns, "country:fre"), nsID(ns, "country:syl")
	steps := []struct {
		name string
		do   func()
		want map[string]string
	}{
		{"loaded", func() {}, map[string]string{
			"person:mira-okafor": fmt.Sprintf("[2031-03 2031-04] [1 2] [%s] [3]", fre),
			"country:syl":        fmt.Sprintf("[2031-04] [1] [%s] [1]", syl),
			"country:fre":        fmt.Sprintf("[2031-03 2031-04] [1 2] [%s] [3]", nsID(ns, "person:mira-okafor"))}},
		{"the April meeting denied", func() {
			a2 := newStory("a", "2031-03-02", "sha-a2").sylvania().
				edge(met("2031-03-01", "asserted", "Okafor met Freedonian envoys.")).
				edge(met("2031-04-01", "negated", "Okafor denied meeting them again.")).
				edge(Edge{Type: schema.Criticized, From: "country:syl", To: "country:syl", Date: "2031-04-02",
					Modality: schema.Asserted, Evidence: []string{"Sylvania criticised its own envoys."}})
			load(t, w, ns, false, []*story{a2})
		}, map[string]string{
			"person:mira-okafor": fmt.Sprintf("[2031-03 2031-04] [1 1] [%s] [2]", fre),
			"country:syl":        fmt.Sprintf("[2031-04] [1] [%s] [1]", syl)}},
		{"the accusation retracted", func() {
			if _, _, err := w.Retract(context.Background(), []string{nsID(ns, b.id())}); err != nil {
				t.Fatal(err)
			}
		}, map[string]string{
			"person:mira-okafor": fmt.Sprintf("[2031-03] [1] [%s] [1]", fre),
			"country:fre":        fmt.Sprintf("[2031-03] [1] [%s] [1]", nsID(ns, "person:mira-okafor"))}},
	}
	for _, st := range steps {
		st.do()
		for id, want := range st.want {
			if got := counters(id); got != want {
				t.Errorf("%s: counters of %s = %s, want %s", st.name, id, got, want)
			}
		}
		checkCounters(t, d, ns)
	}
}

// TestCountersOfOlderLoads checks a graph an older actorgraph wrote, without
// counters: a write counts a node it touches from all its edges, and
// ApplySchema gives the others theirs.
func TestCountersOfOlderLoads(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 10)
	ns := namespace(t, d)
	var stories []*story
	for _, c := range updateCases {
		stories = append(stories, c.v1()...)
	}
	load(t, w, ns, true, stories)
	strip := `MATCH (n) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-'
REMOVE n.event_months, n.event_counts, n.event_total, n.partner_total, n.partner_ids, n.partner_counts`
	query(t, d, strip, map[string]any{"ns": ns})
	if diff, _ := testdb.CounterDiff(t, d, ns); diff == "" {
		t.Fatal("stripped counters equal the edges: the test checks nothing")
	}
	// A new article naming Okafor and Freedonia: both are counted whole.
	load(t, w, ns, true, []*story{newStory("new", "2031-09-02", "sha-new").sylvania().
		edge(met("2031-09-01", "asserted", "Okafor met Freedonian envoys in September."))})
	diff, _ := testdb.CounterDiff(t, d, ns)
	for _, id := range []string{"person:mira-okafor", "country:fre"} {
		if strings.Contains(diff, nsID(ns, id)+":") {
			t.Errorf("a write over the stripped counters of %s did not count all its edges:\n%s", id, diff)
		}
	}
	if !strings.Contains(diff, nsID(ns, "country:syl")+":") {
		t.Errorf("Sylvania, untouched by the write, has its counters back before ApplySchema:\n%s", diff)
	}
	if err := w.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	if checkCounters(t, d, ns) < 3 {
		t.Error("fewer than three nodes have counters after ApplySchema")
	}
}

// TestPartnerCapMatches: the count the tests make from the edges lists the
// partners up to the same number as the loader.
func TestPartnerCapMatches(t *testing.T) {
	if partnerCap != testdb.PartnerCap {
		t.Errorf("graph lists %d partners, testdb.CounterDiff %d", partnerCap, testdb.PartnerCap)
	}
}

// TestPartnerCap checks a node with more partners than the cap (lowered to
// two here) on the real Neo4j: it keeps their number only, exact through
// events with a partner it has (no change), a denial that takes a partner
// away (back to two: the list is counted again), a new partner and a
// retraction that leaves a partner with fewer events.
func TestPartnerCap(t *testing.T) {
	defer func(c int) { partnerCap, testdb.PartnerCap = c, c }(partnerCap)
	partnerCap, testdb.PartnerCap = 2, 2
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 10)
	ns := namespace(t, d)
	harbor := func(s *story) *story {
		return s.node("org:harbor-institute", schema.Organisation, "Harbor Policy Institute", false)
	}
	accused := func(date, modality string) Edge {
		return Edge{Type: schema.Accused, From: "person:mira-okafor", To: "org:harbor-institute", Date: date,
			Modality: schema.Modality(modality), Evidence: []string{"Okafor accused the institute."}}
	}
	urged := Edge{Type: schema.Urged, From: "person:mira-okafor", To: "country:syl", Date: "2031-03-02",
		Modality: schema.Asserted, Evidence: []string{"Okafor urged Sylvania."}}
	a := func(sha, modality string) *story {
		return harbor(newStory("a", "2031-03-05", sha).sylvania()).edge(met("2031-03-01", "asserted", "Okafor met Freedonians.")).
			edge(urged).edge(accused("2031-03-03", modality))
	}
	b := newStory("b", "2031-04-05", "sha-b").sylvania().edge(met("2031-04-01", "asserted", "Okafor met Freedonians again."))
	c := harbor(newStory("c", "2031-05-05", "sha-c").sylvania()).edge(accused("2031-05-01", "asserted"))
	okafor := func() string {
		rows := query(t, d, `MATCH (n:Person {id: $id}) RETURN n.partner_total AS pt, n.partner_ids AS pk, n.partner_counts AS pc`,
			map[string]any{"id": nsID(ns, "person:mira-okafor")})
		if len(rows) != 1 {
			t.Fatalf("%d Okafor nodes", len(rows))
		}
		return fmt.Sprint(rows[0]["pt"], rows[0]["pk"], rows[0]["pc"])
	}
	fre, syl := nsID(ns, "country:fre"), nsID(ns, "country:syl")
	steps := []struct {
		name string
		do   func()
		want string
	}{
		{"three partners", func() { load(t, w, ns, false, []*story{a("sha-a1", "asserted")}) }, "3 <nil> <nil>"},
		{"another meeting with Freedonia", func() { load(t, w, ns, false, []*story{b}) }, "3 <nil> <nil>"},
		{"the accusation denied", func() { load(t, w, ns, false, []*story{a("sha-a2", "negated")}) },
			fmt.Sprintf("2 [%s %s] [2 1]", fre, syl)},
		{"a new accusation", func() { load(t, w, ns, false, []*story{c}) }, "3 <nil> <nil>"},
		{"the second meeting retracted", func() {
			if _, _, err := w.Retract(context.Background(), []string{nsID(ns, b.id())}); err != nil {
				t.Fatal(err)
			}
		}, "3 <nil> <nil>"},
		{"the new accusation retracted", func() {
			if _, _, err := w.Retract(context.Background(), []string{nsID(ns, c.id())}); err != nil {
				t.Fatal(err)
			}
		}, fmt.Sprintf("2 [%s %s] [1 1]", fre, syl)},
	}
	for _, st := range steps {
		st.do()
		if got := okafor(); got != st.want {
			t.Errorf("%s: Okafor's partners %s, want %s", st.name, got, st.want)
		}
		checkCounters(t, d, ns)
	}
}
