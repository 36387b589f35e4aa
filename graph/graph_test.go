package graph

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/schema"
)

func TestAddEdgeMerges(t *testing.T) {
	tests := []struct {
		name      string
		edges     []Edge
		wantEdges int
		check     func(t *testing.T, e Edge)
	}{
		{
			name: "symmetric stored lower id first and merged",
			edges: []Edge{
				{Type: schema.MetWith, From: "person:sergei-lavrov", To: "person:john-kerry", Date: "2016-10-15", Articles: []string{"article:a"}, Evidence: []string{"s1"}, Rules: []string{"r1"}, Finders: []string{"subject"}, Modality: schema.Planned, Confidence: 0.7},
				{Type: schema.MetWith, From: "person:john-kerry", To: "person:sergei-lavrov", Date: "2016-10-15", Articles: []string{"article:b"}, Evidence: []string{"s2"}, Rules: []string{"r1"}, Finders: []string{"object", "subject"}, Modality: schema.Asserted, Confidence: 0.9},
			},
			wantEdges: 1,
			check: func(t *testing.T, e Edge) {
				if e.From != "person:john-kerry" {
					t.Errorf("From = %q, want the lower id", e.From)
				}
				if e.Sources() != 2 || !reflect.DeepEqual(e.Evidence, []string{"s1", "s2"}) || !reflect.DeepEqual(e.Rules, []string{"r1"}) {
					t.Errorf("merged edge = %+v", e)
				}
				if !reflect.DeepEqual(e.Finders, []string{"subject", "object"}) {
					t.Errorf("finders = %v, want both articles' finders once each", e.Finders)
				}
				if e.Modality != schema.Asserted || e.Confidence != 0.9 {
					t.Errorf("modality/confidence = %s/%v", e.Modality, e.Confidence)
				}
			},
		},
		{
			name: "directed types keep direction",
			edges: []Edge{
				{Type: schema.Accused, From: "country:usa", To: "country:rus", Date: "2016-10-12"},
				{Type: schema.Accused, From: "country:rus", To: "country:usa", Date: "2016-10-12"},
			},
			wantEdges: 2,
		},
		{
			name: "different dates are different events",
			edges: []Edge{
				{Type: schema.Bombed, From: "country:rus", To: "city:aleppo@syr", Date: "2016-10-11"},
				{Type: schema.Bombed, From: "country:rus", To: "city:aleppo@syr", Date: "2016-10-12"},
			},
			wantEdges: 2,
		},
		{
			name: "the finer date precision is kept",
			edges: []Edge{
				{Type: schema.Bombed, From: "country:rus", To: "city:aleppo@syr", Date: "2016-09-01", DatePrecision: schema.Month},
				{Type: schema.Bombed, From: "country:rus", To: "city:aleppo@syr", Date: "2016-09-01", DatePrecision: schema.Day},
				{Type: schema.Bombed, From: "country:rus", To: "city:aleppo@syr", Date: "2016-09-01", DatePrecision: schema.Year},
			},
			wantEdges: 1,
			check: func(t *testing.T, e Edge) {
				if e.DatePrecision != schema.Day {
					t.Errorf("DatePrecision = %q, want day", e.DatePrecision)
				}
			},
		},
		{
			name: "structural edges ignore date and keep every title",
			edges: []Edge{
				{Type: schema.OfficialOf, From: "person:john-kerry", To: "country:usa", Date: "2016-10-12", Titles: []string{"Secretary of State"}, Articles: []string{"article:a"}},
				{Type: schema.OfficialOf, From: "person:john-kerry", To: "country:usa", Date: "2014-01-01", Titles: []string{"Senator"}, Articles: []string{"article:a"}},
			},
			wantEdges: 1,
			check: func(t *testing.T, e Edge) {
				if !reflect.DeepEqual(e.Titles, []string{"Secretary of State", "Senator"}) || e.Sources() != 1 {
					t.Errorf("titles = %q, sources = %d", e.Titles, e.Sources())
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for _, e := range tt.edges {
				g.AddEdge(e)
			}
			edges := g.Edges()
			if len(edges) != tt.wantEdges {
				t.Fatalf("got %d edges, want %d: %+v", len(edges), tt.wantEdges, edges)
			}
			if tt.check != nil {
				tt.check(t, edges[0])
			}
		})
	}
}

func TestEvidenceCapped(t *testing.T) {
	g := New()
	for i := 0; i < MaxEvidence+5; i++ {
		g.AddEdge(Edge{Type: schema.Accused, From: "country:usa", To: "country:rus", Evidence: []string{string(rune('a' + i))}})
	}
	if n := len(g.Edges()[0].Evidence); n != MaxEvidence {
		t.Errorf("evidence has %d sentences, want %d", n, MaxEvidence)
	}
}

func TestAddNodeKeepsFullestName(t *testing.T) {
	g := New()
	g.AddNode(Node{ID: "person:sergei-lavrov", Label: schema.Person, Name: "Lavrov"})
	g.AddNode(Node{ID: "person:sergei-lavrov", Label: schema.Person, Name: "Sergei Lavrov", Official: true})
	n, _ := g.Node("person:sergei-lavrov")
	if n.Name != "Sergei Lavrov" || !reflect.DeepEqual(n.Aliases, []string{"Lavrov"}) || !n.Official {
		t.Errorf("node = %+v", n)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	g := New()
	g.AddArticle(Article{ID: "article:a", Title: "T", Published: "2016-10-12"})
	g.AddNode(Node{ID: "person:john-kerry", Label: schema.Person, Name: "John Kerry", Aliases: []string{"Kerry"}, Official: true})
	g.AddNode(Node{ID: "country:usa", Label: schema.Country, Name: "United States", Props: map[string]any{"iso3": "USA"}})
	g.AddEdge(Edge{Type: schema.OfficialOf, From: "person:john-kerry", To: "country:usa", Titles: []string{"Secretary of State"}, Articles: []string{"article:a"}, Rules: []string{"official/title"}})
	g.AddEdge(Edge{Type: schema.Visited, From: "person:john-kerry", To: "country:usa", Date: "2016-01-01", DatePrecision: schema.Year, Articles: []string{"article:a"}, Finders: []string{"subject", "object"}})
	var buf bytes.Buffer
	if err := g.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("ReadJSON: %v\n%s", err, buf.String())
	}
	var again bytes.Buffer
	if err := back.WriteJSON(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"date_precision": "year"`)) {
		t.Errorf("JSON lacks the year precision of the visit:\n%s", buf.String())
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"finders": [`)) || bytes.Count(buf.Bytes(), []byte(`"finders"`)) != 1 {
		t.Errorf("JSON should give the visit's finders and only those:\n%s", buf.String())
	}
	if buf.String() != again.String() {
		t.Errorf("round trip changed the JSON:\n%s\nvs\n%s", buf.String(), again.String())
	}
}

