package queries

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// EnvProfileArticles sets the number of articles of the generated graph of
// TestQueryPlans (default profileArticles).
const EnvProfileArticles = "ACTORGRAPH_TEST_PROFILE_ARTICLES"

const profileArticles = 1000

// forbidden names the plan operators that read every node or relationship
// of the database, or every MENTIONS.
func forbidden(op, details string) bool {
	return strings.Contains(op, "AllNodesScan") || strings.Contains(op, "AllRelationshipsScan") ||
		strings.Contains(op, "RelationshipTypeScan") && strings.Contains(details, string(schema.Mentions))
}

// TestQueryPlans PROFILEs every canned query on a generated graph of
// profileArticles articles (more with ACTORGRAPH_TEST_PROFILE_ARTICLES):
// no plan may scan all nodes, all relationships or all MENTIONS. Each
// query's time and database hits are logged (go test -v), never asserted.
func TestQueryPlans(t *testing.T) {
	d := testDriver(t)
	n := profileArticles
	if s := os.Getenv(EnvProfileArticles); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 100 {
			t.Fatalf("%s=%q: want a number of articles, at least 100", EnvProfileArticles, s)
		}
		n = v
	}
	ns := testdb.Namespace(t, d, "p")
	start := time.Now()
	names := generate(t, d, ns, n)
	t.Logf("generated %d articles in %.1f s", n, time.Since(start).Seconds())
	// The check itself: a name compared on every node is caught.
	if plan, _ := profile(t, d, "MATCH (n) WHERE n.name = $x RETURN n", map[string]any{"x": names[0]}); len(scans(plan)) == 0 {
		t.Errorf("a scan of every node passes the check")
	}
	values := map[string]string{"name": names[0], "a": names[1], "b": names[2], "of": names[1], "actor": names[1], "target": names[2]}
	for _, q := range List() {
		t.Run(q.Name, func(t *testing.T) {
			params := map[string]string{}
			for _, p := range q.Params {
				if v, ok := values[p.Name]; ok && p.Type == TypeString {
					params[p.Name] = v
				}
			}
			bound, err := q.Bind(params)
			if err != nil {
				t.Fatal(err)
			}
			plan, hits := profile(t, d, q.Cypher, bound)
			if bad := scans(plan); len(bad) > 0 {
				t.Errorf("%s scans the graph: %s", q.Name, strings.Join(bad, "; "))
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			start := time.Now()
			res, err := Run(ctx, d, testdb.Get(t).Database, q.Name, params)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%-22s %4d rows %8.1f ms %9d db hits; starts: %s", q.Name, len(res.Rows),
				float64(time.Since(start).Microseconds())/1000, hits, strings.Join(leaves(plan), ", "))
		})
	}
}

// profile runs cypher with PROFILE and returns its plan and database hits.
func profile(t *testing.T, d neo4j.DriverWithContext, cypher string, params map[string]any) (neo4j.ProfiledPlan, int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: testdb.Get(t).Database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "PROFILE\n"+cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plan := sum.Profile()
	if plan == nil {
		t.Fatal("no profile in the summary")
	}
	var hits int64
	walkPlan(plan, func(p neo4j.ProfiledPlan) { hits += p.DbHits() })
	return plan, hits
}

// scans returns the operators of plan that forbidden names, with their
// details.
func scans(plan neo4j.ProfiledPlan) []string {
	var bad []string
	walkPlan(plan, func(p neo4j.ProfiledPlan) {
		if details, _ := p.Arguments()["Details"].(string); forbidden(p.Operator(), details) {
			bad = append(bad, p.Operator()+" "+details)
		}
	})
	return bad
}

// leaves returns the distinct operators that start plan's branches.
func leaves(plan neo4j.ProfiledPlan) []string {
	var out []string
	walkPlan(plan, func(p neo4j.ProfiledPlan) {
		op, _, _ := strings.Cut(p.Operator(), "@")
		if len(p.Children()) == 0 && !slices.Contains(out, op) {
			out = append(out, op)
		}
	})
	return out
}

func walkPlan(p neo4j.ProfiledPlan, f func(neo4j.ProfiledPlan)) {
	f(p)
	for _, c := range p.Children() {
		walkPlan(c, f)
	}
}

