package queries

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

// oldSharedHistory is shared-history before it read only the side with
// fewer events: the path from both actors through every pair of members.
const oldSharedHistory = `CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
MATCH p = (x)<-[:OFFICIAL_OF|PART_OF*0..3]-(x2)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(y2)-[:OFFICIAL_OF|PART_OF*0..3]->(y)
WHERE r.cameo IS NOT NULL
  AND r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
RETURN p
ORDER BY r.date, length(p), type(r)
LIMIT $limit
`

// TestSharedHistoryEqualsOld: for pairs of the hub, its officials, a body,
// an alias, names in other case and an unknown name, over whole and narrow
// dates, with min_sources 2 and limits that cut, shared-history draws the
// paths of its old text (rows equal by date, length and type, as sets
// within each of those, except the last run a limit cuts).
func TestSharedHistoryEqualsOld(t *testing.T) {
	d := testDriver(t)
	ns := namedGraph(t, d)
	sorted := func(cypher string) string {
		return strings.Replace(cypher, "RETURN p\n", "RETURN p, r.date AS date, length(p) AS len, type(r) AS type\n", 1)
	}
	q, err := Get("shared-history")
	if err != nil {
		t.Fatal(err)
	}
	if sorted(q.Cypher) == q.Cypher || sorted(oldSharedHistory) == oldSharedHistory {
		t.Fatal("shared-history no longer ends with RETURN p: update the test")
	}
	pairs := [][2]string{
		{"Sylvania", "Freedonia"}, {"Freedonia", "Sylvania"}, {"sylvanian republic", "Ruritania"},
		{"Mira Okafor", "Freedonia"}, {"Sylvania", "Lio Brand"}, {"Port Alder", "Sylvania"},
		{"Freedonia", "Ruritania"}, {"Mira Okafor", "Lio Brand"}, {"Sylvania", "Nobody"},
		{"Sylvania", "Mira Okafor"}, {"Mira Okafor", "Sylvania"}, {"Port Alder", "Freedonia"},
	}
	dates := []map[string]string{
		{"from": "2088-01-01", "to": "2089-12-31", "limit": "1000"},
		{"from": "2088-03-01", "to": "2088-03-31", "limit": "1000"},
		{"from": "2088-06-15", "to": "2088-06-15", "limit": "1000"},
		{"from": "2088-01-01", "to": "2089-12-31", "min_sources": "2", "limit": "1000"},
		{"from": "2088-01-01", "to": "2089-12-31", "limit": "7"},
		{"from": "2088-01-01", "to": "2089-12-31", "limit": "1"},
		{},
	}
	compared := 0
	for _, pair := range pairs {
		for _, ds := range dates {
			params := map[string]string{"a": pair[0] + " " + ns, "b": pair[1] + " " + ns}
			for k, v := range ds {
				params[k] = v
			}
			bound, err := q.Bind(params)
			if err != nil {
				t.Fatal(err)
			}
			keys := []string{"date", "len", "type"}
			want := namedRows(t, d, sorted(oldSharedHistory), bound, keys)
			compared += len(want)
			got := namedRows(t, d, sorted(q.Cypher), bound, keys)
			if msg := sameRows(got, want, fmt.Sprint(bound["limit"])); msg != "" {
				t.Errorf("%v: %s", params, msg)
			}
		}
	}
	if compared < 1000 {
		t.Errorf("the old query drew %d paths in all: the test compares little", compared)
	}
}

// sharedHistoryWithLists is shared-history before it stopped keeping lists
// of a side's members and of all its events: every row its last sort held
// carried them.
const sharedHistoryWithLists = `CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
CALL {
  WITH x MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(x) WITH DISTINCT m
  RETURN collect(m) AS xs, sum(coalesce(m.event_total, 0)) AS xe
}
CALL {
  WITH y MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(y) WITH DISTINCT m
  RETURN sum(coalesce(m.event_total, 0)) AS ye, collect(m) AS ys
}
WITH x, y, CASE WHEN xe <= ye THEN xs ELSE ys END AS side, CASE WHEN xe <= ye THEN x ELSE y END AS own,
     CASE WHEN xe <= ye THEN y ELSE x END AS other
UNWIND side AS m
MATCH (m)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
WHERE r.cameo IS NOT NULL
  AND r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND (EXISTS { (o)-[:OFFICIAL_OF|PART_OF*0..3]->(other) }
       OR EXISTS { (m)-[:OFFICIAL_OF|PART_OF*0..3]->(other) } AND EXISTS { (o)-[:OFFICIAL_OF|PART_OF*0..3]->(own) })
WITH DISTINCT x, y, r
ORDER BY r.date
WITH x, y, collect(r) AS rs
WITH x, y, rs, CASE WHEN size(rs) > $limit THEN rs[$limit - 1].date END AS last
UNWIND rs AS r
WITH x, y, r WHERE last IS NULL OR r.date <= last
WITH elementId(x) AS xid, elementId(y) AS yid, r
UNWIND [[startNode(r), endNode(r)], [endNode(r), startNode(r)]] AS ends
WITH DISTINCT xid, yid, r, ends[0] AS x2, ends[1] AS y2
MATCH p = (xx)<-[:OFFICIAL_OF|PART_OF*0..3]-(x2)-[r]-(y2)-[:OFFICIAL_OF|PART_OF*0..3]->(yy)
WHERE elementId(xx) + '' = xid AND elementId(yy) + '' = yid
RETURN p
ORDER BY r.date, length(p), type(r)
LIMIT $limit
`

