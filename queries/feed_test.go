package queries

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// EnvProfileKeep, when set, leaves the generated feed in the database: for
// a server that is thrown away after the test (the last step of .ci/run),
// where deleting 50,000 articles' graph would take a minute for nothing.
// The other integration tests must not run after it on that server: some
// snapshot the whole database.
const EnvProfileKeep = "ACTORGRAPH_TEST_PROFILE_KEEP"

// The shape of the generated feed (see feed).
const (
	feedCountries = 60  // states, popular by a Zipf law: the hubs
	feedBodies    = 40  // popular bodies (hubs too)
	feedPeople    = 200 // popular people
	feedCities    = 100 // popular cities
	feedPerDay    = 20  // articles published a day
	feedTailRun   = 3   // articles in a row that name one long-tail person
	feedTownRun   = 5   // ... one long-tail town
	feedBodyRun   = 25  // ... may name one long-tail body
	feedEvents    = 3   // events an article reports at most
	// feedBatch articles are written in one transaction, in batches of
	// feedRows rows.
	feedBatch = 2000
	feedRows  = 2000
)

// feed generates the graph of a news feed into a namespace, through the
// writer that ingest uses (graph.Writer: the same statements, event
// counters and provenance as a real load). Every article names two states,
// a body, maybe a popular person (hubs that every round names again, drawn
// by a Zipf law) and the long tail that grows with the corpus as in a real
// feed: a new person every feedTailRun articles, a new town every
// feedTownRun, a new body every feedBodyRun, each named only by the
// articles in its run; roles (OFFICIAL_OF), bodies' states (PART_OF) and
// places' states (LOCATED_IN) are reported as facts; up to feedEvents
// events between them, dated up to two days before publication
// (feedPerDay articles a day from 2030-01-01). The same sequence of calls
// gives the same graph.
type feed struct {
	ns                          string
	rnd                         *rand.Rand
	country, body, person, city func() int
	written, rows               int // articles and rows written so far
	w                           *graph.Writer
	day0                        time.Time
	placeEvents, actorEvents    []schema.RelType
}

// newFeed returns an empty feed in a new namespace, deleted at the end of
// the test unless EnvProfileKeep is set.
func newFeed(t *testing.T, d neo4j.DriverWithContext) *feed {
	t.Helper()
	ns := fmt.Sprintf("p%08x", rand.Uint32())
	rnd := rand.New(rand.NewSource(1))
	zipf := func(n int) func() int {
		z := rand.NewZipf(rnd, 1.2, 4, uint64(n-1))
		return func() int { return int(z.Uint64()) }
	}
	f := &feed{ns: ns, rnd: rnd, country: zipf(feedCountries), body: zipf(feedBodies), person: zipf(feedPeople),
		city: zipf(feedCities), day0: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC),
		w: graph.NewWriter(d, testdb.Get(t).Database, feedRows)}
	for _, rt := range schema.Interactions() {
		switch rt {
		case schema.Visited, schema.Bombed, schema.Captured, schema.Besieged:
			f.placeEvents = append(f.placeEvents, rt)
		default:
			f.actorEvents = append(f.actorEvents, rt)
		}
	}
	if err := f.w.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	if os.Getenv(EnvProfileKeep) == "" {
		t.Cleanup(func() { dropNamespace(t, d, ns) })
	}
	return f
}

// feedKinds gives each kind of generated node its label and the word of
// its name.
var feedKinds = map[string]struct {
	prefix string
	label  schema.Label
	word   string
}{
	"article": {"article", schema.Article, "Story"}, "country": {"country", schema.Country, "Country"},
	"person": {"person", schema.Person, "Person"}, "envoy": {"person", schema.Person, "Envoy"},
	"body": {"org", schema.Organisation, "Body"}, "bureau": {"org", schema.Organisation, "Bureau"},
	"city": {"city", schema.City, "City"}, "town": {"city", schema.City, "Town"},
}

// id is the id of the i-th node of a kind ("person:p1a2b3c4d-envoy-7"),
// name its name ("Envoy 7 p1a2b3c4d").
func (f *feed) id(kind string, i int) string {
	id := fmt.Sprintf("%s:%s-%s-%d", feedKinds[kind].prefix, f.ns, kind, i)
	if feedKinds[kind].label == schema.City {
		id += "@x"
	}
	return id
}

func (f *feed) name(kind string, i int) string {
	return fmt.Sprintf("%s %d %s", feedKinds[kind].word, i, f.ns)
}

// date is the day d days after the first day of the feed.
func (f *feed) date(d int) string { return f.day0.AddDate(0, 0, d).Format(time.DateOnly) }

// window returns the first and last day of a window of up to 30 days
// whose events are all reported in the first small articles: an article
// reports events of up to two days before.
func (f *feed) window(small int) (from, to string) {
	return f.date(1), f.date(1 + min(30, small/feedPerDay-4))
}

