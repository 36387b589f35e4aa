package queries

import (
	"context"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// oldPairHistory is pair-history before it read the names of the first
// events only: it sorted every event by date and names.
const oldPairHistory = `CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
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
WITH x, y, CASE WHEN xe <= ye THEN xs ELSE ys END AS side, CASE WHEN xe <= ye THEN y ELSE x END AS other
UNWIND side AS m
MATCH (m)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
WHERE r.cameo IS NOT NULL
  AND r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND EXISTS { (o)-[:OFFICIAL_OF|PART_OF*0..3]->(other) }
WITH DISTINCT r
WITH r, CASE coalesce(r.date_precision, 'day')
          WHEN 'year' THEN toString(r.date.year)
          ELSE substring(toString(r.date), 0, 7) END AS month
ORDER BY r.date, startNode(r).name, endNode(r).name
WITH month, type(r) AS relation, r.cameo AS cameo, collect(r) AS rs
RETURN month, relation, cameo, size(rs) AS events,
       COUNT { UNWIND rs AS x UNWIND x.articles AS id RETURN DISTINCT id } AS sources,
       [x IN rs | startNode(x).name + ' - ' + endNode(x).name][0..5] AS pairs,
       rs[0].evidence[0] AS example
ORDER BY month, relation
`

// TestPairHistoryEqualsOld: for pairs of the hub, its officials, a body,
// an alias and an unknown name, over whole and narrow dates and with
// min_sources 2, pair-history gives the rows of its old text, the five
// first pairs and the example included.
func TestPairHistoryEqualsOld(t *testing.T) {
	d := testDriver(t)
	ns := namedGraph(t, d)
	tie := tiedGraph(t, d)
	q, err := Get("pair-history")
	if err != nil {
		t.Fatal(err)
	}
	pairs := [][2]string{
		{"Tie West " + tie, "Tie East " + tie}, {"Tie East " + tie, "Tie West " + tie},
		{"Sylvania", "Freedonia"}, {"Freedonia", "Sylvania"}, {"sylvanian republic", "Ruritania"},
		{"Mira Okafor", "Freedonia"}, {"Sylvania", "Lio Brand"}, {"Port Alder", "Sylvania"},
		{"Freedonia", "Ruritania"}, {"Sylvania", "Nobody"}, {"Mira Okafor", "Sylvania"},
	}
	dates := []map[string]string{
		{"from": "2088-01-01", "to": "2089-12-31"},
		{"from": "2088-03-01", "to": "2088-03-31"},
		{"from": "2088-06-15", "to": "2088-06-15"},
		{"from": "2088-01-01", "to": "2089-12-31", "min_sources": "2"},
		{},
	}
	rows := 0
	for i, pair := range pairs {
		for _, ds := range dates {
			params := map[string]string{"a": pair[0] + " " + ns, "b": pair[1] + " " + ns}
			if i < 2 { // the tied graph has its own namespace
				params = map[string]string{"a": pair[0], "b": pair[1]}
			}
			for k, v := range ds {
				params[k] = v
			}
			bound, err := q.Bind(params)
			if err != nil {
				t.Fatal(err)
			}
			want, n := runRows(t, d, oldPairHistory, bound)
			rows += n
			if got := runText(t, d, q.Cypher, bound); got != want {
				t.Errorf("pair-history %v:\ngot  %s\nwant %s", params, got, want)
			}
		}
	}
	if rows < 100 {
		t.Errorf("the old text gave %d rows in all: the test compares little", rows)
	}
	t.Logf("%d rows compared", rows)
}

// tiedGraph loads two states whose officials met twelve times in one month,
// nine of them on the same day, added in the reverse order of their names,
// so that the five first pairs of the month are cut among events of one
// date; it returns the namespace.
func tiedGraph(t *testing.T, d neo4j.DriverWithContext) string {
	t.Helper()
	ns := testdb.Namespace(t, d, "tie")
	id := func(s string) string { return nsID(ns, s) }
	g := graph.New()
	g.AddArticle(graph.Article{ID: id("article:tie"), Title: "Talks", Published: "2087-05-09", ContentSHA256: "tie"})
	g.AddNode(graph.Node{ID: id("country:wes"), Label: schema.Country, Name: "Tie West " + ns})
	g.AddNode(graph.Node{ID: id("country:eas"), Label: schema.Country, Name: "Tie East " + ns})
	for i := range 12 {
		w, e := id(fmt.Sprintf("person:w%d", i)), id(fmt.Sprintf("person:e%d", i))
		g.AddNode(graph.Node{ID: w, Label: schema.Person, Name: fmt.Sprintf("Envoy %c West", 'z'-i), Official: true})
		g.AddNode(graph.Node{ID: e, Label: schema.Person, Name: fmt.Sprintf("Envoy %c East", 'a'+i), Official: true})
		for _, x := range []struct{ from, to string }{{w, id("country:wes")}, {e, id("country:eas")}} {
			g.AddEdge(graph.Edge{Type: schema.OfficialOf, From: x.from, To: x.to, Articles: []string{id("article:tie")}, Confidence: 0.8, Rules: []string{"gen"}})
		}
		day := "2087-05-05"
		if i >= 9 {
			day = fmt.Sprintf("2087-05-0%d", i-8)
		}
		g.AddEdge(graph.Edge{Type: schema.MetWith, From: w, To: e, Date: day, Modality: schema.Asserted,
			Articles: []string{id("article:tie")}, Confidence: 0.8, Rules: []string{"gen"}, Evidence: []string{fmt.Sprintf("Talk %d.", i)}})
	}
	if _, err := graph.NewWriter(d, testdb.Get(t).Database, 500).Write(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	return ns
}
