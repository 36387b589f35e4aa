package graph

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// planFixture returns a hand-built graph of two articles that uses every
// kind of node and the main kinds of edge.
func planFixture() *Graph {
	g := New()
	g.AddArticle(Article{ID: "article:kerry-lavrov", Title: "Kerry and Lavrov to meet in Lausanne",
		URL: "https://example.org/kerry-lavrov", Source: "example", Published: "2016-10-12",
		ContentSHA256: strings.Repeat("a", 64)})
	g.AddArticle(Article{ID: "article:aleppo", Title: "Air strikes on Aleppo", Published: "2016-10-13"})
	g.AddNode(Node{ID: "country:rus", Label: schema.Country, Name: "Russia", Aliases: []string{"Moscow", "Russian"},
		Props: map[string]any{"iso2": "RU", "iso3": "RUS"}})
	g.AddNode(Node{ID: "country:usa", Label: schema.Country, Name: "United States", Aliases: []string{"Washington"},
		Props: map[string]any{"iso2": "US", "iso3": "USA"}})
	g.AddNode(Node{ID: "person:john-kerry", Label: schema.Person, Name: "John Kerry", Aliases: []string{"Kerry"}, Official: true})
	g.AddNode(Node{ID: "person:sergei-lavrov", Label: schema.Person, Name: "Sergei Lavrov", Aliases: []string{"Lavrov"}, Official: true})
	g.AddNode(Node{ID: "person:some-one", Label: schema.Person, Name: "Some One"})
	g.AddNode(Node{ID: "city:aleppo@syr", Label: schema.City, Name: "Aleppo",
		Props: map[string]any{"country": "SYR", "lat": 36.2, "lon": 37.15}})
	g.AddNode(Node{ID: "city:lausanne@che", Label: schema.City, Name: "Lausanne", Props: map[string]any{"country": "CHE"}})
	g.AddNode(Node{ID: "region:crimea@ukr", Label: schema.Region, Name: "Crimea", Props: map[string]any{"country": "UKR"}})
	g.AddNode(Node{ID: "org:syrian-opposition", Label: schema.Organisation, Name: "Syrian opposition",
		Aliases: []string{"rebels"}, Props: map[string]any{"kind": "armed_group"}})
	g.AddEdge(Edge{Type: schema.MetWith, From: "person:sergei-lavrov", To: "person:john-kerry", Date: "2016-10-15",
		Modality: schema.Planned, Confidence: 0.9, Articles: []string{"article:kerry-lavrov"},
		Evidence: []string{"Kerry will meet Lavrov in Lausanne on Saturday."}, Rules: []string{"met-with/will-meet"},
		Finders: []string{"subject", "object"}, Location: "city:lausanne@che"})
	g.AddEdge(Edge{Type: schema.Bombed, From: "country:rus", To: "city:aleppo@syr", Modality: schema.Reported,
		Confidence: 0.7, Articles: []string{"article:aleppo"}, Evidence: []string{"Russian jets bombed Aleppo."},
		Rules: []string{"bombed/air-strikes"}, Casualties: 12})
	g.AddEdge(Edge{Type: schema.Bombed, From: "country:rus", To: "city:aleppo@syr", Date: "2016-09-01",
		DatePrecision: schema.Month, Modality: schema.Asserted, Confidence: 0.8, Articles: []string{"article:aleppo"},
		Evidence: []string{"Russian jets bombed Aleppo in September."}, Rules: []string{"bombed/verb"}})
	g.AddEdge(Edge{Type: schema.OfficialOf, From: "person:sergei-lavrov", To: "country:rus", Confidence: 1,
		Articles: []string{"article:kerry-lavrov"}, Titles: []string{"Foreign Minister"}, Rules: []string{"official/title"}})
	g.AddEdge(Edge{Type: schema.OfficialOf, From: "person:john-kerry", To: "country:usa", Confidence: 1,
		Articles: []string{"article:kerry-lavrov"}, Titles: []string{"Secretary of State", "top diplomat"}})
	g.AddEdge(Edge{Type: schema.Mentions, From: "article:kerry-lavrov", To: "person:john-kerry", Count: 3,
		Articles: []string{"article:kerry-lavrov"}})
	g.AddEdge(Edge{Type: schema.Mentions, From: "article:kerry-lavrov", To: "person:sergei-lavrov", Count: 2,
		Articles: []string{"article:kerry-lavrov"}})
	g.AddEdge(Edge{Type: schema.Mentions, From: "article:aleppo", To: "city:aleppo@syr", Count: 1,
		Articles: []string{"article:aleppo"}})
	return g
}

// renderPlan writes statements in the golden file form: a header line per
// statement, its Cypher and parameters, then each batch as indented JSON.
func renderPlan(stmts []Statement) (string, error) {
	var b bytes.Buffer
	for i, s := range stmts {
		fmt.Fprintf(&b, "=== statement %d: %s (%d rows, %d batches)\n%s\n", i+1, s.Name, s.Rows(), len(s.Batches), s.Cypher)
		params, err := json.Marshal(s.Params)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "--- params %s\n", params)
		for j, batch := range s.Batches {
			rows, err := json.MarshalIndent(batch, "", "  ")
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&b, "--- batch %d\n%s\n", j+1, rows)
		}
	}
	return b.String(), nil
}

