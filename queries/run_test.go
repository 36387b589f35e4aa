package queries

// Integration tests of Run against the test database of internal/testdb
// (the local Neo4j unless ACTORGRAPH_TEST_NEO4J_URI names another). They run when
// ACTORGRAPH_NEO4J_TEST is set (make test sets it) and fail if the server
// cannot be reached then. The one user database is shared with other tests
// and packages, so the fixture's ids and names carry a per-test namespace,
// rows of other data are filtered out before comparing, and only the
// namespace's nodes are deleted afterwards.

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

func testDriver(t *testing.T) neo4j.DriverWithContext { return testdb.Driver(t) }

// loadFixture writes the fixture graph with ids and names in a fresh
// namespace, and returns the namespace.
func loadFixture(t *testing.T, d neo4j.DriverWithContext) string {
	t.Helper()
	ns := testdb.Namespace(t, d, "q")
	id := func(s string) string { return nsID(ns, s) }
	name := func(s string) string { return s + " " + ns }
	g := graph.New()
	for _, a := range []graph.Article{
		{ID: "article:a1", Title: "Kerry and Lavrov to meet", Published: "2016-10-12"},
		{ID: "article:a2", Title: "Strikes on Aleppo", Published: "2016-10-13"},
		{ID: "article:a3", Title: "Veto at the UN", Published: "2016-10-14"},
	} {
		a.ID, a.Title = id(a.ID), name(a.Title)
		g.AddArticle(a)
	}
	node := func(i string, l schema.Label, n string, aliases ...string) {
		var as []string
		for _, a := range aliases {
			as = append(as, name(a))
		}
		g.AddNode(graph.Node{ID: id(i), Label: l, Name: name(n), Aliases: as, Official: l == schema.Person})
	}
	node("country:rus", schema.Country, "Russia", "Moscow")
	node("country:usa", schema.Country, "United States", "Washington")
	node("country:syr", schema.Country, "Syria")
	node("country:fra", schema.Country, "France")
	node("person:kerry", schema.Person, "John Kerry", "Kerry")
	node("person:lavrov", schema.Person, "Sergei Lavrov", "Lavrov")
	node("person:ayrault", schema.Person, "Jean-Marc Ayrault", "Ayrault")
	node("org:quai", schema.Organisation, "French Foreign Ministry")
	node("org:opposition", schema.Organisation, "Syrian opposition", "rebels")
	node("city:aleppo@syr", schema.City, "Aleppo")
	node("city:lausanne@che", schema.City, "Lausanne")
	node("country:che", schema.Country, "Switzerland")
	g.AddNode(graph.Node{ID: id("city:aleppo@syr"), Label: schema.City, Props: map[string]any{"lat": 36.2, "lon": 37.15}})
	edge := func(t schema.RelType, from, to, date string, m schema.Modality, art, ev string, mod func(*graph.Edge)) {
		e := graph.Edge{Type: t, From: id(from), To: id(to), Date: date, Modality: m, Confidence: 0.8,
			Articles: []string{id(art)}, Evidence: []string{ev}, Rules: []string{"test"}}
		if mod != nil {
			mod(&e)
		}
		g.AddEdge(e)
	}
	title := func(s string) func(*graph.Edge) { return func(e *graph.Edge) { e.Titles = []string{s} } }
	edge(schema.OfficialOf, "person:kerry", "country:usa", "", "", "article:a1", "Secretary of State John Kerry", title("Secretary of State"))
	edge(schema.OfficialOf, "person:lavrov", "country:rus", "", "", "article:a1", "Russian Foreign Minister Sergei Lavrov", title("Foreign Minister"))
	edge(schema.OfficialOf, "person:ayrault", "org:quai", "", "", "article:a2", "French Foreign Minister Jean-Marc Ayrault", title("Foreign Minister"))
	edge(schema.PartOf, "org:quai", "country:fra", "", "", "article:a2", "France's Foreign Ministry", nil)
	edge(schema.MetWith, "person:lavrov", "person:kerry", "2016-10-15", schema.Planned, "article:a1",
		"Kerry will meet Lavrov in Lausanne on Saturday.", func(e *graph.Edge) { e.Location = id("city:lausanne@che") })
	edge(schema.SpokeWith, "person:lavrov", "person:ayrault", "2016-10-13", schema.Asserted, "article:a2",
		"Lavrov spoke by phone with Ayrault.", nil)
	edge(schema.MetWith, "person:kerry", "person:ayrault", "2016-10-16", schema.Negated, "article:a3",
		"Kerry did not meet Ayrault.", nil)
	edge(schema.Bombed, "country:rus", "city:aleppo@syr", "2016-10-13", schema.Reported, "article:a2",
		"Russian jets bombed Aleppo, killing 12.", func(e *graph.Edge) { e.Casualties = 12 })
	edge(schema.Attacked, "country:syr", "org:opposition", "2016-10-13", schema.Asserted, "article:a2",
		"Syrian forces attacked rebels in Aleppo.", func(e *graph.Edge) { e.Location = id("city:aleppo@syr") })
	edge(schema.Bombed, "country:usa", "city:aleppo@syr", "2016-10-14", schema.Negated, "article:a3",
		"Washington denied bombing Aleppo.", nil)
	edge(schema.Accused, "country:usa", "country:rus", "2016-10-13", schema.Asserted, "article:a2",
		"Washington accused Moscow of war crimes.", nil)
	edge(schema.Criticized, "country:fra", "country:syr", "2016-10-14", schema.Asserted, "article:a3",
		"France condemned Syria.", nil)
	edge(schema.Accused, "country:rus", "org:opposition", "2016-10-14", schema.Negated, "article:a3",
		"Russia did not blame the rebels.", nil)
	edge(schema.Vetoed, "country:rus", "country:fra", "2016-10-14", schema.Asserted, "article:a3",
		"Russia vetoed the French draft resolution.", nil)
	edge(schema.LocatedIn, "city:lausanne@che", "country:che", "", "", "article:a1", "Lausanne, Switzerland", nil)
	edge(schema.LocatedIn, "city:aleppo@syr", "country:syr", "", "", "article:a2", "Aleppo in northern Syria", nil)
	edge(schema.Visited, "person:kerry", "city:lausanne@che", "2016-10-15", schema.Planned, "article:a1",
		"Kerry will travel to Lausanne.", nil)
	edge(schema.Visited, "person:lavrov", "country:syr", "2016-10-10", schema.Asserted, "article:a1",
		"Lavrov visited Syria on Monday.", func(e *graph.Edge) {
			e.Articles = append(e.Articles, id("article:a2"))
			e.Evidence = append(e.Evidence, "Lavrov was in Syria on Monday.")
		})
	edge(schema.Visited, "person:ayrault", "city:lausanne@che", "2016-10-16", schema.Negated, "article:a3",
		"Ayrault will not go to Lausanne.", nil)
	edge(schema.AgreedWith, "person:kerry", "person:lavrov", "2016-09-01", schema.Asserted, "article:a1",
		"Kerry and Lavrov agreed on a ceasefire in September.", func(e *graph.Edge) { e.DatePrecision = schema.Month })
	edge(schema.Sanctioned, "country:usa", "country:rus", "2015-01-01", schema.Asserted, "article:a3",
		"Washington imposed sanctions on Moscow in 2015.", func(e *graph.Edge) { e.DatePrecision = schema.Year })
	for _, m := range []string{"person:kerry", "person:lavrov"} {
		g.AddEdge(graph.Edge{Type: schema.Mentions, From: id("article:a1"), To: id(m), Count: 2})
	}
	if _, err := graph.NewWriter(d, testdb.Get(t).Database, 50).Write(context.Background(), g); err != nil {
		t.Fatalf("load fixture: %v", err)
	}
	return ns
}

