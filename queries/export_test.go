package queries

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/internal/testdb"
)

// graphmlDoc is what the tests read back of a GraphML document.
type graphmlDoc struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

// parseGraphML decodes b with encoding/xml and returns the document.
func parseGraphML(t *testing.T, b []byte) graphmlDoc {
	t.Helper()
	var doc graphmlDoc
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v\n%s", err, b)
	}
	return doc
}

// readCSV reads a whole CSV file and fails the test if it does not parse.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v\n%s", err, b)
	}
	return recs
}

var sampleNodes = []Node{
	{ID: "country:frd", Labels: []string{"Country"}, Props: map[string]any{"id": "country:frd", "name": "Freedonia", "aliases": []any{"Fredonia"}}},
	{ID: "person:mira-okafor", Labels: []string{"Person", "Official"}, Props: map[string]any{"id": "person:mira-okafor", "name": "Mira <\"Okafor\"> & co"}},
	{ID: "city:nova-tessa@frd", Labels: []string{"City"}, Props: map[string]any{"id": "city:nova-tessa@frd", "name": "Nova Tessa", "lat": 41.5, "lon": -3.25}},
}

var sampleEdges = []Edge{
	{Type: "OFFICIAL_OF", From: "person:mira-okafor", To: "country:frd", Props: map[string]any{"sources": int64(2), "titles": []any{"envoy"}}},
	{Type: "VISITED", From: "person:mira-okafor", To: "city:nova-tessa@frd", Props: map[string]any{
		"date": "2016-10-15", "modality": "planned", "confidence": 0.75, "sources": int64(1),
		"evidence": []any{"Okafor, she said, will visit; \"soon\"."}, "articles": []any{"article:x1"}, "rules": []any{"visit/travel"}}},
}

