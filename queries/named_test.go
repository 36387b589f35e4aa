package queries

// Integration test of the queries that take a name and read either the
// named actors' own links or the events of their dates through the date
// indexes (accusations, actor, meetings, strikes, visits): both ways give
// the rows of the queries as they were before (the old texts below), which
// read every event of the dates and filtered by the name.

import (
	"context"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// oldNamed are the queries before they read the named actors' links: the
// reference their rows must equal.
var oldNamed = map[string]string{
	"accusations": `CALL {
  MATCH (a)-[r:ACCUSED|CRITICIZED]->(b)
  WHERE $target = '' AND r.date >= $from AND r.date <= $to
  RETURN r
  UNION ALL
  WITH $target AS target WHERE target <> ''
  CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower(target), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
  WITH b WHERE toLower($target) IN b.name_keys
  MATCH (a)-[r:ACCUSED|CRITICIZED]->(b)
  WHERE r.date >= $from AND r.date <= $to
  RETURN r
}
WITH r WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources
WITH r ORDER BY r.date
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN r.date AS date, a.name AS accuser, type(r) AS relation, b.name AS target,
       r.sources AS sources, r.evidence[0] AS evidence, r.articles[0] AS article
ORDER BY date, accuser, target
LIMIT $limit`,
	"actor": `CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower($name) IN a.name_keys
MATCH (a)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
WHERE coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND (r.date IS NULL OR (r.date >= $from AND r.date <= $to))
WITH a, r ORDER BY r.date DESC
RETURN a.name AS actor,
       CASE WHEN startNode(r) = a THEN 'did' ELSE 'done to it' END AS direction,
       startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
       r.date AS date, r.title AS title, r.modality AS modality, r.sources AS sources,
       r.evidence[0] AS example
ORDER BY date DESC, relation, subject, object
LIMIT $limit`,
	"meetings": `CALL {
  MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
  WHERE $actor = '' AND r.date >= $from AND r.date <= $to
  RETURN r
  UNION ALL
  WITH $actor AS actor WHERE actor <> ''
  CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower(actor), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS n
  WITH n WHERE toLower($actor) IN n.name_keys
  MATCH (n)-[r:MET_WITH|SPOKE_WITH]-()
  WHERE r.date >= $from AND r.date <= $to
  WITH DISTINCT r
  RETURN r
}
WITH r WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources
WITH r ORDER BY r.date
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN r.date AS date, a.name AS actor, type(r) AS relation, b.name AS other,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, actor, other
LIMIT $limit`,
	"strikes": `MATCH (a)-[r:BOMBED|ATTACKED]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
OPTIONAL MATCH (loc:City|Region {id: r.location})
WITH a, r, b,
     CASE WHEN b:City OR b:Region OR b:Country THEN b ELSE loc END AS place
WHERE place IS NOT NULL
  AND ($place = ''
       OR toLower($place) IN place.name_keys)
RETURN r.date AS date, place.name AS place, a.name AS actor, type(r) AS relation,
       CASE WHEN b = place THEN null ELSE b.name END AS target,
       r.casualties AS casualties, r.modality AS modality, r.sources AS sources,
       r.evidence[0] AS example
ORDER BY date, place, actor
LIMIT $limit`,
	"visits": `MATCH (a)-[r:VISITED]->(p)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND ($place = ''
       OR any(x IN [p] + [(p)-[:LOCATED_IN*1..3]->(q) | q]
              WHERE toLower($place) IN x.name_keys))
RETURN r.date AS date, coalesce(r.date_precision, 'day') AS precision, a.name AS visitor,
       [(a)-[:OFFICIAL_OF]->(s) | s.name] AS official_of, p.name AS place,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, visitor, place
LIMIT $limit`,
}

// namedKeys are the columns each query sorts its rows by: rows equal in
// them may come in any order, and a limit that cuts through them may keep
// any of them.
var namedKeys = map[string][]string{
	"accusations": {"date", "accuser", "target"},
	"actor":       {"date", "relation", "subject", "object"},
	"meetings":    {"date", "actor", "other"},
	"strikes":     {"date", "place", "actor"},
	"visits":      {"date", "visitor", "place"},
}

// namedGraph writes, in a fresh namespace, 600 random events of 2088 and
// 2089 between three states, two officials, a body and places: Old Quay
// lies in Nova Tessa, which lies in East March, a region of Sylvania; Port
// Alder lies in Freedonia, and the Port Alder Authority, a body, has the
// alias Port Alder. Sylvania (alias Sylvanian Republic) takes part in most
// events: the hub. Events are meetings (some of an actor with itself),
// accusations, criticisms and urgings between actors, attacks on actors
// (some located in a place), and visits, attacks and bombings of places;
// some are denied, some have two articles, many fall on the 15th of a month
// (ties). It returns the namespace.
func namedGraph(t *testing.T, d neo4j.DriverWithContext) string {
	t.Helper()
	ns := testdb.Namespace(t, d, "nm")
	id := func(s string) string { return nsID(ns, s) }
	g := graph.New()
	node := func(i string, l schema.Label, n string, aliases ...string) {
		for k := range aliases {
			aliases[k] += " " + ns
		}
		g.AddNode(graph.Node{ID: id(i), Label: l, Name: n + " " + ns, Aliases: aliases, Official: l == schema.Person})
	}
	node("country:syl", schema.Country, "Sylvania", "Sylvanian Republic")
	node("country:fre", schema.Country, "Freedonia")
	node("country:rur", schema.Country, "Ruritania")
	node("person:okafor", schema.Person, "Mira Okafor")
	node("person:brand", schema.Person, "Lio Brand")
	node("org:harbor", schema.Organisation, "Port Alder Authority", "Port Alder")
	node("region:east@syl", schema.Region, "East March")
	node("city:tessa@syl", schema.City, "Nova Tessa")
	node("city:quay@syl", schema.City, "Old Quay")
	node("city:alder@fre", schema.City, "Port Alder")
	n := 0
	edge := func(rt schema.RelType, from, to, date string, m schema.Modality, loc string, sources int) {
		n++
		e := graph.Edge{Type: rt, From: id(from), To: id(to), Date: date, Modality: m, Confidence: 0.8, Rules: []string{"test"},
			Evidence: []string{fmt.Sprintf("%s %s %s (%d).", from, rt, to, n)}}
		for k := range sources {
			e.Articles = append(e.Articles, id(fmt.Sprintf("article:n%d-%d", n, k)))
		}
		if loc != "" {
			e.Location = id(loc)
		}
		if rt == schema.Bombed || rt == schema.Attacked {
			e.Casualties = n % 4
		}
		g.AddEdge(e)
	}
	edge(schema.OfficialOf, "person:okafor", "country:syl", "", "", "", 1)
	edge(schema.OfficialOf, "person:brand", "country:fre", "", "", "", 1)
	edge(schema.PartOf, "org:harbor", "country:fre", "", "", "", 1)
	edge(schema.LocatedIn, "region:east@syl", "country:syl", "", "", "", 1)
	edge(schema.LocatedIn, "city:tessa@syl", "region:east@syl", "", "", "", 1)
	edge(schema.LocatedIn, "city:quay@syl", "city:tessa@syl", "", "", "", 1)
	edge(schema.LocatedIn, "city:alder@fre", "country:fre", "", "", "", 1)
	actors := []string{"country:syl", "country:syl", "country:syl", "country:fre", "country:rur", "person:okafor", "person:brand", "org:harbor"}
	places := []string{"country:syl", "country:fre", "region:east@syl", "city:tessa@syl", "city:quay@syl", "city:alder@fre"}
	between := []schema.RelType{schema.MetWith, schema.SpokeWith, schema.Accused, schema.Criticized, schema.Urged, schema.Attacked}
	on := []schema.RelType{schema.Visited, schema.Bombed, schema.Attacked}
	modalities := []schema.Modality{schema.Asserted, schema.Asserted, schema.Reported, schema.Planned, schema.Negated}
	rnd := rand.New(rand.NewSource(11))
	day0 := time.Date(2088, 1, 1, 0, 0, 0, 0, time.UTC)
	for range 600 {
		date := day0.AddDate(0, 0, rnd.Intn(730))
		if rnd.Intn(3) == 0 {
			date = day0.AddDate(0, rnd.Intn(24), 14)
		}
		from, rt, to, loc := actors[rnd.Intn(len(actors))], between[rnd.Intn(len(between))], actors[rnd.Intn(len(actors))], ""
		switch {
		case rnd.Intn(3) == 0:
			rt, to = on[rnd.Intn(len(on))], places[rnd.Intn(len(places))]
		case rt == schema.Attacked && rnd.Intn(3) > 0:
			loc = places[2+rnd.Intn(len(places)-2)]
		case from == to && rt != schema.MetWith:
			to = actors[3+rnd.Intn(len(actors)-3)]
		}
		edge(rt, from, to, date.Format(time.DateOnly), modalities[rnd.Intn(len(modalities))], loc, 1+rnd.Intn(2))
	}
	if _, err := graph.NewWriter(d, testdb.Get(t).Database, 500).Write(context.Background(), g); err != nil {
		t.Fatalf("load the named graph: %v", err)
	}
	return ns
}

// namedWays returns the text of query as written and with its choice
// forced to each way: the events of the dates (seek) and the named actors'
// links (links).
func namedWays(t *testing.T, query string) map[string]string {
	t.Helper()
	q, err := Get(query)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(q.Cypher, "events >= 1000") != 2 {
		t.Fatalf("%s does not choose its way by events >= 1000 twice:\n%s", query, q.Cypher)
	}
	return map[string]string{
		"as written": q.Cypher,
		"seek":       strings.ReplaceAll(q.Cypher, "events >= 1000", "events >= 0"),
		"links":      strings.ReplaceAll(q.Cypher, "events >= 1000", "events >= 1000000000"),
	}
}

// TestNamedEqualsOld: for names of the hub, of actors with few events, of
// places that hold others, an alias, a key that two nodes share, names in
// other case and an unknown name, over whole and narrow dates, with
// min_sources 2 and limits that cut, every way of accusations, actor,
// meetings, strikes and visits gives the rows of its old text (rows equal
// in the sort columns compared as a set, those cut by the limit by their
// sort columns only).
func TestNamedEqualsOld(t *testing.T) {
	d := testDriver(t)
	ns := namedGraph(t, d)
	names := map[string][]string{
		"accusations": {"target", "", "Sylvania", "SYLVANIAN REPUBLIC", "mira okafor", "Lio Brand", "Port Alder", "Nobody"},
		"actor":       {"name", "Sylvania", "sylvanian republic", "Mira Okafor", "LIO BRAND", "port alder", "Nova Tessa", "Nobody"},
		"meetings":    {"actor", "", "Sylvania", "Sylvanian Republic", "Mira Okafor", "lio brand", "Port Alder", "Nobody"},
		"strikes":     {"place", "", "Sylvania", "East March", "nova tessa", "Old Quay", "PORT ALDER", "Mira Okafor", "Nobody"},
		"visits":      {"place", "", "Sylvania", "Sylvanian Republic", "East March", "Nova Tessa", "old quay", "Port Alder", "Nobody"},
	}
	dates := []map[string]string{
		{"from": "2088-01-01", "to": "2089-12-31", "limit": "1000"},
		{"from": "2088-03-01", "to": "2088-03-31", "limit": "1000"},
		{"from": "2088-03-10", "to": "2088-03-20"},
		{"from": "2088-06-15", "to": "2088-06-15", "limit": "1000"},
		{"from": "2088-01-01", "to": "2089-12-31", "min_sources": "2", "limit": "1000"},
		{"from": "2088-01-01", "to": "2089-12-31", "limit": "3"},
		{"from": "2088-02-01", "to": "2088-08-31", "limit": "10"},
	}
	compared := 0
	for query, list := range names {
		ways := namedWays(t, query)
		q, _ := Get(query)
		for _, name := range list[1:] {
			for _, ds := range dates {
				params := map[string]string{}
				for k, v := range ds {
					params[k] = v
				}
				if name != "" {
					params[list[0]] = name + " " + ns
				}
				bound, err := q.Bind(params)
				if err != nil {
					t.Fatal(err)
				}
				want := namedRows(t, d, oldNamed[query], bound, namedKeys[query])
				compared += len(want)
				for way, cypher := range ways {
					got := namedRows(t, d, cypher, bound, namedKeys[query])
					if msg := sameRows(got, want, fmt.Sprint(bound["limit"])); msg != "" {
						t.Errorf("%s (%s) %v: %s", query, way, params, msg)
					}
				}
			}
		}
	}
	if compared < 2000 {
		t.Errorf("the old queries gave %d rows in all: the test compares little", compared)
	}
}

// namedRow is a row as text and its sort columns as text.
type namedRow struct{ key, text string }

func namedRows(t *testing.T, d neo4j.DriverWithContext, cypher string, params map[string]any, keys []string) []namedRow {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, d, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(testdb.Get(t).Database))
	if err != nil {
		t.Fatalf("run %.60q: %v", cypher, err)
	}
	var out []namedRow
	for _, r := range res.Records {
		var key []any
		for _, k := range keys {
			v, _ := r.Get(k)
			key = append(key, v)
		}
		out = append(out, namedRow{fmt.Sprint(key), fmt.Sprint(r.Values)})
	}
	return out
}

// sameRows compares got with want: the same sort columns in the same
// order, and the same rows in each run of equal sort columns unless the
// limit cut it (the last run of a full answer).
func sameRows(got, want []namedRow, limit string) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d rows, want %d", len(got), len(want))
	}
	full := fmt.Sprint(len(want)) == limit
	for i := 0; i < len(want); {
		j := i
		for j < len(want) && want[j].key == want[i].key {
			j++
		}
		var g, w []string
		for k := i; k < j; k++ {
			if got[k].key != want[k].key {
				return fmt.Sprintf("row %d sorts by %s, want %s", k, got[k].key, want[k].key)
			}
			g, w = append(g, got[k].text), append(w, want[k].text)
		}
		slices.Sort(g)
		slices.Sort(w)
		if !(full && j == len(want)) && !slices.Equal(g, w) {
			return fmt.Sprintf("rows %d..%d\ngot  %s\nwant %s", i, j-1, strings.Join(g, "\n     "), strings.Join(w, "\n     "))
		}
		i = j
	}
	return ""
}
