package graph

// Integration tests against the real Neo4j of internal/testdb (the local
// server unless ACTORGRAPH_TEST_NEO4J_URI names another). They run when
// ACTORGRAPH_NEO4J_TEST is set (make test sets it) and fail if the server
// cannot be reached then. Community edition has one user database, shared by
// every test and package: each test writes ids carrying its own namespace
// ("person:<ns>-john-kerry") and deletes only those, so tests and packages
// may run in parallel.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// testDriver returns a verified driver for the test database (see
// internal/testdb), skipping the test unless ACTORGRAPH_NEO4J_TEST is set.
func testDriver(t *testing.T) neo4j.DriverWithContext { return testdb.Driver(t) }

// namespace returns a fresh id namespace whose nodes are deleted when the
// test ends.
func namespace(t *testing.T, d neo4j.DriverWithContext) string { return testdb.Namespace(t, d, "t") }

// nsID puts id into namespace ns: "person:x" becomes "person:<ns>-x".
func nsID(ns, id string) string {
	if id == "" {
		return ""
	}
	p, rest, _ := strings.Cut(id, ":")
	return p + ":" + ns + "-" + rest
}

// namespaced returns a copy of g with every id moved into namespace ns.
func namespaced(g *Graph, ns string) *Graph {
	out := New()
	for _, a := range g.Articles {
		a.ID = nsID(ns, a.ID)
		out.AddArticle(a)
	}
	for _, n := range g.Nodes() {
		n.ID = nsID(ns, n.ID)
		out.AddNode(n)
	}
	for _, e := range g.Edges() {
		e.From, e.To, e.Location = nsID(ns, e.From), nsID(ns, e.To), nsID(ns, e.Location)
		var arts []string
		for _, a := range e.Articles {
			arts = append(arts, nsID(ns, a))
		}
		e.Articles = arts
		out.AddEdge(e)
	}
	return out
}

// query runs a read and returns its records as maps.
func query(t *testing.T, d neo4j.DriverWithContext, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	return testdb.Query(t, d, cypher, params)
}

func sortedMap(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%v ", k, m[k])
	}
	return b.String()
}

func TestApplySchemaTwice(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 100)
	for i := range 2 {
		if err := w.ApplySchema(context.Background()); err != nil {
			t.Fatalf("ApplySchema, run %d: %v", i+1, err)
		}
	}
	rows := query(t, d, `SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names`, nil)
	names := rows[0]["names"].([]any)
	for _, want := range []string{"article_id", "city_id", "country_id", "organisation_id", "person_id", "region_id"} {
		if !slices.Contains(names, any(want)) {
			t.Errorf("after ApplySchema, constraint %s missing from %v", want, names)
		}
	}
}

