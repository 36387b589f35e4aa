package queries

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// oldCountriesMet is countries-met as it was before it grouped the events
// by the first step of their ends: it groups them by pair of actors and
// rolls each actor up to its states. It is the reference the query must
// equal. Its via is the names of the row's first event (the smallest on a
// tie): the date, written YYYY-MM-DD, goes before the names in the minimum.
const oldCountriesMet = `MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
WITH a, b, count(r) AS events, min(r.date) AS first, max(r.date) AS last, max(r.sources) AS most, collect(r.articles) AS arts
WITH a, b, events, first, last, most, arts,
     CASE WHEN a:Country THEN [a] ELSE [(a)-[:OFFICIAL_OF|PART_OF*1..3]->(c:Country) | c] END AS ca,
     CASE WHEN b:Country THEN [b] ELSE [(b)-[:OFFICIAL_OF|PART_OF*1..3]->(c:Country) | c] END AS cb
WHERE size(ca) > 0 AND size(cb) > 0
WITH ca, cb, sum(events) AS events, min(first) AS first, max(last) AS last, max(most) AS most,
     min(toString(first) + ' ' + a.name + ' - ' + b.name) AS via, collect(arts) AS arts
CALL {
  WITH ca, cb
  UNWIND ca AS c1
  UNWIND cb AS c2
  WITH c1, c2 WHERE c1 <> c2
  RETURN DISTINCT CASE WHEN c1.name < c2.name THEN c1 ELSE c2 END AS x,
                  CASE WHEN c1.name < c2.name THEN c2 ELSE c1 END AS y
}
WITH x, y, sum(events) AS events, min(first) AS first, max(last) AS last, min(via) AS via, max(most) AS most,
     collect(arts) AS arts
WITH x, y, x.name AS country, y.name AS other, events, first, last, via, most, arts
ORDER BY events DESC, country, other
LIMIT $limit
WITH country, other, events, first, last, via, most,
     COUNT { UNWIND arts AS group UNWIND group AS pair UNWIND pair AS list UNWIND list AS id RETURN DISTINCT id } AS counted
RETURN country, other, events, CASE WHEN counted > most THEN counted ELSE most END AS sources, first, last,
       substring(via, 11) AS via
ORDER BY events DESC, country, other`

// structure is the OFFICIAL_OF and PART_OF edges of countriesMetGraph and
// the article that first reports each (by index): officials of one state,
// of two, of a body one, two and three steps below a state (the last is
// out of reach), of a country that is part of another, of a body in a cycle
// of bodies, a person none of whose edges reaches a state, and places below
// a region below a state. Some come late, after the meetings of those they
// roll up; the one of article 3 is retracted, those of every tenth article
// are gone from its update.
var structure = []struct {
	from string
	t    schema.RelType
	to   string
	art  int
}{
	{"person:p0", schema.OfficialOf, "country:syl", 0}, {"person:p1", schema.OfficialOf, "country:fre", 1},
	{"person:p2", schema.OfficialOf, "country:syl", 2}, {"person:p2", schema.OfficialOf, "country:fre", 12},
	{"person:p3", schema.OfficialOf, "org:harbor", 4}, {"org:harbor", schema.PartOf, "country:rur", 150},
	{"person:p4", schema.OfficialOf, "org:council", 5}, {"org:council", schema.PartOf, "org:harbor", 60},
	{"person:p5", schema.OfficialOf, "org:desk", 6}, {"org:desk", schema.PartOf, "org:council", 7},
	{"person:p7", schema.OfficialOf, "country:tom", 8}, {"country:tom", schema.PartOf, "country:rur", 90},
	{"person:p8", schema.OfficialOf, "org:army", 9}, {"org:army", schema.PartOf, "country:fre", 11},
	{"person:p8", schema.OfficialOf, "country:fre", 130},
	{"person:p9", schema.OfficialOf, "country:vel", 3},
	{"person:p10", schema.OfficialOf, "org:ring-a", 13}, {"org:ring-a", schema.PartOf, "org:ring-b", 14},
	{"org:ring-b", schema.PartOf, "org:ring-a", 15}, {"org:ring-b", schema.PartOf, "country:vel", 16},
	{"person:p11", schema.OfficialOf, "org:desk", 17},
	{"city:port@syl", schema.PartOf, "region:east@syl", 18}, {"region:east@syl", schema.PartOf, "country:syl", 19},
	{"person:p12", schema.OfficialOf, "country:fre", 20}, {"person:p12", schema.OfficialOf, "country:syl", 20},
	{"person:p12", schema.OfficialOf, "country:vel", 200},
}

