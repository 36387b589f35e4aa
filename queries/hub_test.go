package queries

// Integration tests of the queries that search paths (chain, path) and of
// attacked-places on small hub-shaped graphs: a few actors joined by many
// parallel events and named together by many articles, the shape of a feed
// at scale. They check the answers and that the work of the queries does not
// grow with the MENTIONS of the articles (a shortest path through Articles,
// filtered out afterwards, made chain search every path of up to 15 hops).

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// hubParallel is the number of parallel events (same pair, type and
// direction, other dates) on each link of the hub graph.
const hubParallel = 30

// hubGraph is a hub-shaped graph in a namespace: Sylvania urged Freedonia
// hubParallel times and Freedonia criticised Ruritania as often (one article
// each); a chain of three links with two sources each (Sylvania accused
// Carpania, which supported the Harbor Policy Institute, which threatened
// Ruritania); a denied meeting of Sylvania and Ruritania; Mira Okafor, an
// official of Freedonia, met Ruritania and criticised Freedonia. Borduria is named by the same
// articles as Sylvania and Ruritania but takes part in no event.
type hubGraph struct {
	ns      string
	id      func(string) string
	name    func(string) string
	written int // articles written so far
}

func newHubGraph(t *testing.T, d neo4j.DriverWithContext) *hubGraph {
	t.Helper()
	h := &hubGraph{ns: testdb.Namespace(t, d, "h")}
	h.id = func(s string) string { return nsID(h.ns, s) }
	h.name = func(s string) string { return s + " " + h.ns }
	g := graph.New()
	node := func(i string, l schema.Label, n string) {
		g.AddNode(graph.Node{ID: h.id(i), Label: l, Name: h.name(n), Official: l == schema.Person})
	}
	node("country:syl", schema.Country, "Sylvania")
	node("country:fre", schema.Country, "Freedonia")
	node("country:rur", schema.Country, "Ruritania")
	node("country:car", schema.Country, "Carpania")
	node("country:bor", schema.Country, "Borduria")
	node("org:harbor", schema.Organisation, "Harbor Policy Institute")
	node("person:okafor", schema.Person, "Mira Okafor")
	day0 := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	edge := func(rt schema.RelType, from, to string, day int, m schema.Modality, arts ...string) {
		var ids []string
		for _, a := range arts {
			ids = append(ids, h.id(a))
		}
		g.AddEdge(graph.Edge{Type: rt, From: h.id(from), To: h.id(to), Date: day0.AddDate(0, 0, day).Format(time.DateOnly),
			Modality: m, Confidence: 0.8, Articles: ids, Rules: []string{"test"},
			Evidence: []string{fmt.Sprintf("%s %s %s on day %d.", from, rt, to, day)}})
	}
	for i := range hubParallel {
		edge(schema.Urged, "country:syl", "country:fre", i, schema.Asserted, fmt.Sprintf("article:u%d", i))
		edge(schema.Criticized, "country:fre", "country:rur", i, schema.Asserted, fmt.Sprintf("article:c%d", i))
	}
	edge(schema.MetWith, "country:rur", "country:syl", 1, schema.Negated, "article:n1")
	edge(schema.Accused, "country:syl", "country:car", 2, schema.Asserted, "article:s1", "article:s2")
	edge(schema.Supported, "country:car", "org:harbor", 3, schema.Asserted, "article:s1", "article:s3")
	edge(schema.Threatened, "org:harbor", "country:rur", 4, schema.Asserted, "article:s2", "article:s3")
	edge(schema.MetWith, "person:okafor", "country:rur", 5, schema.Asserted, "article:m1")
	edge(schema.Criticized, "person:okafor", "country:fre", 6, schema.Asserted, "article:m2")
	g.AddEdge(graph.Edge{Type: schema.OfficialOf, From: h.id("person:okafor"), To: h.id("country:fre"),
		Articles: []string{h.id("article:m1")}, Confidence: 0.9, Rules: []string{"test"}, Evidence: []string{"Freedonia's envoy Mira Okafor"}})
	if _, err := graph.NewWriter(d, testdb.Get(t).Database, 500).Write(context.Background(), g); err != nil {
		t.Fatalf("load hub graph: %v", err)
	}
	return h
}