// generate loads n generated articles into namespace ns: a few popular
// states, people, bodies and places named by many articles (so facts such
// as LOCATED_IN gather many supporters) and many rare ones; each article
// mentions its actors and reports facts and a few events between them. It
// returns the names of the most popular person and of two states.
func generate(t *testing.T, d neo4j.DriverWithContext, ns string, n int) []string {
	t.Helper()
	rnd := rand.New(rand.NewSource(1))
	id := func(kind string, i int) string { return fmt.Sprintf("%s:%s-%d", kind, ns, i) }
	name := func(kind string, i int) string { return fmt.Sprintf("%s %d %s", kind, i, ns) }
	countries, people, orgs, cities := 60, n/4+10, n/20+10, n/10+10
	zipf := func(max int) func() int {
		z := rand.NewZipf(rnd, 1.2, 4, uint64(max-1))
		return func() int { return int(z.Uint64()) }
	}
	country, person, org, city := zipf(countries), zipf(people), zipf(orgs), zipf(cities)
	events := schema.Interactions()
	day0 := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	w := graph.NewWriter(d, testdb.Get(t).Database, 1000)
	if err := w.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	var batch []*graph.Graph
	for i := range n {
		g := graph.New()
		art := id("article", i)
		published := day0.AddDate(0, 0, i/20).Format(time.DateOnly)
		g.AddArticle(graph.Article{ID: art, Title: name("Story", i), Published: published, ContentSHA256: fmt.Sprint(i)})
		add := func(nid string, l schema.Label, nm string) string {
			g.AddNode(graph.Node{ID: nid, Label: l, Name: nm, Official: l == schema.Person})
			g.AddEdge(graph.Edge{Type: schema.Mentions, From: art, To: nid, Count: 1})
			return nid
		}
		fact := func(rt schema.RelType, from, to string, titles ...string) {
			g.AddEdge(graph.Edge{Type: rt, From: from, To: to, Articles: []string{art}, Confidence: 0.9,
				Evidence: []string{fmt.Sprintf("%s %s %s, says story %d.", from, rt, to, i)}, Rules: []string{"gen"}, Titles: titles})
		}
		c1, c2 := country(), country()
		if c2 == c1 {
			c2 = (c1 + 1) % countries
		}
		s1 := add(id("country", c1), schema.Country, name("Country", c1))
		s2 := add(id("country", c2), schema.Country, name("Country", c2))
		p := person()
		pp := add(id("person", p), schema.Person, name("Person", p))
		fact(schema.OfficialOf, pp, id("country", p%countries), "minister")
		add(id("country", p%countries), schema.Country, name("Country", p%countries))
		o := org()
		oo := add(id("org", o), schema.Organisation, name("Body", o))
		fact(schema.PartOf, oo, id("country", o%countries))
		add(id("country", o%countries), schema.Country, name("Country", o%countries))
		ci := city()
		cc := add(id("city", ci)+"@x", schema.City, name("Town", ci))
		fact(schema.LocatedIn, cc, id("country", ci%countries))
		add(id("country", ci%countries), schema.Country, name("Country", ci%countries))
		actors := []string{s1, s2, pp, oo}
		for k := range 3 {
			rt := events[rnd.Intn(len(events))]
			from, to := actors[rnd.Intn(len(actors))], actors[rnd.Intn(len(actors))]
			if rt == schema.Visited || rt == schema.Bombed || rt == schema.Captured || rt == schema.Besieged {
				to = cc
			}
			if from == to {
				continue
			}
			g.AddEdge(graph.Edge{Type: rt, From: from, To: to, Date: day0.AddDate(0, 0, i/20-k).Format(time.DateOnly),
				Modality: schema.Asserted, Confidence: 0.8, Articles: []string{art}, Rules: []string{"gen"},
				Evidence: []string{fmt.Sprintf("Event %d of story %d.", k, i)}})
		}
		batch = append(batch, g)
		if len(batch) == 500 || i == n-1 {
			if _, err := w.Write(context.Background(), batch...); err != nil {
				t.Fatalf("load generated articles: %v", err)
			}
			batch = nil
		}
	}
	t.Cleanup(func() { dropNamespace(t, d, ns) })
	return []string{name("Person", 0), name("Country", 0), name("Country", 1)}
}

// dropNamespace deletes the generated graph in small transactions (the
// cleanup of testdb.Namespace, which runs after it, finds nothing left).
func dropNamespace(t *testing.T, d neo4j.DriverWithContext, ns string) {
	ctx := context.Background()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: testdb.Get(t).Database})
	defer s.Close(ctx)
	res, err := s.Run(ctx, `MATCH (n) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-'
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`, map[string]any{"ns": ns})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Errorf("delete the generated graph: %v", err)
	}
}