// countriesMetGraph returns n generated articles between 2093-01-01 and
// 2094-12-31 of meetings and talks among the actors of structure and the
// countries (an article reports the structure edges of its index and
// repeats each later with a chance of one in ten); the same event is often
// reported by several articles, some are negated, and the update (version
// 2) of every fifth article denies or confirms its events.
func countriesMetGraph(ns string, n int, version int) []*graph.Graph {
	rnd := rand.New(rand.NewSource(11))
	actors := []string{"country:syl", "country:fre", "country:rur", "country:tom", "country:vel",
		"org:harbor", "org:council", "org:army", "city:port@syl", "region:east@syl"}
	for i := range 13 {
		actors = append(actors, fmt.Sprintf("person:p%d", i))
	}
	id := func(s string) string { return nsID(ns, s) }
	label := func(s string) schema.Label { l, _ := schema.LabelOfID(s); return l }
	modalities := []schema.Modality{schema.Asserted, schema.Asserted, schema.Reported, schema.Planned, schema.Negated}
	day0 := time.Date(2093, 1, 1, 0, 0, 0, 0, time.UTC)
	var out []*graph.Graph
	for i := range n {
		g := graph.New()
		art := id(fmt.Sprintf("article:m%03d", i))
		g.AddArticle(graph.Article{ID: art, Title: fmt.Sprintf("Story %d", i), Published: day0.AddDate(0, 0, i*3).Format(time.DateOnly),
			ContentSHA256: fmt.Sprintf("sha-%d-%d", i, version)})
		add := func(e graph.Edge) {
			for _, x := range []string{e.From, e.To} {
				g.AddNode(graph.Node{ID: id(x), Label: label(x), Name: x + " " + ns})
			}
			e.From, e.To, e.Articles, e.Confidence, e.Rules = id(e.From), id(e.To), []string{art}, 0.8, []string{"gen"}
			g.AddEdge(e)
		}
		for _, s := range structure {
			if version > 1 && i%10 == 0 || s.art > i || s.art < i && (s.art == 3 || rnd.Intn(10) > 0) {
				continue
			}
			add(graph.Edge{Type: s.t, From: s.from, To: s.to, Evidence: []string{fmt.Sprintf("%s belongs to %s.", s.from, s.to)}})
		}
		for k := range 1 + rnd.Intn(3) {
			from, to := actors[rnd.Intn(len(actors))], actors[rnd.Intn(len(actors))]
			date := day0.AddDate(0, 0, rnd.Intn(730))
			if rnd.Intn(3) == 0 { // a day many articles report
				date = day0.AddDate(0, rnd.Intn(24), 14)
			}
			m := modalities[rnd.Intn(len(modalities))]
			if version > 1 && i%5 == 0 {
				m = map[bool]schema.Modality{true: schema.Negated, false: schema.Asserted}[m != schema.Negated]
			}
			rt := schema.MetWith // the type follows from the labels: fewer statements to compile
			if (len(label(from))+len(label(to)))%2 == 1 {
				rt = schema.SpokeWith
			}
			add(graph.Edge{Type: rt, From: from, To: to, Date: date.Format(time.DateOnly), Modality: m,
				Evidence: []string{fmt.Sprintf("Talk %d of story %d.", k, i)}})
		}
		out = append(out, g)
	}
	return out
}

// countriesMetParams are the parameter sets compared: whole and cut
// windows, open ends, an empty one, every trust level and limits that cut
// through the rows.
var countriesMetParams = []map[string]string{
	{"from": "2093-01-01", "to": "2094-12-31"},
	{"from": "2093-03-01", "to": "2093-03-31"},
	{"from": "2093-02-15", "to": "2094-05-10"},
	{"from": "2094-06-02"},
	{"to": "2093-06-30"},
	{"from": "2093-05-01", "to": "2093-04-30"},
	{"from": "2093-01-01", "to": "2094-12-31", "min_sources": "2"},
	{"from": "2093-01-01", "to": "2094-12-31", "min_sources": "3"},
	{"from": "2093-02-15", "to": "2094-05-10", "min_sources": "2"},
	{"from": "2093-01-01", "to": "2094-12-31", "limit": "1"},
	{"from": "2093-01-01", "to": "2094-12-31", "limit": "4"},
	{"from": "2093-07-20", "to": "2094-02-10", "limit": "2"},
	{"from": "2093-01-01", "to": "2094-12-31", "limit": "1000"},
	{},
}