// sendSample writes the sample graph to sink.
func sendSample(t *testing.T, sink Sink) {
	t.Helper()
	if err := sink.Begin(keysOf(sampleNodes, nil), keysOf(nil, sampleEdges)); err != nil {
		t.Fatal(err)
	}
	for _, n := range sampleNodes {
		if err := sink.Node(n); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range sampleEdges {
		if err := sink.Edge(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := sink.End(); err != nil {
		t.Fatal(err)
	}
}

func TestGraphML(t *testing.T) {
	var b bytes.Buffer
	g := NewGraphML(&b)
	sendSample(t, g)
	doc := parseGraphML(t, b.Bytes())
	if len(doc.Graph.Nodes) != len(sampleNodes) || len(doc.Graph.Edges) != len(sampleEdges) || g.Nodes != 3 || g.Edges != 2 {
		t.Fatalf("GraphML has %d nodes and %d edges (counted %d, %d), want %d and %d",
			len(doc.Graph.Nodes), len(doc.Graph.Edges), g.Nodes, g.Edges, len(sampleNodes), len(sampleEdges))
	}
	types := map[string]string{}
	for _, k := range doc.Keys {
		types[k.For+" "+k.Name] = k.Type
	}
	for key, want := range map[string]string{"node lat": "double", "edge sources": "long", "edge confidence": "double",
		"edge evidence": "string", "node labels": "string", "edge label": "string"} {
		if types[key] != want {
			t.Errorf("GraphML key %s has type %q, want %q", key, types[key], want)
		}
	}
	data := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			data[n.ID+" "+d.Key] = d.Value
		}
	}
	for _, e := range doc.Graph.Edges {
		for _, d := range e.Data {
			data[e.Source+">"+e.Target+" "+d.Key] = d.Value
		}
	}
	for key, want := range map[string]string{
		"person:mira-okafor labels":                         "Person;Official",
		"person:mira-okafor label":                          `Mira <"Okafor"> & co`,
		"city:nova-tessa@frd n_lon":                         "-3.25",
		"person:mira-okafor>city:nova-tessa@frd e_evidence": `["Okafor, she said, will visit; \"soon\"."]`,
		"person:mira-okafor>city:nova-tessa@frd type":       "VISITED",
	} {
		if data[key] != want {
			t.Errorf("GraphML %s = %q, want %q", key, data[key], want)
		}
	}
}

func TestCSVExport(t *testing.T) {
	var nodes, edges bytes.Buffer
	c := NewCSV(&nodes, &edges)
	sendSample(t, c)
	nrecs, erecs := readCSV(t, nodes.Bytes()), readCSV(t, edges.Bytes())
	if len(nrecs)-1 != len(sampleNodes) || len(erecs)-1 != len(sampleEdges) || c.Nodes != 3 || c.Edges != 2 {
		t.Fatalf("CSV has %d node and %d edge records, want %d and %d", len(nrecs)-1, len(erecs)-1, len(sampleNodes), len(sampleEdges))
	}
	if got := strings.Join(nrecs[0], ","); got != "id,labels,aliases,lat,lon,name" {
		t.Errorf("nodes.csv header = %s", got)
	}
	if got := strings.Join(erecs[0], ","); got != "from,to,type,articles,confidence,date,evidence,modality,rules,sources,titles" {
		t.Errorf("edges.csv header = %s", got)
	}
	if got := erecs[2][6]; got != `["Okafor, she said, will visit; \"soon\"."]` {
		t.Errorf("edges.csv evidence = %q", got)
	}
}

func TestKeyTypes(t *testing.T) {
	types := map[string]string{}
	for _, kt := range [][2]string{{"a", "INTEGER NOT NULL"}, {"a", "FLOAT NOT NULL"}, {"b", "LIST<STRING NOT NULL> NOT NULL"},
		{"location", "POINT NOT NULL"}, {"c", "BOOLEAN NOT NULL"}, {"d", "INTEGER NOT NULL"}, {"d", "STRING NOT NULL"}} {
		types[kt[0]] = widen(types[kt[0]], cypherKeyType(kt[1]))
	}
	var got []string
	for _, k := range sortedKeys(types) {
		got = append(got, k.Name+":"+k.Type)
	}
	if want := "a:double b:string c:boolean d:string lat:double lon:double"; strings.Join(got, " ") != want {
		t.Errorf("sortedKeys = %v, want %s", got, want)
	}
}

// TestExport exports the whole database and a query's subgraph from the
// real Neo4j, as GraphML and as CSV, and reads both back.
func TestExport(t *testing.T) {
	d := testDriver(t)
	ns := loadFixture(t, d)
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, d, `MATCH (n) WHERE n.id CONTAINS $ns
		OPTIONAL MATCH (n)-[r]->()
		RETURN count(DISTINCT n) AS nodes, count(r) AS edges`,
		map[string]any{"ns": ns}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(testdb.Get(t).Database))
	if err != nil {
		t.Fatal(err)
	}
	wantNodes, wantEdges := res.Records[0].Values[0].(int64), res.Records[0].Values[1].(int64)
	if wantNodes != 15 || wantEdges != 23 {
		t.Fatalf("fixture has %d nodes and %d edges", wantNodes, wantEdges)
	}
	n := func(s string) string { return s + " " + ns }
	tests := []struct {
		name         string
		export       func(Sink) error
		nodes, edges int64
	}{
		{"whole graph", func(s Sink) error { return Export(ctx, d, testdb.Get(t).Database, s) }, wantNodes, wantEdges},
		{"shared-history", func(s Sink) error {
			return ExportQuery(ctx, d, testdb.Get(t).Database, "shared-history", map[string]string{"a": n("United States"), "b": n("Russia")}, s)
		}, 4, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gml bytes.Buffer
			if err := tt.export(NewGraphML(&gml)); err != nil {
				t.Fatal(err)
			}
			doc := parseGraphML(t, gml.Bytes())
			keys := map[string]bool{}
			for _, k := range doc.Keys {
				keys[k.For+" "+k.Name] = true
			}
			for _, k := range []string{"articles", "sources", "evidence", "rules", "modality", "date", "confidence"} {
				if !keys["edge "+k] {
					t.Errorf("GraphML export has no edge key %s", k)
				}
			}
			for _, k := range []string{"node tally", "edge tally_counts", "edge evidence_by_article", "node contribution"} {
				if keys[k] {
					t.Errorf("GraphML export has the loader's bookkeeping key %s", k)
				}
			}
			var nodes, edges int64
			for _, x := range doc.Graph.Nodes {
				if strings.Contains(x.ID, ns) {
					nodes++
				}
			}
			for _, e := range doc.Graph.Edges {
				if strings.Contains(e.Source, ns) {
					edges++
				}
			}
			if nodes != tt.nodes || edges != tt.edges {
				t.Errorf("GraphML export has %d nodes and %d edges of the fixture, want %d and %d", nodes, edges, tt.nodes, tt.edges)
			}
			var nb, eb bytes.Buffer
			if err := tt.export(NewCSV(&nb, &eb)); err != nil {
				t.Fatal(err)
			}
			nodes, edges = 0, 0
			for _, rec := range readCSV(t, nb.Bytes())[1:] {
				if strings.Contains(rec[0], ns) {
					nodes++
				}
			}
			for _, rec := range readCSV(t, eb.Bytes())[1:] {
				if strings.Contains(rec[0], ns) {
					edges++
				}
			}
			if nodes != tt.nodes || edges != tt.edges {
				t.Errorf("CSV export has %d nodes and %d edges of the fixture, want %d and %d", nodes, edges, tt.nodes, tt.edges)
			}
		})
	}
}