func TestReadJSONRejectsUnknownTypes(t *testing.T) {
	for _, doc := range []string{
		`{"entities":[{"id":"x:1","type":"Planet","name":"Mars"}]}`,
		`{"relations":[{"type":"DETACH DELETE","source":"a","target":"b"}]}`,
		`{"entities":[{"id":"country:usa} DELETE n","type":"Country","name":"x"}]}`,
		`{"relations":[{"type":"VISITED","source":"a","target":"b","date_precision":"week"}]}`,
	} {
		if _, err := ReadJSON(bytes.NewReader([]byte(doc))); err == nil {
			t.Errorf("ReadJSON(%s) = nil error", doc)
		}
	}
}

// TestEdgeDated: an undated interaction edge takes the article's date at day
// precision; a dated edge and a structural edge keep theirs.
func TestEdgeDated(t *testing.T) {
	tests := []struct {
		e          Edge
		date, prec string
	}{
		{Edge{Type: schema.MetWith}, "2016-10-12", "day"},
		{Edge{Type: schema.MetWith, Date: "2016-09-01", DatePrecision: schema.Month}, "2016-09-01", "month"},
		{Edge{Type: schema.OfficialOf}, "", ""},
	}
	for _, tt := range tests {
		got := tt.e.Dated("2016-10-12")
		if got.Date != tt.date || string(got.DatePrecision) != tt.prec {
			t.Errorf("%+v.Dated(2016-10-12) = %q %q, want %q %q", tt.e, got.Date, got.DatePrecision, tt.date, tt.prec)
		}
	}
}