// addArticles writes n more articles, each naming Sylvania, Freedonia,
// Ruritania and Borduria and reporting no event.
func (h *hubGraph) addArticles(t *testing.T, d neo4j.DriverWithContext, n int) {
	t.Helper()
	var gs []*graph.Graph
	for i := h.written; i < h.written+n; i++ {
		g := graph.New()
		art := h.id(fmt.Sprintf("article:mention%d", i))
		g.AddArticle(graph.Article{ID: art, Title: h.name(fmt.Sprintf("Story %d", i)), Published: "2031-02-01"})
		for _, c := range []string{"syl", "fre", "rur", "bor"} {
			g.AddEdge(graph.Edge{Type: schema.Mentions, From: art, To: h.id("country:" + c), Count: 1})
		}
		gs = append(gs, g)
	}
	if _, err := graph.NewWriter(d, testdb.Get(t).Database, 500).Write(context.Background(), gs...); err != nil {
		t.Fatalf("load articles: %v", err)
	}
	h.written += n
}

// TestAttackedPlacesCountsSources: the sources of a place are the distinct
// articles of its events' samples, at least those of its best-supported
// event; negated events do not count. On a place with thousands of events
// of distinct articles, the count takes well under the time limit.
func TestAttackedPlacesCountsSources(t *testing.T) {
	d := testDriver(t)
	h := newHubGraph(t, d)
	ctx := context.Background()
	db := testdb.Get(t).Database
	_, err := neo4j.ExecuteQuery(ctx, d, fmt.Sprintf(`
MERGE (c:%s {id: $town}) SET c.name = $tname, c.name_keys = [toLower($tname)]
MERGE (f:%s {id: $fort}) SET f.name = $fname, f.name_keys = [toLower($fname)]
WITH c, f
MATCH (s {id: $syl}), (o {id: $harbor})
CREATE (s)-[:%s {date: date('2031-03-01'), modality: 'asserted', cameo: '19', articles: [$a1, $a2], sources: 2}]->(c)
CREATE (s)-[:%s {date: date('2031-03-02'), modality: 'asserted', cameo: '18', location: $town, articles: [$a2, $a3], sources: 2}]->(o)
CREATE (s)-[:%s {date: date('2031-03-03'), modality: 'negated', cameo: '19', articles: [$a4], sources: 1}]->(c)
WITH s, f
UNWIND range(1, 4000) AS i
CREATE (s)-[:%s {date: date('2031-01-01') + duration({days: i %% 300}), modality: 'asserted', cameo: '19',
  articles: [k IN range(1, 20) | $ns + '-fort-' + i + '-' + k], sources: 20}]->(f)`,
		schema.City, schema.City, schema.Bombed, schema.Attacked, schema.Bombed, schema.Bombed),
		map[string]any{"town": h.id("city:nova-tessa@xxx"), "tname": h.name("Nova Tessa"),
			"fort": h.id("city:fort-ilse@xxx"), "fname": h.name("Fort Ilse"),
			"syl": h.id("country:syl"), "harbor": h.id("org:harbor"), "ns": h.ns,
			"a1": h.id("article:t1"), "a2": h.id("article:t2"), "a3": h.id("article:t3"), "a4": h.id("article:t4")},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatalf("load strikes: %v", err)
	}
	q, err := Get("attacked-places")
	if err != nil {
		t.Fatal(err)
	}
	bound, err := q.Bind(map[string]string{"from": "2031-01-01", "to": "2031-12-31"})
	if err != nil {
		t.Fatal(err)
	}
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db, AccessMode: neo4j.AccessModeRead})
	defer s.Close(ctx)
	start := time.Now()
	res, err := s.Run(ctx, q.Cypher, bound, neo4j.WithTxTimeout(15*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		t.Fatalf("attacked-places on 4,000 strikes of 80,000 articles: %v", err)
	}
	t.Logf("attacked-places on 4,000 strikes: %.0f ms", float64(time.Since(start).Microseconds())/1000)
	var got []string
	for _, rec := range recs {
		place, _ := rec.Get("place")
		if p, _ := place.(string); strings.HasSuffix(p, h.ns) {
			events, _ := rec.Get("events")
			sources, _ := rec.Get("sources")
			got = append(got, fmt.Sprintf("%s events=%v sources=%v", strings.TrimSuffix(p, " "+h.ns), events, sources))
		}
	}
	want := "Fort Ilse events=4000 sources=80000\nNova Tessa events=2 sources=3"
	if strings.Join(got, "\n") != want {
		t.Errorf("attacked-places\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