// TestCountriesMetEqualsOld checks that countries-met gives the rows of
// oldCountriesMet for every parameter set, on a generated graph after
// loads, updates that deny or confirm events and drop structure edges, and
// retractions.
func TestCountriesMetEqualsOld(t *testing.T) {
	d := testDriver(t)
	ns := testdb.Namespace(t, d, "cm")
	w := graph.NewWriter(d, testdb.Get(t).Database, 50)
	if err := w.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	q, err := Get("countries-met")
	if err != nil {
		t.Fatal(err)
	}
	compare := func(stage string) (rows int) {
		for _, params := range countriesMetParams {
			bound, err := q.Bind(params)
			if err != nil {
				t.Fatal(err)
			}
			want, n := runRows(t, d, oldCountriesMet, bound)
			rows += n
			if got := runText(t, d, q.Cypher, bound); got != want {
				t.Errorf("countries-met %s %v:\ngot  %s\nwant %s", stage, params, got, want)
			}
		}
		return rows
	}
	write := func(gs []*graph.Graph) {
		for i := 0; i < len(gs); i += 80 {
			if _, err := w.Write(context.Background(), gs[i:min(i+80, len(gs))]...); err != nil {
				t.Fatal(err)
			}
		}
	}
	v1 := countriesMetGraph(ns, 240, 1)
	write(v1[:120])
	compare("half loaded")
	write(v1[120:])
	compare("loaded")
	v2 := countriesMetGraph(ns, 240, 2)
	var updated []*graph.Graph
	for i := 0; i < len(v2); i += 5 {
		updated = append(updated, v2[i])
	}
	write(updated)
	compare("updated")
	var gone []string
	for i := 3; i < 240; i += 11 {
		gone = append(gone, nsID(ns, fmt.Sprintf("article:m%03d", i)))
	}
	if _, found, err := w.Retract(context.Background(), gone); err != nil || len(found) != len(gone) {
		t.Fatalf("Retract = %v, %v", found, err)
	}
	if rows := compare("retracted"); rows < 60 {
		t.Errorf("the reference gave %d rows in all: the test compares little", rows)
	}
	checkHeads(t, d, ns, "after loads, updates and retractions")
	// Edges without the copies (an older actorgraph's) take the first
	// step in the query; schema apply gives them the copies.
	testdb.Query(t, d, `MATCH (a)-[r:MET_WITH|SPOKE_WITH]->() WHERE a.id CONTAINS $ns AND r.date.day % 2 = 0
REMOVE r.from_rollup, r.to_rollup`, map[string]any{"ns": ns})
	compare("half without first steps")
	if err := w.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	checkHeads(t, d, ns, "after schema apply")
	// The graph must tell a state two steps away from one three steps away
	// (p4) and three from four (p5).
	for _, steps := range []string{"*0..1]", "*0..3]"} {
		wrong := strings.ReplaceAll(q.Cypher, "*0..2]", steps)
		if wrong == q.Cypher {
			t.Fatalf("countries-met takes no second and third step (*0..2]):\n%s", q.Cypher)
		}
		bound, _ := q.Bind(countriesMetParams[0])
		if runText(t, d, wrong, bound) == runText(t, d, oldCountriesMet, bound) {
			t.Errorf("countries-met with %s gives the rows of the reference: the graph does not tell them apart", steps)
		}
	}
}