func TestWriteReadBack(t *testing.T) {
	d := testDriver(t)
	ns := namespace(t, d)
	w := NewWriter(d, testdb.Get(t).Database, 2)
	if err := w.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, err := w.Write(context.Background(), namespaced(planFixture(), ns))
	if err != nil {
		t.Fatalf("Write(fixture): %v", err)
	}
	if st.NodesCreated != 11 || st.RelationshipsCreated != 8 || st.Unmatched != 0 {
		t.Errorf("Write(fixture) stats = %+v, want 11 nodes, 8 relationships created, 0 unmatched", st)
	}

	counts := query(t, d, `
MATCH (n) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-'
UNWIND labels(n) AS label
RETURN label, count(*) AS n ORDER BY label`, map[string]any{"ns": ns})
	got := map[string]int64{}
	for _, r := range counts {
		got[r["label"].(string)] = r["n"].(int64)
	}
	want := map[string]int64{"Article": 2, "City": 2, "Country": 2, "Organisation": 1, "Person": 3, "Official": 2, "Region": 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("label counts after Write = %v, want %v", got, want)
	}

	p := func(id string) map[string]any { return map[string]any{"id": nsID(ns, id)} }
	city := query(t, d, `MATCH (c:City {id: $id}) RETURN c.location.latitude AS lat, c.location.longitude AS lon,
		c.location.srid AS srid, c.country AS country`, p("city:aleppo@syr"))
	if len(city) != 1 || city[0]["lat"] != 36.2 || city[0]["lon"] != 37.15 || city[0]["srid"] != int64(4326) || city[0]["country"] != "SYR" {
		t.Errorf("Aleppo = %v, want point 36.2,37.15 (srid 4326), country SYR", city)
	}
	if rows := query(t, d, `MATCH (c:City {id: $id}) RETURN c.location IS NULL AS none`, p("city:lausanne@che")); rows[0]["none"] != true {
		t.Errorf("Lausanne has a location, want none (no lat/lon)")
	}
	person := query(t, d, `MATCH (n:Person {id: $id}) RETURN n.name AS name, n.aliases AS aliases, n:Official AS official`,
		p("person:some-one"))
	if person[0]["name"] != "Some One" || person[0]["official"] != false || len(person[0]["aliases"].([]any)) != 0 {
		t.Errorf("Some One = %v, want name, no aliases, not Official", person)
	}
	country := query(t, d, `MATCH (n:Country {id: $id}) RETURN n.name AS name, n.aliases AS aliases, n.iso2 AS iso2, n.iso3 AS iso3`,
		p("country:rus"))
	if fmt.Sprint(country) != "[map[aliases:[Moscow Russian] iso2:RU iso3:RUS name:Russia]]" {
		t.Errorf("Russia = %v", country)
	}

	met := query(t, d, `MATCH (a {id: $a})-[r:MET_WITH]->(b {id: $b}) RETURN r`,
		map[string]any{"a": nsID(ns, "person:john-kerry"), "b": nsID(ns, "person:sergei-lavrov")})
	if len(met) != 1 {
		t.Fatalf("MET_WITH Kerry->Lavrov: %d edges, want 1 (symmetric, lower id first)", len(met))
	}
	r := met[0]["r"].(dbtype.Relationship).Props
	for _, k := range []string{"tally", "tally_counts", "evidence_by_article"} {
		delete(r, k) // bookkeeping, tested by TestUpdateRetracts
	}
	wantProps := map[string]any{
		"date": dbtype.Date(time.Date(2016, 10, 15, 0, 0, 0, 0, time.UTC)), "modality": "planned", "confidence": 0.9,
		"cameo": "04", "sources": int64(1), "articles": []any{nsID(ns, "article:kerry-lavrov")},
		"evidence": []any{"Kerry will meet Lavrov in Lausanne on Saturday."}, "rules": []any{"met-with/will-meet"},
		"finders": []any{"object", "subject"}, "location": nsID(ns, "city:lausanne@che"), "date_precision": "day", "evidence_count": int64(1),
		"from_rollup": nsID(ns, "country:usa"), "to_rollup": nsID(ns, "country:rus"), // their offices (rollup.go)
	}
	if sortedMap(r) != sortedMap(wantProps) {
		t.Errorf("MET_WITH properties\ngot  %s\nwant %s", sortedMap(r), sortedMap(wantProps))
	}
	off := query(t, d, `MATCH ({id: $a})-[r:OFFICIAL_OF]->({id: $b}) RETURN r.title AS title, r.titles AS titles, r.date IS NULL AS nodate`,
		map[string]any{"a": nsID(ns, "person:john-kerry"), "b": nsID(ns, "country:usa")})
	if fmt.Sprint(off) != "[map[nodate:true title:Secretary of State titles:[Secretary of State top diplomat]]]" {
		t.Errorf("OFFICIAL_OF Kerry->USA = %v", off)
	}
	bombed := query(t, d, `MATCH ({id: $a})-[r:BOMBED]->({id: $b})
		RETURN r.casualties AS c, toString(r.date) AS date, r.date_precision AS precision ORDER BY date`,
		map[string]any{"a": nsID(ns, "country:rus"), "b": nsID(ns, "city:aleppo@syr")})
	if fmt.Sprint(bombed) != "[map[c:<nil> date:2016-09-01 precision:month] map[c:12 date:2016-10-13 precision:day]]" {
		t.Errorf("BOMBED = %v, want one in September 2016 (month precision) and one with casualties 12 on the article's date 2016-10-13", bombed)
	}
	mentions := query(t, d, `MATCH (a:Article {id: $a})-[r:MENTIONS]->(p) RETURN p.name AS name, r.count AS count ORDER BY name`,
		map[string]any{"a": nsID(ns, "article:kerry-lavrov")})
	if fmt.Sprint(mentions) != "[map[count:3 name:John Kerry] map[count:2 name:Sergei Lavrov]]" {
		t.Errorf("MENTIONS = %v", mentions)
	}
	art := query(t, d, `MATCH (a:Article {id: $id}) RETURN a.title AS title, toString(a.published) AS published,
		a.url AS url, a.source AS source, a.ingested_at IS NOT NULL AS ingested, a.content_sha256 AS sha`, p("article:kerry-lavrov"))
	wantArt := fmt.Sprintf("[map[ingested:true published:2016-10-12 sha:%s source:example title:Kerry and Lavrov to meet in Lausanne url:https://example.org/kerry-lavrov]]", strings.Repeat("a", 64))
	if fmt.Sprint(art) != wantArt {
		t.Errorf("Article = %v\nwant %v", art, wantArt)
	}
	if rows := query(t, d, `MATCH (n) WHERE n._lock IS NOT NULL RETURN count(n) AS n`, nil); rows[0]["n"] != int64(0) {
		t.Errorf("%v nodes keep the _lock property", rows[0]["n"])
	}

	seen, err := w.Seen(context.Background(), nsID(ns, "article:kerry-lavrov"), strings.Repeat("a", 64))
	if err != nil || !seen {
		t.Errorf("Seen(loaded article, same hash) = %v, %v; want true", seen, err)
	}
	seen, err = w.Seen(context.Background(), nsID(ns, "article:kerry-lavrov"), strings.Repeat("b", 64))
	if err != nil || seen {
		t.Errorf("Seen(loaded article, other hash) = %v, %v; want false", seen, err)
	}
	seen, err = w.Seen(context.Background(), nsID(ns, "article:never"), "")
	if err != nil || seen {
		t.Errorf("Seen(unknown article) = %v, %v; want false", seen, err)
	}
}