func TestPlanGolden(t *testing.T) {
	for _, size := range []int{2, 100} {
		t.Run(fmt.Sprintf("batch%d", size), func(t *testing.T) {
			stmts, err := Plan(planFixture(), size)
			if err != nil {
				t.Fatalf("Plan(fixture, %d): %v", size, err)
			}
			got, err := renderPlan(stmts)
			if err != nil {
				t.Fatalf("render plan: %v", err)
			}
			path := filepath.Join("testdata", fmt.Sprintf("plan_batch%d.golden", size))
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run go test ./graph -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("Plan(fixture, %d) differs from %s; run go test ./graph -update and review the diff\ngot:\n%s", size, path, got)
			}
		})
	}
}

func TestPlanOrder(t *testing.T) {
	stmts, err := Plan(planFixture(), 100)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range stmts {
		names = append(names, s.Name)
	}
	want := []string{"Article", "City", "Country", "Organisation", "Person", "Region",
		"BOMBED", "MET_WITH", "OFFICIAL_OF", "MENTIONS",
		"counters City", "counters Country", "counters Person"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("Plan(fixture) statement order\ngot  %q\nwant %q", names, want)
	}
}

func TestPlanBatches(t *testing.T) {
	tests := []struct {
		name  string
		nodes int
		size  int
		want  []int
	}{
		{"one", 1, 3, []int{1}},
		{"exact", 6, 3, []int{3, 3}},
		{"remainder", 7, 3, []int{3, 3, 1}},
		{"size one", 3, 1, []int{1, 1, 1}},
		{"larger than rows", 5, 1000, []int{5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for i := range tt.nodes {
				g.AddNode(Node{ID: fmt.Sprintf("org:o%02d", i), Label: schema.Organisation, Name: fmt.Sprintf("O%d", i)})
			}
			stmts, err := Plan(g, tt.size)
			if err != nil {
				t.Fatalf("Plan(%d nodes, %d): %v", tt.nodes, tt.size, err)
			}
			if len(stmts) != 1 {
				t.Fatalf("Plan(%d nodes, %d) gave %d statements, want 1", tt.nodes, tt.size, len(stmts))
			}
			var got []int
			seen := map[any]bool{}
			for _, b := range stmts[0].Batches {
				got = append(got, len(b))
				for _, row := range b {
					if seen[row["id"]] {
						t.Errorf("row %v in two batches", row["id"])
					}
					seen[row["id"]] = true
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Plan(%d nodes, %d) batch sizes = %v, want %v", tt.nodes, tt.size, got, tt.want)
			}
		})
	}
}

func TestPlanRefuses(t *testing.T) {
	tests := []struct {
		name  string
		build func(g *Graph)
		want  string
	}{
		{"unknown label", func(g *Graph) {
			g.AddNode(Node{ID: "org:x", Label: "Organisation) DETACH DELETE n //", Name: "X"})
		}, "not an entity label"},
		{"official as label", func(g *Graph) {
			g.AddNode(Node{ID: "person:x", Label: schema.Official, Name: "X"})
		}, "not an entity label"},
		{"article as entity", func(g *Graph) {
			g.AddNode(Node{ID: "article:x", Label: schema.Article, Name: "X"})
		}, "not an entity label"},
		{"id of another label", func(g *Graph) {
			g.AddNode(Node{ID: "country:rus", Label: schema.Person, Name: "X"})
		}, "does not match label"},
		{"unknown type", func(g *Graph) {
			g.AddEdge(Edge{Type: "LOVES]->(b) DETACH DELETE b //", From: "org:a", To: "org:b", Date: "2016-01-01"})
		}, "unknown relationship type"},
		{"unknown end label", func(g *Graph) {
			g.AddEdge(Edge{Type: schema.Urged, From: "org:a", To: "thing:b", Date: "2016-01-01"})
		}, "cannot tell the label"},
		{"no date", func(g *Graph) {
			g.AddEdge(Edge{Type: schema.Urged, From: "org:a", To: "org:b"})
		}, "no date"},
		{"bad date", func(g *Graph) {
			g.AddEdge(Edge{Type: schema.Urged, From: "org:a", To: "org:b", Date: "2016-13-01"})
		}, "not a YYYY-MM-DD date"},
		{"bad date precision", func(g *Graph) {
			g.AddEdge(Edge{Type: schema.Urged, From: "org:a", To: "org:b", Date: "2016-01-01", DatePrecision: "week"})
		}, "not day, month or year"},
		{"bad published", func(g *Graph) {
			g.AddArticle(Article{ID: "article:a", Published: "12 Oct 2016"})
		}, "not a YYYY-MM-DD date"},
		{"bad article id", func(g *Graph) {
			g.AddArticle(Article{ID: "a"})
		}, "does not start with article:"},
		{"bad latitude", func(g *Graph) {
			g.AddNode(Node{ID: "city:x@xxx", Label: schema.City, Name: "X", Props: map[string]any{"lat": 91.0, "lon": 0.0}})
		}, "out of range"},
		{"latitude not a number", func(g *Graph) {
			g.AddNode(Node{ID: "city:x@xxx", Label: schema.City, Name: "X", Props: map[string]any{"lat": "north", "lon": 0.0}})
		}, "not a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			tt.build(g)
			stmts, err := Plan(g, 10)
			if err == nil {
				t.Fatalf("Plan(%s) = %d statements, want error containing %q", tt.name, len(stmts), tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Plan(%s) error = %q, want it to contain %q", tt.name, err, tt.want)
			}
		})
	}
	if _, err := Plan(New(), 0); err == nil {
		t.Errorf("Plan(empty, 0) gave no error, want a batch size error")
	}
}

func TestPlanDateFromArticle(t *testing.T) {
	g := New()
	g.AddArticle(Article{ID: "article:a", Published: "2016-10-12"})
	g.AddEdge(Edge{Type: schema.Urged, From: "org:a", To: "org:b", Articles: []string{"article:a"}})
	stmts, err := Plan(g, 10)
	if err != nil {
		t.Fatal(err)
	}
	last := stmts[len(stmts)-2] // the last is the counters of the Organisations
	if got := last.Batches[0][0]["date"]; got != "2016-10-12" {
		t.Errorf("Plan: date of undated edge = %v, want the article's 2016-10-12", got)
	}
}

func TestPlanCypherHasNoValues(t *testing.T) {
	stmts, err := Plan(planFixture(), 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stmts {
		for _, v := range []string{"Lavrov", "2016", "rus", "Aleppo", "article:"} {
			if strings.Contains(s.Cypher, v) {
				t.Errorf("statement %s: Cypher contains the value %q; values must be parameters", s.Name, v)
			}
		}
		if !strings.HasPrefix(s.Cypher, unwindRows+"\n") {
			t.Errorf("statement %s does not start with %s", s.Name, unwindRows)
		}
	}
}

func TestShortTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Freedonia and Sylvania meet", "Freedonia and Sylvania meet"},
		{"  Freedonia   and Sylvania  ", "Freedonia and Sylvania"},
		{"Freedonia and Sylvania sign a border accord in Nova Tessa", "Freedonia and Sylvania sign a…"},
		{"Ruritania, Freedonia, Sylvania: talks resume", "Ruritania, Freedonia, Sylvania…"},
		{"Supercalifragilisticexpialidocious-and-more-words", "Supercalifragilisticexpialidoci…"},
	}
	for _, tt := range tests {
		if got := ShortTitle(tt.in); got != tt.want {
			t.Errorf("ShortTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPlanFreshEqualsEmptyPrior: Writer.load plans new articles before its
// transaction (prior nil) and uses that plan when the transaction finds
// none of them loaded (prior empty); the two plans must be the same.
func TestPlanFreshEqualsEmptyPrior(t *testing.T) {
	for _, size := range []int{2, 100} {
		before, err := planUpdate([]*Graph{planFixture()}, nil, nil, size)
		if err != nil {
			t.Fatal(err)
		}
		inside, err := planUpdate([]*Graph{planFixture()}, map[string]Contribution{}, nil, size)
		if err != nil {
			t.Fatal(err)
		}
		a, err := renderPlan(before)
		if err != nil {
			t.Fatal(err)
		}
		b, err := renderPlan(inside)
		if err != nil {
			t.Fatal(err)
		}
		if a != b || len(before) == 0 {
			t.Errorf("batch %d: the plan with no prior differs from the plan with an empty prior\nnil:\n%s\nempty:\n%s", size, a, b)
		}
	}
}

// TestNativeDates: the date fields of the rows go to the server as dates,
// in a copy; other fields, non-dates and the plan's own rows stay.
func TestNativeDates(t *testing.T) {
	day := func(s string) neo4j.Date {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return neo4j.DateOf(d)
	}
	tests := []struct {
		name string
		in   []map[string]any
		want []map[string]any
	}{
		{"edge date", []map[string]any{{"date": "2016-10-12", "from": "a"}},
			[]map[string]any{{"date": day("2016-10-12"), "from": "a"}}},
		{"published and no date", []map[string]any{{"published": "2020-02-29", "id": "x"}, {"id": "y", "published": nil}},
			[]map[string]any{{"published": day("2020-02-29"), "id": "x"}, {"id": "y", "published": nil}}},
		{"not a date stays for the server to refuse", []map[string]any{{"date": "2016-13-40"}, {"date": "yesterday"}},
			[]map[string]any{{"date": "2016-13-40"}, {"date": "yesterday"}}},
		{"no date fields", []map[string]any{{"from": "a", "to": "b"}},
			[]map[string]any{{"from": "a", "to": "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := fmt.Sprint(tt.in)
			got := nativeDates(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("nativeDates(%v) = %v, want %v", tt.in, got, tt.want)
			}
			if fmt.Sprint(tt.in) != before {
				t.Errorf("nativeDates changed its input: %s became %v", before, tt.in)
			}
		})
	}
}
