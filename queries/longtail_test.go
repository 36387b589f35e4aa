package queries

// An integration test of chain and path on a generated graph shaped like a
// feed at scale: a long tail of officials, each with a surname of their own,
// joins two hub countries, and hubs share hundreds of parallel events. A
// search from one end that keeps every actor seen read the whole tail for a
// pair that is not connected, and on the 100k long-tail graph ran out of
// transaction memory.

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// tailGraph is the long-tail graph of a namespace: officials "Ana Vel00000"
// ... of Sylvania, each accused by Freedonia and meeting the next official;
// Ruritania urged Freedonia and Carpania supported Ruritania hubParallel*10
// times each; Nova Tessa lies in Borduria, apart from everything else.
type tailGraph struct {
	ns        string
	id, name  func(string) string
	officials int
}

func newTailGraph(t *testing.T, d neo4j.DriverWithContext) *tailGraph {
	t.Helper()
	g := &tailGraph{ns: testdb.Namespace(t, d, "t")}
	g.id = func(s string) string { return nsID(g.ns, s) }
	g.name = func(s string) string { return s + " " + g.ns }
	g.exec(t, d, fmt.Sprintf(`
UNWIND $countries AS c
CREATE (:%s {id: c[0], name: c[1], name_keys: [toLower(c[1])]})
WITH count(*) AS n
CREATE (t:%s {id: $town, name: $tname, name_keys: [toLower($tname)]})
WITH t
MATCH (b:%s {id: $bor}), (r:%s {id: $rur}), (f:%s {id: $fre}), (c:%s {id: $car})
CREATE (t)-[:%s {articles: [$ns + '-t'], sources: 1}]->(b)
WITH r, f, c
UNWIND range(1, $parallel) AS i
CREATE (r)-[:%s {date: date('2031-01-01') + duration({days: i}), modality: 'asserted', articles: [$ns + '-u' + i], sources: 1}]->(f)
CREATE (c)-[:%s {date: date('2031-01-01') + duration({days: i}), modality: 'asserted', articles: [$ns + '-s' + i], sources: 1}]->(r)`,
		schema.Country, schema.City, schema.Country, schema.Country, schema.Country, schema.Country,
		schema.LocatedIn, schema.Urged, schema.Supported),
		map[string]any{"countries": [][]string{
			{g.id("country:syl"), g.name("Sylvania")}, {g.id("country:fre"), g.name("Freedonia")},
			{g.id("country:rur"), g.name("Ruritania")}, {g.id("country:car"), g.name("Carpania")},
			{g.id("country:bor"), g.name("Borduria")}},
			"town": g.id("city:nova-tessa"), "tname": g.name("Nova Tessa"), "bor": g.id("country:bor"),
			"rur": g.id("country:rur"), "fre": g.id("country:fre"), "car": g.id("country:car"),
			"ns": g.ns, "parallel": hubParallel * 10})
	return g
}

// official is the name of the i-th official.
func (g *tailGraph) official(i int) string { return g.name(fmt.Sprintf("Ana Vel%05d", i)) }

// addOfficials lengthens the tail by n officials; the last one meets the
// first of the new ones.
func (g *tailGraph) addOfficials(t *testing.T, d neo4j.DriverWithContext, n int) {
	t.Helper()
	g.exec(t, d, fmt.Sprintf(`
MATCH (s:%s {id: $syl}), (f:%s {id: $fre})
UNWIND range($from, $to - 1) AS i
WITH s, f, i, 'Ana Vel' + right('0000' + toString(i), 5) + ' ' + $ns AS name
CREATE (o:%s:%s {id: 'person:' + $ns + '-o' + i, name: name, name_keys: [toLower(name)]})
CREATE (o)-[:%s {articles: [$ns + '-o' + i], sources: 1}]->(s)
CREATE (f)-[:%s {date: date('2031-02-01'), modality: 'asserted', articles: [$ns + '-a' + i], sources: 1}]->(o)
WITH o, i
MATCH (p:%s {id: 'person:' + $ns + '-o' + (i - 1)})
CREATE (p)-[:%s {date: date('2031-03-01'), modality: 'asserted', articles: [$ns + '-m' + i], sources: 1}]->(o)`,
		schema.Country, schema.Country, schema.Person, schema.Official, schema.OfficialOf, schema.Accused,
		schema.Person, schema.MetWith),
		map[string]any{"syl": g.id("country:syl"), "fre": g.id("country:fre"), "ns": g.ns,
			"from": g.officials, "to": g.officials + n})
	g.officials += n
}

func (g *tailGraph) exec(t *testing.T, d neo4j.DriverWithContext, cypher string, params map[string]any) {
	t.Helper()
	_, err := neo4j.ExecuteQuery(context.Background(), d, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(testdb.Get(t).Database))
	if err != nil {
		t.Fatalf("write the long-tail graph: %v", err)
	}
}