func TestWriteIdempotent(t *testing.T) {
	d := testDriver(t)
	ns := namespace(t, d)
	w := NewWriter(d, testdb.Get(t).Database, 3)
	ctx := context.Background()
	g := namespaced(planFixture(), ns)
	if _, err := w.Write(ctx, g); err != nil {
		t.Fatal(err)
	}
	first := testdb.Snapshot(t, d, ns)
	st, err := w.Write(ctx, g)
	if err != nil {
		t.Fatalf("second Write: %v", err)
	}
	if st.NodesCreated != 0 || st.RelationshipsCreated != 0 || st.LabelsAdded != 0 {
		t.Errorf("second Write of the same graph created something: %+v", st)
	}
	if second := testdb.Snapshot(t, d, ns); second != first {
		t.Errorf("second Write changed the graph\nbefore:\n%s\nafter:\n%s", first, second)
	}

	// A second article reporting the same meeting adds to the edge once.
	h := New()
	h.AddArticle(Article{ID: "article:second", Title: "Second", Published: "2016-10-14"})
	h.AddNode(Node{ID: "person:sergei-lavrov", Label: schema.Person, Name: "Lavrov", Aliases: []string{"Sergey Lavrov"}})
	h.AddNode(Node{ID: "person:john-kerry", Label: schema.Person, Name: "John Forbes Kerry"})
	h.AddEdge(Edge{Type: schema.MetWith, From: "person:john-kerry", To: "person:sergei-lavrov", Date: "2016-10-15",
		Modality: schema.Asserted, Confidence: 0.8, Articles: []string{"article:second"},
		Evidence: []string{"Kerry met Lavrov.", "Kerry will meet Lavrov in Lausanne on Saturday."}, Rules: []string{"met-with/met"}})
	h.AddEdge(Edge{Type: schema.OfficialOf, From: "person:sergei-lavrov", To: "country:rus",
		Articles: []string{"article:second"}, Titles: []string{"foreign minister of Russia"}})
	h.AddEdge(Edge{Type: schema.Mentions, From: "article:second", To: "person:sergei-lavrov", Count: 4})
	h = namespaced(h, ns)
	for i := range 2 {
		if _, err := w.Write(ctx, h); err != nil {
			t.Fatalf("Write(second article), run %d: %v", i+1, err)
		}
	}
	met := query(t, d, `MATCH (a {id: $a})-[r:MET_WITH]-(b {id: $b}) RETURN r.articles AS articles, r.sources AS sources,
		r.evidence AS evidence, r.rules AS rules, r.modality AS modality, r.confidence AS confidence`,
		map[string]any{"a": nsID(ns, "person:john-kerry"), "b": nsID(ns, "person:sergei-lavrov")})
	want := fmt.Sprintf("[map[articles:[%s %s] confidence:0.9 evidence:[Kerry will meet Lavrov in Lausanne on Saturday. Kerry met Lavrov.] modality:asserted rules:[met-with/met met-with/will-meet] sources:2]]",
		nsID(ns, "article:kerry-lavrov"), nsID(ns, "article:second"))
	if fmt.Sprint(met) != want {
		t.Errorf("MET_WITH after a second article, written twice\ngot  %v\nwant %v", met, want)
	}
	names := query(t, d, `MATCH (n:Person) WHERE n.id IN $ids RETURN n.name AS name, n.aliases AS aliases ORDER BY name`,
		map[string]any{"ids": []string{nsID(ns, "person:john-kerry"), nsID(ns, "person:sergei-lavrov")}})
	if fmt.Sprint(names) != "[map[aliases:[John Kerry Kerry] name:John Forbes Kerry] map[aliases:[Lavrov Sergey Lavrov] name:Sergei Lavrov]]" {
		t.Errorf("names after a second article = %v", names)
	}
	off := query(t, d, `MATCH ({id: $a})-[r:OFFICIAL_OF]->() RETURN r.titles AS titles, r.title AS title, r.sources AS sources`,
		map[string]any{"a": nsID(ns, "person:sergei-lavrov")})
	if fmt.Sprint(off) != "[map[sources:2 title:Foreign Minister titles:[Foreign Minister foreign minister of Russia]]]" {
		t.Errorf("OFFICIAL_OF after a second article = %v", off)
	}
	mentions := query(t, d, `MATCH (a:Article)-[r:MENTIONS]->({id: $p}) RETURN a.id AS a, r.count AS count ORDER BY a`,
		map[string]any{"p": nsID(ns, "person:sergei-lavrov")})
	if len(mentions) != 2 || mentions[1]["count"] != int64(4) || mentions[0]["count"] != int64(2) {
		t.Errorf("MENTIONS of Lavrov = %v, want counts 2 and 4 (set, not added)", mentions)
	}
}