// TestSharedHistoryBigSides: between two states of 1,500 officials each,
// who met 3,000 times, shared-history draws its 200 paths within 10 MB of
// operator memory, where the text that kept lists of the members and
// events in every row runs out of it.
func TestSharedHistoryBigSides(t *testing.T) {
	d := testDriver(t)
	ns := testdb.Namespace(t, d, "big")
	id := func(s string) string { return nsID(ns, s) }
	const members, events = 1500, 3000
	g := graph.New()
	for _, c := range []string{"syl", "fre"} {
		g.AddNode(graph.Node{ID: id("country:" + c), Label: schema.Country, Name: "Big " + c + " " + ns})
	}
	for i := range events {
		art := id(fmt.Sprintf("article:big%d", i/100))
		if i%100 == 0 {
			g.AddArticle(graph.Article{ID: art, Title: "Story", Published: "2090-01-01", ContentSHA256: art})
		}
		a, b := id(fmt.Sprintf("person:s%d", i%members)), id(fmt.Sprintf("person:f%d", (i*7)%members))
		if i < members {
			g.AddNode(graph.Node{ID: a, Label: schema.Person, Name: fmt.Sprintf("Sam Syl%d", i), Official: true})
			g.AddNode(graph.Node{ID: b, Label: schema.Person, Name: fmt.Sprintf("Fay Fre%d", i), Official: true})
			g.AddEdge(graph.Edge{Type: schema.OfficialOf, From: a, To: id("country:syl"), Articles: []string{art}, Confidence: 0.8, Rules: []string{"gen"}})
			g.AddEdge(graph.Edge{Type: schema.OfficialOf, From: id(fmt.Sprintf("person:f%d", i)), To: id("country:fre"), Articles: []string{art}, Confidence: 0.8, Rules: []string{"gen"}})
		}
		g.AddEdge(graph.Edge{Type: schema.MetWith, From: a, To: b, Date: time.Date(2090, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/2).Format(time.DateOnly),
			Modality: schema.Asserted, Articles: []string{art}, Confidence: 0.8, Rules: []string{"gen"}, Evidence: []string{fmt.Sprintf("Meeting %d.", i)}})
	}
	if _, err := graph.NewWriter(d, testdb.Get(t).Database, 1000).Write(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	q, err := Get("shared-history")
	if err != nil {
		t.Fatal(err)
	}
	bound, err := q.Bind(map[string]string{"a": "Big syl " + ns, "b": "Big fre " + ns})
	if err != nil {
		t.Fatal(err)
	}
	// The memory the query's operators held at the most (PROFILE's
	// GlobalMemory): a server with 256 MB for all transactions, as the
	// local one, refused the old text on the long-tail graph (1.3 MB a row).
	run := func(cypher string) (rows int, memory int64) {
		res, err := neo4j.ExecuteQuery(context.Background(), d, "PROFILE "+cypher, bound, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(testdb.Get(t).Database))
		if err != nil {
			t.Fatalf("PROFILE: %v", err)
		}
		m, _ := res.Summary.Profile().Arguments()["GlobalMemory"].(int64)
		return len(res.Records), m
	}
	const budget = 10 << 20
	_, old := run(sharedHistoryWithLists)
	n, m := run(q.Cypher)
	t.Logf("GlobalMemory: %d bytes with lists, %d now", old, m)
	if old <= budget {
		t.Errorf("the text with lists in its rows held %d bytes, want more than %d: the graph is too small to tell", old, budget)
	}
	if n != 200 || m == 0 || m > budget {
		t.Errorf("shared-history = %d paths holding %d bytes; want 200 within %d", n, m, budget)
	}
}