// TestRollupConcurrentWriters: two writers at once, one loading meetings
// between people and the other the offices and bodies those people belong
// to, article by article, leave every meeting edge with its ends' roll-up
// strings as they are in the graph.
func TestRollupConcurrentWriters(t *testing.T) {
	d := testDriver(t)
	ns := testdb.Namespace(t, d, "cw")
	id := func(s string) string { return nsID(ns, s) }
	label := func(s string) schema.Label { l, _ := schema.LabelOfID(s); return l }
	article := func(name string, edges ...graph.Edge) *graph.Graph {
		g := graph.New()
		art := id("article:" + name)
		g.AddArticle(graph.Article{ID: art, Title: name, Published: "2093-05-01", ContentSHA256: "sha-" + name})
		for _, e := range edges {
			for _, x := range []string{e.From, e.To} {
				g.AddNode(graph.Node{ID: id(x), Label: label(x), Name: x + " " + ns})
			}
			e.From, e.To, e.Articles, e.Confidence, e.Rules = id(e.From), id(e.To), []string{art}, 0.8, []string{"gen"}
			e.Evidence = []string{name + "."}
			g.AddEdge(e)
		}
		return g
	}
	const people = 30
	var meetings, offices []*graph.Graph
	for i := range 120 {
		a, b := fmt.Sprintf("person:q%d", i%people), fmt.Sprintf("person:q%d", (i*7+3)%people)
		if a == b {
			b = "country:syl"
		}
		meetings = append(meetings, article(fmt.Sprintf("meet-%d", i), graph.Edge{Type: schema.MetWith, From: a, To: b,
			Date: fmt.Sprintf("2093-%02d-%02d", 1+i%12, 1+i%28), Modality: schema.Asserted}))
	}
	for i := range people {
		p := fmt.Sprintf("person:q%d", i)
		body := fmt.Sprintf("org:desk%d", i%4)
		offices = append(offices, article(fmt.Sprintf("office-%d", i),
			graph.Edge{Type: schema.OfficialOf, From: p, To: []string{"country:syl", "country:fre", body}[i%3]},
			graph.Edge{Type: schema.PartOf, From: body, To: []string{"country:rur", "country:vel"}[i%2]}))
	}
	errs := make(chan error, 2)
	for _, gs := range [][]*graph.Graph{meetings, offices} {
		go func() {
			w := graph.NewWriter(d, testdb.Get(t).Database, 50)
			for _, g := range gs {
				if _, err := w.Write(context.Background(), g); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	checkHeads(t, d, ns, "after two concurrent writers")
}

// checkHeads checks that every meeting edge of namespace ns keeps the
// roll-up strings of its ends as they are in the graph (rollup.go in
// package graph).
func checkHeads(t *testing.T, d neo4j.DriverWithContext, ns, stage string) {
	t.Helper()
	res := testdb.Query(t, d, `MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b) WHERE a.id CONTAINS $ns
WITH r, a, b,
     COLLECT { MATCH (a)-[:OFFICIAL_OF|PART_OF]->(m) RETURN DISTINCT m.id AS id ORDER BY id } AS ha,
     COLLECT { MATCH (b)-[:OFFICIAL_OF|PART_OF]->(m) RETURN DISTINCT m.id AS id ORDER BY id } AS hb
WITH r, a:Country OR b:Country OR size(ha) = 0 OR size(hb) = 0 AS plain,
     CASE WHEN a:Country THEN '=' + a.id ELSE reduce(s = '', x IN ha | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x) END AS ka,
     CASE WHEN b:Country THEN '=' + b.id ELSE reduce(s = '', x IN hb | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x) END AS kb
WITH count(r) AS edges, sum(CASE WHEN plain THEN 0 ELSE 1 END) AS rolled,
     collect(CASE WHEN r.from_rollup IS NULL OR r.to_rollup IS NULL OR r.from_rollup <> ka OR r.to_rollup <> kb
                  THEN [r.from_rollup, ka, r.to_rollup, kb] END) AS stale
RETURN edges, rolled, size(stale) AS nstale, stale[..3] AS stale`, map[string]any{"ns": ns})
	row := res[0]
	if edges, rolled := row["edges"].(int64), row["rolled"].(int64); edges < 100 || rolled < 20 {
		t.Fatalf("%s: %d meeting edges, %d between people or bodies with a state: the test checks little", stage, edges, rolled)
	}
	if n := row["nstale"].(int64); n > 0 {
		t.Errorf("%s: %d meeting edges keep roll-up strings that are not their ends' (stored, actual): %v", stage, n, row["stale"])
	}
}