// TestConcurrentWriters runs writers in parallel, each with its own driver,
// over overlapping graphs: every batch touches the same nodes and edges.
// In "edges only" the end nodes are loaded first and the graphs hold only
// edges, each batch with its own article, so only the locks the edge
// statements take keep two writers from creating one edge twice or losing
// an article from its list.
func TestConcurrentWriters(t *testing.T) {
	d := testDriver(t)
	const writers, batches = 4, 20
	actors := []string{"country:aaa", "country:bbb", "person:p1", "person:p2", "org:o1", "org:o2"}
	types := []schema.RelType{schema.MetWith, schema.Accused, schema.Supported}
	edges := func(g *Graph, b int, art string) {
		for i, from := range actors {
			for j, to := range actors {
				if i == j {
					continue
				}
				tp := types[(i+j+b)%len(types)]
				g.AddEdge(Edge{Type: tp, From: from, To: to, Date: fmt.Sprintf("2016-10-%02d", 10+b%3),
					Modality: schema.Asserted, Confidence: 0.5, Articles: []string{art},
					Evidence: []string{fmt.Sprintf("%s %s %s", from, tp, to)}, Rules: []string{"r"}})
			}
		}
	}
	nodes := func(g *Graph, w int) {
		for _, id := range actors {
			l, _ := schema.LabelOfID(id)
			g.AddNode(Node{ID: id, Label: l, Name: id, Aliases: []string{fmt.Sprintf("alias %d", w)}})
		}
	}

	t.Run("with nodes", func(t *testing.T) {
		ns := namespace(t, d)
		concurrentWrites(t, d, ns, writers, batches, func(w, b int) *Graph {
			g := New()
			art := fmt.Sprintf("article:a%02d", b)
			g.AddArticle(Article{ID: art, Title: art, Published: "2016-10-12"})
			nodes(g, w)
			for _, id := range actors {
				g.AddEdge(Edge{Type: schema.Mentions, From: art, To: id, Count: 1})
			}
			edges(g, b, art)
			return namespaced(g, ns)
		})
	})
	t.Run("edges only", func(t *testing.T) {
		ns := namespace(t, d)
		g := New()
		nodes(g, 0)
		if _, err := NewWriter(d, testdb.Get(t).Database, 10).Write(context.Background(), namespaced(g, ns)); err != nil {
			t.Fatal(err)
		}
		concurrentWrites(t, d, ns, writers, batches, func(w, b int) *Graph {
			g := New()
			edges(g, b, fmt.Sprintf("article:w%db%02d", w, b))
			return namespaced(g, ns)
		})
	})
}