// TestPathQueriesOnALongTail: chain and path between hubs joined only
// through the tail, from a tail official to a hub three hops away, between
// two officials, and to an actor apart from them all. The chains come in
// the order of their actors' names and parallel events are never
// multiplied. Then the tail grows twice as long: the database hits of the
// search for the actor apart must not grow (the search grows from the
// cheaper end), those of the others at most in proportion, and no
// operator may hold more than 64 MB.
func TestPathQueriesOnALongTail(t *testing.T) {
	d := testDriver(t)
	g := newTailGraph(t, d)
	const tail = 1500
	g.addOfficials(t, d, tail)
	off := func(i int) string { return strings.TrimSuffix(g.official(i), " "+g.ns) }
	var hubChains []string
	for i := range 25 {
		hubChains = append(hubChains, fmt.Sprintf("p=Sylvania <-[OFFICIAL_OF]- %s <-[ACCUSED]- Freedonia", off(i)))
	}
	n := g.name
	for _, tt := range []runCase{
		{"hubs through the tail: the first 25 chains by name", "chain", map[string]string{"a": n("Sylvania"), "b": n("Freedonia")}, hubChains},
		{"path between hubs through the tail", "path", map[string]string{"a": n("Sylvania"), "b": n("Freedonia")}, []string{
			"hops=2 | chain=Sylvania <-[OFFICIAL_OF]- " + off(0) + " <-[ACCUSED]- Freedonia"}},
		{"official to a hub over parallel events", "chain", map[string]string{"a": g.official(700), "b": n("Carpania")}, []string{
			"p=" + off(700) + " <-[ACCUSED]- Freedonia <-[URGED]- Ruritania <-[SUPPORTED]- Carpania"}},
		{"hub to an official, from the other end", "path", map[string]string{"a": n("Carpania"), "b": g.official(700)}, []string{
			"hops=3 | chain=Carpania -[SUPPORTED]-> Ruritania -[URGED]-> Freedonia -[ACCUSED]-> " + off(700)}},
		{"not within max_hops", "path", map[string]string{"a": g.official(700), "b": n("Carpania"), "max_hops": "2"}, nil},
		{"two officials", "chain", map[string]string{"a": g.official(3), "b": g.official(900)}, []string{
			"p=" + off(3) + " <-[ACCUSED]- Freedonia -[ACCUSED]-> " + off(900),
			"p=" + off(3) + " -[OFFICIAL_OF]-> Sylvania <-[OFFICIAL_OF]- " + off(900)}},
		{"neighbours in the tail", "chain", map[string]string{"a": g.official(11), "b": g.official(10)}, []string{
			"p=" + off(11) + " <-[MET_WITH]- " + off(10)}},
		{"nothing joins them", "chain", map[string]string{"a": n("Sylvania"), "b": n("Borduria")}, nil},
		{"no path either", "path", map[string]string{"a": n("Nova Tessa"), "b": g.official(5)}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := rows(t, d, g.ns, tt.query, tt.params)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Run(%s, %v)\ngot:\n%s\nwant:\n%s", tt.query, tt.params, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	type run struct{ query, a, b string }
	runs := []run{
		{"chain", n("Sylvania"), n("Borduria")}, {"path", g.official(5), n("Nova Tessa")},
		{"chain", n("Sylvania"), n("Freedonia")}, {"path", n("Sylvania"), n("Freedonia")},
		{"chain", g.official(700), n("Carpania")}, {"chain", g.official(3), g.official(900)},
	}
	measure := func() (hits, mem []int64) {
		for _, r := range runs {
			q, err := Get(r.query)
			if err != nil {
				t.Fatal(err)
			}
			bound, err := q.Bind(map[string]string{"a": r.a, "b": r.b})
			if err != nil {
				t.Fatal(err)
			}
			h, m, err := profileMemory(d, testdb.Get(t).Database, q.Cypher, bound, 20*time.Second)
			if err != nil {
				t.Fatalf("%s %s - %s: %v", r.query, r.a, r.b, err)
			}
			hits, mem = append(hits, h), append(mem, m)
		}
		return hits, mem
	}
	hits, mem := measure()
	g.addOfficials(t, d, tail)
	hits2, mem2 := measure()
	for i, r := range runs {
		t.Logf("%s %s - %s: %d db hits, %d bytes with %d officials; %d, %d bytes with %d",
			r.query, r.a, r.b, hits[i], mem[i], tail, hits2[i], mem2[i], 2*tail)
		limit := 2*hits[i] + hits[i]/4
		if i < 2 {
			limit = hits[i] + 100 // apart: the search grows from the small end
		}
		if hits2[i] > limit {
			t.Errorf("%s %s - %s: %d db hits with %d officials, %d with %d: want at most %d",
				r.query, r.a, r.b, hits[i], tail, hits2[i], 2*tail, limit)
		}
		if m := max(mem[i], mem2[i]); m > 64<<20 {
			t.Errorf("%s %s - %s: an operator holds %d bytes, want at most 64 MB", r.query, r.a, r.b, m)
		}
	}
}

// profileMemory runs cypher with PROFILE in a transaction that the server
// ends after timeout, and returns its database hits and the most memory
// one operator held.
func profileMemory(d neo4j.DriverWithContext, database, cypher string, params map[string]any, timeout time.Duration) (hits, mem int64, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout+10*time.Second)
	defer cancel()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "PROFILE\n"+cypher, params, neo4j.WithTxTimeout(timeout))
	if err != nil {
		return 0, 0, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, 0, err
	}
	if sum.Profile() == nil {
		return 0, 0, fmt.Errorf("no profile in the summary")
	}
	walkPlan(sum.Profile(), func(p neo4j.ProfiledPlan) {
		hits += p.DbHits()
		if m, ok := p.Arguments()["Memory"].(int64); ok {
			mem = max(mem, m)
		}
	})
	return hits, mem, nil
}