// grow writes articles until the feed has n, feedBatch per transaction;
// the next batch is generated and planned while one is written.
func (f *feed) grow(t *testing.T, n int) {
	t.Helper()
	next, from := make(chan *graph.Prepared, 1), f.written
	go func() {
		defer close(next)
		for i := from; i < n; i += feedBatch {
			batch := make([]*graph.Graph, 0, feedBatch)
			for k := i; k < min(i+feedBatch, n); k++ {
				batch = append(batch, f.article(k))
			}
			next <- f.w.Prepare(batch...)
		}
	}()
	for p := range next {
		st, err := f.w.WritePrepared(context.Background(), p)
		f.written, f.rows = f.written+len(p.Graphs()), f.rows+st.Rows
		if err != nil {
			for range next { // let the generator finish
			}
			t.Fatalf("write generated articles up to %d: %v", f.written, err)
		}
	}
}

// article returns the graph of the i-th article of the feed.
func (f *feed) article(i int) *graph.Graph {
	g := graph.New()
	art := f.id("article", i)
	g.AddArticle(graph.Article{ID: art, Title: f.name("article", i), Published: f.date(i / feedPerDay), ContentSHA256: fmt.Sprint(i)})
	node := func(kind string, k int) string {
		nid, l := f.id(kind, k), feedKinds[kind].label
		var props map[string]any
		if l == schema.City {
			props = map[string]any{"lat": float64(k%180) - 90, "lon": float64(k%360) - 180}
		}
		g.AddNode(graph.Node{ID: nid, Label: l, Name: f.name(kind, k), Official: l == schema.Person, Props: props})
		return nid
	}
	add := func(kind string, k int) string {
		nid := node(kind, k)
		g.AddEdge(graph.Edge{Type: schema.Mentions, From: art, To: nid, Count: 1})
		return nid
	}
	// fact adds a role or a place, in the k-th state (not mentioned: fewer
	// rows to write).
	fact := func(rt schema.RelType, from string, k int, titles ...string) {
		to := node("country", k)
		g.AddEdge(graph.Edge{Type: rt, From: from, To: to, Articles: []string{art}, Confidence: 0.9, Rules: []string{"gen"},
			Evidence: []string{fmt.Sprintf("%s %s %s, says story %d.", from, rt, to, i)}, Titles: titles})
	}
	c1, c2 := f.country(), f.country()
	if c2 == c1 {
		c2 = (c1 + 1) % feedCountries
	}
	actors := []string{add("country", c1), add("country", c2), add("envoy", i/feedTailRun)}
	fact(schema.OfficialOf, actors[2], i/feedTailRun%10, "envoy") // the long tail serves the first ten states
	if f.rnd.Intn(2) == 0 {
		p := f.person()
		actors = append(actors, add("person", p))
		fact(schema.OfficialOf, actors[len(actors)-1], p%feedCountries, "minister")
	}
	kind, b := "body", f.body()
	if f.rnd.Intn(3) == 0 {
		kind, b = "bureau", i/feedBodyRun
	}
	actors = append(actors, add(kind, b))
	fact(schema.PartOf, actors[len(actors)-1], b%feedCountries)
	kind, k := "town", i/feedTownRun
	if f.rnd.Intn(2) == 0 {
		kind, k = "city", f.city()
	}
	place := add(kind, k)
	fact(schema.LocatedIn, place, k%feedCountries)
	f.events(g, i, art, actors, place)
	return g
}

// events adds up to feedEvents events between the actors (and on the
// place) of the i-th article.
func (f *feed) events(g *graph.Graph, i int, art string, actors []string, place string) {
	for k := range feedEvents {
		from, to := actors[f.rnd.Intn(len(actors))], actors[f.rnd.Intn(len(actors))]
		rt := f.actorEvents[f.rnd.Intn(len(f.actorEvents))]
		if f.rnd.Intn(4) == 0 {
			rt, to = f.placeEvents[f.rnd.Intn(len(f.placeEvents))], place
		}
		if from == to {
			continue
		}
		g.AddEdge(graph.Edge{Type: rt, From: from, To: to, Date: f.date(i/feedPerDay - k), Modality: schema.Asserted,
			Confidence: 0.8, Articles: []string{art}, Rules: []string{"gen"},
			Evidence: []string{fmt.Sprintf("Event %d of story %d.", k, i)}})
	}
}

// dropNamespace deletes the generated graph of namespace ns in small
// transactions: the relationships first (every one starts at a node of the
// namespace), then the nodes, so that no transaction holds all of a hub's
// relationships. The cleanup of testdb.Namespace, which runs after it,
// finds nothing left.
func dropNamespace(t *testing.T, d neo4j.DriverWithContext, ns string) {
	ctx := context.Background()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: testdb.Get(t).Database})
	defer s.Close(ctx)
	start := time.Now()
	in := `WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-'`
	for _, cypher := range []string{
		`MATCH (n)-[r]->() ` + in + ` CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS`,
		`MATCH (n) ` + in + ` CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS`,
	} {
		res, err := s.Run(ctx, cypher, map[string]any{"ns": ns})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			t.Errorf("delete the generated graph: %v", err)
			return
		}
	}
	t.Logf("deleted the generated graph in %.1f s", time.Since(start).Seconds())
}