// concurrentWrites runs writers goroutines, each with its own driver, that
// write build(w, b) for every batch b (each starting at another batch), and
// checks that the database then holds exactly the merge of all the graphs.
func concurrentWrites(t *testing.T, d neo4j.DriverWithContext, ns string, writers, batches int, build func(w, b int) *Graph) {
	t.Helper()
	expected := New()
	for b := range batches {
		for w := range writers {
			expected.Merge(build(w, b))
		}
	}
	db := testdb.Get(t).Database
	drivers := make([]neo4j.DriverWithContext, writers)
	for w := range drivers {
		drivers[w] = testdb.Open(t, testdb.Get(t))
	}
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	start := time.Now()
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wr := NewWriter(drivers[w], db, 10)
			for b := range batches {
				bb := (b + w*batches/writers) % batches
				if _, err := wr.Write(context.Background(), build(w, bb)); err != nil {
					errs <- fmt.Errorf("writer %d, batch %d: %w", w, bb, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	t.Logf("%d writers x %d batches in %v", writers, batches, time.Since(start).Round(time.Millisecond))

	dup := query(t, d, `MATCH (n) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-'
		WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id, c`, map[string]any{"ns": ns})
	if len(dup) > 0 {
		t.Errorf("duplicate nodes: %v", dup)
	}
	dupRels := query(t, d, `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH split(a.id, ':')[0] + ':' + $ns + '-'
		WITH a.id AS a, type(r) AS t, b.id AS b, r.date AS date, count(*) AS c WHERE c > 1 RETURN a, t, b, date, c`,
		map[string]any{"ns": ns})
	if len(dupRels) > 0 {
		t.Errorf("duplicate relationships: %v", dupRels)
	}
	_, edges := expected.Len()
	got := query(t, d, `MATCH (n)-[r]->() WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-'
		RETURN count(r) AS edges`, map[string]any{"ns": ns})
	if got[0]["edges"] != int64(edges) {
		t.Errorf("after concurrent writes: %v edges, want %d", got[0]["edges"], edges)
	}
	rels := query(t, d, `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH split(a.id, ':')[0] + ':' + $ns + '-' AND type(r) <> 'MENTIONS'
		RETURN a.id AS a, type(r) AS t, b.id AS b, toString(r.date) AS date, r.articles AS articles, r.sources AS sources`,
		map[string]any{"ns": ns})
	stored := map[Key]map[string]any{}
	for _, r := range rels {
		stored[Key{From: r["a"].(string), Type: schema.RelType(r["t"].(string)), To: r["b"].(string), Date: r["date"].(string)}] = r
	}
	for _, e := range expected.Edges() {
		if e.Type == schema.Mentions {
			continue
		}
		r, ok := stored[e.Key()]
		if !ok {
			t.Errorf("edge %v missing", e.Key())
			continue
		}
		var arts []string
		for _, a := range r["articles"].([]any) {
			arts = append(arts, a.(string))
		}
		slices.Sort(arts)
		all := slices.Sorted(slices.Values(e.Articles))
		want := all[:min(len(all), MaxArticles)] // the sample: the smallest ids
		if !slices.Equal(arts, want) || r["sources"] != int64(len(all)) {
			t.Errorf("edge %v: articles %v, sources %v; want %v, %d", e.Key(), arts, r["sources"], want, len(all))
		}
	}
}

// TestWriteRollsBack checks that a Write whose last statement fails leaves
// nothing of the graph in the database.
func TestWriteRollsBack(t *testing.T) {
	d := testDriver(t)
	ns := namespace(t, d)
	w := NewWriter(d, testdb.Get(t).Database, 2)
	stmts, err := Plan(namespaced(planFixture(), ns), 2)
	if err != nil {
		t.Fatal(err)
	}
	stmts = append(stmts, Statement{Name: "FAILING", Cypher: unwindRows + " RETURN count(1 / row.zero) AS n",
		Batches: [][]map[string]any{{{"zero": int64(1)}}, {{"zero": int64(0)}}}})
	_, err = w.write(context.Background(), stmts)
	if err == nil {
		t.Fatal("write(plan + failing statement) gave no error")
	}
	if !strings.Contains(err.Error(), "load batch 2 of FAILING") {
		t.Errorf("write error = %q, want it to name the failing batch", err)
	}
	if rows := query(t, d, `MATCH (n) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-' RETURN count(n) AS n`,
		map[string]any{"ns": ns}); rows[0]["n"] != int64(0) {
		t.Errorf("after a failed write, %v nodes of the graph are in the database, want 0", rows[0]["n"])
	}
}

func TestVerifyWrongPassword(t *testing.T) {
	testDriver(t)
	uri := testdb.Get(t).URI
	d, err := NewDriver(uri, "neo4j", "not-the-password")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = Verify(ctx, d, "neo4j")
	if !errors.Is(err, ErrAuth) {
		t.Fatalf("Verify(wrong password) = %v, want ErrAuth", err)
	}
	if !strings.Contains(err.Error(), "refused the credentials for user neo4j: check NEO4J_PASSWORD") {
		t.Errorf("Verify(wrong password) message = %q, want it to say what to check", err)
	}
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		t.Errorf("Verify(wrong password) = %v, want it to wrap the *neo4j.Neo4jError too", err)
	}
}

func TestVerifyUnreachable(t *testing.T) {
	testDriver(t)
	d, err := NewDriver("bolt://127.0.0.1:1", "neo4j", "x")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	err = Verify(ctx, d, "neo4j")
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Verify(unreachable) = %v, want ErrUnavailable", err)
	}
	if !strings.Contains(err.Error(), "cannot reach Neo4j at bolt://127.0.0.1:1: is it running?") {
		t.Errorf("Verify(unreachable) message = %q", err)
	}
	t.Logf("Verify(unreachable) took %v", time.Since(start))
}

func TestNewDriverSchemes(t *testing.T) {
	for _, uri := range []string{"bolt://127.0.0.1:7687", "bolt+s://db.example.org", "neo4j://127.0.0.1",
		"neo4j+s://abcd1234.databases.neo4j.io", "neo4j+ssc://db.example.org:7687"} {
		d, err := NewDriver(uri, "neo4j", "x")
		if err != nil {
			t.Errorf("NewDriver(%s): %v", uri, err)
			continue
		}
		d.Close(context.Background())
	}
	if _, err := NewDriver("http://127.0.0.1:7474", "neo4j", "x"); err == nil {
		t.Errorf("NewDriver(http://...) gave no error")
	}
}

func TestExplain(t *testing.T) {
	const uri = "neo4j+s://db.example.org"
	tests := []struct {
		name string
		err  error
		want error
		text string
	}{
		{"unauthorized", fmt.Errorf("open session: %w", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"}),
			ErrAuth, "Neo4j at neo4j+s://db.example.org refused the credentials for user neo4j: check NEO4J_PASSWORD"},
		{"rate limited", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit"}, ErrAuth, "refused"},
		{"connectivity", fmt.Errorf("x: %w", &neo4j.ConnectivityError{Inner: errors.New("dial tcp: connection refused")}),
			ErrUnavailable, "cannot reach Neo4j at neo4j+s://db.example.org: is it running? start the local one with `make neo4j-start`"},
		{"retries exhausted", &neo4j.TransactionExecutionLimit{Cause: "timeout",
			Errors: []error{&neo4j.ConnectivityError{Inner: errors.New("eof")}}}, ErrUnavailable, "cannot reach"},
		{"syntax", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, nil, "SyntaxError"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Explain(tt.err, uri, "neo4j")
			if tt.want != nil && !errors.Is(got, tt.want) {
				t.Errorf("Explain(%v) = %v, want %v", tt.err, got, tt.want)
			}
			if tt.want == nil && (errors.Is(got, ErrAuth) || errors.Is(got, ErrUnavailable)) {
				t.Errorf("Explain(%v) = %v, want the error unchanged", tt.err, got)
			}
			if !strings.Contains(got.Error(), tt.text) {
				t.Errorf("Explain(%v) = %q, want it to contain %q", tt.err, got, tt.text)
			}
			if !errors.Is(got, tt.err) {
				t.Errorf("Explain(%v) = %v does not wrap the driver error", tt.err, got)
			}
		})
	}
}

func TestWriteCountsUnmatched(t *testing.T) {
	d := testDriver(t)
	ns := namespace(t, d)
	g := New()
	g.AddNode(Node{ID: "org:real", Label: schema.Organisation, Name: "Real"})
	g.AddEdge(Edge{Type: schema.Urged, From: "org:real", To: "org:ghost", Date: "2016-10-12", Articles: []string{"article:x"}})
	g.AddEdge(Edge{Type: schema.Urged, From: "org:real", To: "org:real", Date: "2016-10-12", Articles: []string{"article:x"}})
	st, err := NewWriter(d, testdb.Get(t).Database, 10).Write(context.Background(), namespaced(g, ns))
	if err != nil {
		t.Fatal(err)
	}
	if st.Unmatched != 1 || st.RelationshipsCreated != 1 || st.Rows != 3 {
		t.Errorf("Write(edge to a missing node) stats = %+v, want 1 unmatched, 1 relationship, 3 rows", st)
	}
}