// rows runs a query and returns the rows that mention the namespace, each
// as "col=value" pairs joined by " | ", with ns removed from the values.
func rows(t *testing.T, d neo4j.DriverWithContext, ns, query string, params map[string]string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := Run(ctx, d, testdb.Get(t).Database, query, params)
	if err != nil {
		t.Fatalf("Run(%s, %v): %v", query, params, err)
	}
	var out []string
	for _, row := range res.Rows {
		var cells []string
		for i, v := range row {
			cells = append(cells, res.Columns[i]+"="+text(v))
		}
		line := strings.Join(cells, " | ")
		if !strings.Contains(line, ns) {
			continue
		}
		line = strings.ReplaceAll(line, " "+ns, "")
		line = strings.ReplaceAll(line, ns+"-", "")
		out = append(out, line)
	}
	return out
}

// runCase is one query run and the rows it must give.
type runCase struct {
	name   string
	query  string
	params map[string]string
	want   []string
}

func TestRun(t *testing.T) {
	d := testDriver(t)
	ns := loadFixture(t, d)
	n := func(s string) string { return s + " " + ns }
	tests := []runCase{
		{"meetings", "meetings", map[string]string{"from": "2016-01-01", "to": "2016-12-31"}, []string{
			"date=2016-10-13 | actor=Jean-Marc Ayrault | relation=SPOKE_WITH | other=Sergei Lavrov | modality=asserted | sources=1 | example=Lavrov spoke by phone with Ayrault.",
			"date=2016-10-15 | actor=John Kerry | relation=MET_WITH | other=Sergei Lavrov | modality=planned | sources=1 | example=Kerry will meet Lavrov in Lausanne on Saturday.",
		}},
		{"meetings from date", "meetings", map[string]string{"from": "2016-10-14"}, []string{
			"date=2016-10-15 | actor=John Kerry | relation=MET_WITH | other=Sergei Lavrov | modality=planned | sources=1 | example=Kerry will meet Lavrov in Lausanne on Saturday.",
		}},
		{"meetings of an actor by alias", "meetings", map[string]string{"actor": strings.ToUpper(n("ayrault"))}, []string{
			"date=2016-10-13 | actor=Jean-Marc Ayrault | relation=SPOKE_WITH | other=Sergei Lavrov | modality=asserted | sources=1 | example=Lavrov spoke by phone with Ayrault.",
		}},
		{"meetings with two sources", "meetings", map[string]string{"min_sources": "2"}, nil},
		{"actor by alias", "actor", map[string]string{"name": strings.ToUpper(n("lavrov"))}, []string{
			"actor=Sergei Lavrov | direction=did | subject=Sergei Lavrov | relation=OFFICIAL_OF | object=Russia | date= | title=Foreign Minister | modality= | sources=1 | example=Russian Foreign Minister Sergei Lavrov",
			"actor=Sergei Lavrov | direction=done to it | subject=John Kerry | relation=MET_WITH | object=Sergei Lavrov | date=2016-10-15 | title= | modality=planned | sources=1 | example=Kerry will meet Lavrov in Lausanne on Saturday.",
			"actor=Sergei Lavrov | direction=done to it | subject=Jean-Marc Ayrault | relation=SPOKE_WITH | object=Sergei Lavrov | date=2016-10-13 | title= | modality=asserted | sources=1 | example=Lavrov spoke by phone with Ayrault.",
			"actor=Sergei Lavrov | direction=did | subject=Sergei Lavrov | relation=VISITED | object=Syria | date=2016-10-10 | title= | modality=asserted | sources=2 | example=Lavrov visited Syria on Monday.",
			"actor=Sergei Lavrov | direction=done to it | subject=John Kerry | relation=AGREED_WITH | object=Sergei Lavrov | date=2016-09-01 | title= | modality=asserted | sources=1 | example=Kerry and Lavrov agreed on a ceasefire in September.",
		}},
		{"actor with two sources", "actor", map[string]string{"name": n("Lavrov"), "min_sources": "2"}, []string{
			"actor=Sergei Lavrov | direction=did | subject=Sergei Lavrov | relation=VISITED | object=Syria | date=2016-10-10 | title= | modality=asserted | sources=2 | example=Lavrov visited Syria on Monday.",
		}},
		{"actor hides negated", "actor", map[string]string{"name": n("Syrian opposition")}, []string{
			"actor=Syrian opposition | direction=done to it | subject=Syria | relation=ATTACKED | object=Syrian opposition | date=2016-10-13 | title= | modality=asserted | sources=1 | example=Syrian forces attacked rebels in Aleppo.",
		}},
		{"accusations", "accusations", nil, []string{
			"date=2016-10-13 | accuser=United States | relation=ACCUSED | target=Russia | sources=1 | evidence=Washington accused Moscow of war crimes. | article=article:a2",
			"date=2016-10-14 | accuser=France | relation=CRITICIZED | target=Syria | sources=1 | evidence=France condemned Syria. | article=article:a3",
		}},
		{"accusations against a target", "accusations", map[string]string{"target": n("moscow")}, []string{
			"date=2016-10-13 | accuser=United States | relation=ACCUSED | target=Russia | sources=1 | evidence=Washington accused Moscow of war crimes. | article=article:a2",
		}},
		{"strikes", "strikes", nil, []string{
			"date=2016-10-13 | place=Aleppo | actor=Russia | relation=BOMBED | target= | casualties=12 | modality=reported | sources=1 | example=Russian jets bombed Aleppo, killing 12.",
			"date=2016-10-13 | place=Aleppo | actor=Syria | relation=ATTACKED | target=Syrian opposition | casualties= | modality=asserted | sources=1 | example=Syrian forces attacked rebels in Aleppo.",
		}},
		{"vetoes", "vetoes", nil, []string{
			"date=2016-10-14 | vetoer=Russia | target=France | modality=asserted | sources=1 | evidence=Russia vetoed the French draft resolution. | article=article:a3",
		}},
		{"evidence", "evidence", map[string]string{"a": n("Sergei Lavrov"), "b": n("kerry")}, []string{
			"subject=John Kerry | relation=AGREED_WITH | object=Sergei Lavrov | date=2016-09-01 | modality=asserted | articles=article:a1 | titles=Kerry and Lavrov to meet | evidence=Kerry and Lavrov agreed on a ceasefire in September.",
			"subject=John Kerry | relation=MET_WITH | object=Sergei Lavrov | date=2016-10-15 | modality=planned | articles=article:a1 | titles=Kerry and Lavrov to meet | evidence=Kerry will meet Lavrov in Lausanne on Saturday.",
		}},
		{"evidence of a role", "evidence", map[string]string{"a": n("Russia"), "b": n("Sergei Lavrov")}, []string{
			"subject=Sergei Lavrov | relation=OFFICIAL_OF | object=Russia | date= | modality= | articles=article:a1 | titles=Kerry and Lavrov to meet | evidence=Russian Foreign Minister Sergei Lavrov",
		}},
		{"no evidence for a denied meeting", "evidence", map[string]string{"a": n("John Kerry"), "b": n("Ayrault")}, nil},
		{"path", "path", map[string]string{"a": n("John Kerry"), "b": n("Jean-Marc Ayrault")}, []string{
			"hops=2 | chain=John Kerry -[AGREED_WITH]-> Sergei Lavrov <-[SPOKE_WITH]- Jean-Marc Ayrault",
		}},
		{"path too long", "path", map[string]string{"a": n("John Kerry"), "b": n("Jean-Marc Ayrault"), "max_hops": "1"}, nil},
		{"top actors", "top-actors", map[string]string{"limit": "100000"}, []string{
			"actor=Russia | label=Country | events=4 | partners=3",
			"actor=Sergei Lavrov | label=Person | events=4 | partners=3",
			"actor=Syria | label=Country | events=3 | partners=3",
			"actor=John Kerry | label=Person | events=3 | partners=2",
			"actor=France | label=Country | events=2 | partners=2",
			"actor=United States | label=Country | events=2 | partners=1",
			"actor=Aleppo | label=City | events=1 | partners=1",
			"actor=Jean-Marc Ayrault | label=Person | events=1 | partners=1",
			"actor=Lausanne | label=City | events=1 | partners=1",
			"actor=Syrian opposition | label=Organisation | events=1 | partners=1",
		}},
		{"countries met", "countries-met", map[string]string{"limit": "100000"}, []string{
			"country=France | other=Russia | events=1 | sources=1 | first=2016-10-13 | last=2016-10-13 | via=Jean-Marc Ayrault - Sergei Lavrov",
			"country=Russia | other=United States | events=1 | sources=1 | first=2016-10-15 | last=2016-10-15 | via=John Kerry - Sergei Lavrov",
		}},
	}
	tests = append(tests, newQueryCases(n)...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rows(t, d, ns, tt.query, tt.params)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Run(%s, %v)\ngot:\n%s\nwant:\n%s", tt.query, tt.params, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	for _, q := range List() {
		found := false
		for _, tt := range tests {
			found = found || tt.query == q.Name
		}
		if !found {
			t.Errorf("query %s has no integration test case", q.Name)
		}
	}
}

func TestRunErrors(t *testing.T) {
	d := testDriver(t)
	ctx := context.Background()
	if _, err := Run(ctx, d, testdb.Get(t).Database, "nope", nil); !errors.Is(err, ErrUnknownQuery) {
		t.Errorf("Run(nope) = %v, want ErrUnknownQuery", err)
	}
	if _, err := Run(ctx, d, testdb.Get(t).Database, "evidence", map[string]string{"a": "x"}); !errors.Is(err, ErrBadParam) {
		t.Errorf("Run(evidence without b) = %v, want ErrBadParam", err)
	}
}

// nsID puts a test's namespace after the prefix of an id ("person:x" ->
// "person:NS-x"), so that each test writes and reads only its own nodes.
func nsID(ns, id string) string {
	p, rest, _ := strings.Cut(id, ":")
	return p + ":" + ns + "-" + rest
}
