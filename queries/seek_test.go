package queries

// Integration tests of the two ways of neighbourhood and timeline: a hub's
// first events read through the date indexes (the days its event counters
// say hold $limit of its events) and every event of the actor. Every edge of
// the graph has two articles, so that min_sources 2 (which the counters
// cannot answer) gives the same rows by the second way.

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// seekGraph writes, in a fresh namespace and in the year 2093 (no other
// test data has events then): Sylvania urged Freedonia every day from
// January 1 to April 30 (120 times); Mira Okafor, an official of Sylvania, met
// Ruritania every fifth day from January 2 (20 times); Ruritania accused the
// Harbor Policy Institute, a body of Sylvania, every seventh day from
// January 10 (10 times); on February 1 Sylvania criticised Ruritania and
// sanctioned Carpania and Freedonia threatened Sylvania; Sylvania did not
// bomb Ruritania on January 3; Sylvania urged Freedonia once more in 2097.
// In June Mira Okafor visited Nova Tessa (June 5) and Sylvania criticised
// Ruritania three times (June 10, 20 and 30). Sylvania urged Carpania
// every day of 2095 (365 times). Nova Tessa lies in Sylvania. It returns
// the namespace.
func seekGraph(t *testing.T, d neo4j.DriverWithContext) string {
	t.Helper()
	ns := testdb.Namespace(t, d, "s")
	id := func(s string) string { return nsID(ns, s) }
	g := graph.New()
	node := func(i string, l schema.Label, n string) {
		g.AddNode(graph.Node{ID: id(i), Label: l, Name: n + " " + ns, Official: l == schema.Person})
	}
	node("country:syl", schema.Country, "Sylvania")
	node("country:fre", schema.Country, "Freedonia")
	node("country:rur", schema.Country, "Ruritania")
	node("country:car", schema.Country, "Carpania")
	node("org:harbor", schema.Organisation, "Harbor Policy Institute")
	node("person:okafor", schema.Person, "Mira Okafor")
	node("city:nova-tessa@xxx", schema.City, "Nova Tessa")
	day0 := time.Date(2093, 1, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	edge := func(rt schema.RelType, from, to string, day int, m schema.Modality) {
		n++
		e := graph.Edge{Type: rt, From: id(from), To: id(to), Modality: m, Confidence: 0.8, Rules: []string{"test"},
			Articles: []string{id(fmt.Sprintf("article:e%da", n)), id(fmt.Sprintf("article:e%db", n))},
			Evidence: []string{fmt.Sprintf("%s %s %s (%d).", from, rt, to, n)}}
		if !rt.Structural() {
			e.Date = day0.AddDate(0, 0, day).Format(time.DateOnly)
		}
		g.AddEdge(e)
	}
	for i := range 120 {
		edge(schema.Urged, "country:syl", "country:fre", i, schema.Asserted)
	}
	for i := range 20 {
		edge(schema.MetWith, "person:okafor", "country:rur", 1+5*i, schema.Asserted)
	}
	for i := range 10 {
		edge(schema.Accused, "country:rur", "org:harbor", 9+7*i, schema.Planned)
	}
	edge(schema.Criticized, "country:syl", "country:rur", 31, schema.Asserted)
	edge(schema.Sanctioned, "country:syl", "country:car", 31, schema.Asserted)
	edge(schema.Threatened, "country:fre", "country:syl", 31, schema.Asserted)
	edge(schema.Bombed, "country:syl", "country:rur", 2, schema.Negated)
	edge(schema.Visited, "person:okafor", "city:nova-tessa@xxx", 155, schema.Asserted)
	for _, day := range []int{160, 170, 180} {
		edge(schema.Criticized, "country:syl", "country:rur", day, schema.Asserted)
	}
	edge(schema.Urged, "country:syl", "country:fre", 4*365+150, schema.Asserted)
	for i := range 365 {
		edge(schema.Urged, "country:syl", "country:car", 2*365+i, schema.Asserted)
	}
	edge(schema.OfficialOf, "person:okafor", "country:syl", 0, "")
	edge(schema.PartOf, "org:harbor", "country:syl", 0, "")
	edge(schema.LocatedIn, "city:nova-tessa@xxx", "country:syl", 0, "")
	if _, err := graph.NewWriter(d, testdb.Get(t).Database, 500).Write(context.Background(), g); err != nil {
		t.Fatalf("load the seek graph: %v", err)
	}
	return ns
}

// TestHubFirstEventsBySeek: for each parameter set, neighbourhood and
// timeline give the same rows with min_sources 1 as with min_sources 2
// (every edge has two articles); where the counters say the first days
// hold $limit of the hub's events and those days hold fewer events than
// the hub, the first way reads them (PROFILE: the events of the days are
// unwound), else the second.
func TestHubFirstEventsBySeek(t *testing.T) {
	d := testDriver(t)
	ns := seekGraph(t, d)
	for _, tt := range []struct {
		query  string
		params map[string]string
		seek   bool
		rows   int
	}{
		// Sylvania has 492 events, so the first way serves limits up to 16.
		{"neighbourhood", map[string]string{"from": "2093-05-15", "limit": "3"}, true, 3}, // the 3rd on the last day of June
		{"timeline", map[string]string{"from": "2093-05-15", "limit": "3"}, true, 3},      // Mira Okafor's visit first
		{"neighbourhood", map[string]string{"limit": "4"}, true, 4},
		{"neighbourhood", map[string]string{"from": "2093-01-29", "limit": "4"}, true, 4}, // cut inside the ties of February 1
		{"neighbourhood", map[string]string{"limit": "1"}, false, 1},                      // January holds 43 events, more than 30
		{"neighbourhood", map[string]string{"limit": "16"}, true, 16},
		{"neighbourhood", map[string]string{"limit": "17"}, false, 17},                           // 492 events are fewer than 30 * 17
		{"neighbourhood", map[string]string{"from": "2093-02-01", "to": "2093-02-01"}, false, 7}, // roles drawn
		{"neighbourhood", map[string]string{"from": "2093-04-15"}, false, 100},
		{"neighbourhood", map[string]string{}, false, 100},
		{"timeline", map[string]string{"from": "2093-01-01", "limit": "4"}, true, 4}, // (from 1900 on, the events of other tests)
		{"timeline", map[string]string{"from": "2093-01-29", "limit": "4"}, true, 4},
		{"timeline", map[string]string{"from": "2093-03-01", "to": "2093-03-31", "limit": "4"}, true, 4},
		{"timeline", map[string]string{"from": "2093-03-10", "to": "2093-04-20", "limit": "3"}, false, 3}, // no whole month
		{"timeline", map[string]string{"from": "2093-01-01", "limit": "16"}, true, 16},
		{"timeline", map[string]string{"from": "2093-01-01", "limit": "17"}, false, 17},
		{"timeline", map[string]string{}, false, 200},
	} {
		name := fmt.Sprintf("%s %v", tt.query, tt.params)
		t.Run(name, func(t *testing.T) {
			params := map[string]string{"name": "sylvania " + ns}
			for k, v := range tt.params {
				params[k] = v
			}
			got := rows(t, d, ns, tt.query, params)
			params["min_sources"] = "2"
			want := rows(t, d, ns, tt.query, params)
			if !slices.Equal(got, want) {
				t.Errorf("min_sources 1 gives\n%s\nmin_sources 2 gives\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if len(got) != tt.rows {
				t.Errorf("%d rows, want %d:\n%s", len(got), tt.rows, strings.Join(got, "\n"))
			}
			delete(params, "min_sources")
			if seek := seeks(t, d, tt.query, params); seek != tt.seek {
				t.Errorf("read the days through the date indexes: %v, want %v", seek, tt.seek)
			}
		})
	}
	// The first rows in order, ties of a date sorted by type and name.
	got := rows(t, d, ns, "neighbourhood", map[string]string{"name": "Sylvania " + ns, "from": "2093-01-29", "limit": "5"})
	want := []string{
		"p=Sylvania -[URGED]-> Freedonia",
		"p=Sylvania -[URGED]-> Freedonia",
		"p=Sylvania -[URGED]-> Freedonia",
		"p=Sylvania -[CRITICIZED]-> Ruritania",
		"p=Sylvania -[SANCTIONED]-> Carpania",
	}
	if !slices.Equal(got, want) {
		t.Errorf("neighbourhood from January 29\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// seeks tells whether a run of query read the events of the first days
// through the date indexes: its plan unwinds them into rows.
func seeks(t *testing.T, d neo4j.DriverWithContext, query string, params map[string]string) bool {
	t.Helper()
	q, err := Get(query)
	if err != nil {
		t.Fatal(err)
	}
	bound, err := q.Bind(params)
	if err != nil {
		t.Fatal(err)
	}
	plan, _ := profile(t, d, q.Cypher, bound)
	seek := false
	walkPlan(plan, func(p neo4j.ProfiledPlan) {
		if details, _ := p.Arguments()["Details"].(string); strings.HasPrefix(p.Operator(), "Unwind") &&
			details == "day AS r" && p.Records() > 0 {
			seek = true
		}
	})
	return seek
}
