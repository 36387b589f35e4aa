package queries

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// TestCountriesMetRollsUp: countries-met rolls each end up to every state it
// reaches by OFFICIAL_OF and PART_OF in up to three steps, counts a pair of
// actors once for each pair of distinct states (not once for each way to
// them), and counts the distinct articles of all the events of a pair of
// states. Mira Okafor and Nadia Petrova are officials of Sylvania and of
// Freedonia (their talk is one event of Freedonia and Sylvania, not two), Tomas
// Varga of Freedonia, Ivo Lindqvist of the Harbor Policy Institute, a body
// of Ruritania.
func TestCountriesMetRollsUp(t *testing.T) {
	d := testDriver(t)
	ns := testdb.Namespace(t, d, "c")
	id := func(s string) string { return nsID(ns, s) }
	g := graph.New()
	for _, n := range []struct {
		id   string
		l    schema.Label
		name string
	}{
		{"country:syl", schema.Country, "Sylvania"}, {"country:fre", schema.Country, "Freedonia"},
		{"country:rur", schema.Country, "Ruritania"}, {"org:harbor", schema.Organisation, "Harbor Policy Institute"},
		{"person:okafor", schema.Person, "Mira Okafor"}, {"person:varga", schema.Person, "Tomas Varga"},
		{"person:lindqvist", schema.Person, "Ivo Lindqvist"}, {"person:petrova", schema.Person, "Nadia Petrova"},
	} {
		g.AddNode(graph.Node{ID: id(n.id), Label: n.l, Name: n.name + " " + ns, Official: n.l == schema.Person})
	}
	edge := func(rt schema.RelType, from, to, date string, m schema.Modality, arts ...string) {
		e := graph.Edge{Type: rt, From: id(from), To: id(to), Date: date, Modality: m, Confidence: 0.8,
			Rules: []string{"test"}, Evidence: []string{fmt.Sprintf("%s %s %s.", from, rt, to)}}
		for _, a := range arts {
			e.Articles = append(e.Articles, id("article:"+a))
		}
		g.AddEdge(e)
	}
	edge(schema.OfficialOf, "person:okafor", "country:syl", "", "", "r1")
	edge(schema.OfficialOf, "person:okafor", "country:fre", "", "", "r1")
	edge(schema.OfficialOf, "person:varga", "country:fre", "", "", "r1")
	edge(schema.OfficialOf, "person:petrova", "country:fre", "", "", "r1")
	edge(schema.OfficialOf, "person:petrova", "country:syl", "", "", "r1")
	edge(schema.OfficialOf, "person:lindqvist", "org:harbor", "", "", "r1")
	edge(schema.PartOf, "org:harbor", "country:rur", "", "", "r1")
	edge(schema.MetWith, "person:okafor", "person:lindqvist", "2094-01-10", schema.Asserted, "m1", "m2")
	edge(schema.SpokeWith, "person:okafor", "person:varga", "2094-01-12", schema.Asserted, "m2")
	edge(schema.MetWith, "person:varga", "person:lindqvist", "2094-02-01", schema.Asserted, "m3")
	edge(schema.MetWith, "person:varga", "person:lindqvist", "2094-02-05", schema.Planned, "m4", "m5")
	edge(schema.MetWith, "country:syl", "country:rur", "2094-03-01", schema.Asserted, "m1")
	edge(schema.MetWith, "country:syl", "country:fre", "2094-03-02", schema.Negated, "m6")
	edge(schema.MetWith, "person:okafor", "country:syl", "2094-03-03", schema.Asserted, "m7")
	edge(schema.SpokeWith, "person:okafor", "person:petrova", "2094-04-01", schema.Asserted, "m8")
	if _, err := graph.NewWriter(d, testdb.Get(t).Database, 500).Write(context.Background(), g); err != nil {
		t.Fatalf("load: %v", err)
	}
	for _, tt := range []struct {
		params map[string]string
		want   []string
	}{
		{map[string]string{"from": "2094-01-01", "to": "2094-12-31"}, []string{
			"country=Freedonia | other=Ruritania | events=3 | sources=5 | first=2094-01-10 | last=2094-02-05 | via=Ivo Lindqvist - Mira Okafor",
			"country=Freedonia | other=Sylvania | events=3 | sources=3 | first=2094-01-12 | last=2094-04-01 | via=Mira Okafor - Tomas Varga",
			"country=Ruritania | other=Sylvania | events=2 | sources=2 | first=2094-01-10 | last=2094-03-01 | via=Ivo Lindqvist - Mira Okafor",
		}},
		{map[string]string{"from": "2094-01-01", "to": "2094-12-31", "min_sources": "2"}, []string{
			"country=Freedonia | other=Ruritania | events=2 | sources=4 | first=2094-01-10 | last=2094-02-05 | via=Ivo Lindqvist - Mira Okafor",
			"country=Ruritania | other=Sylvania | events=1 | sources=2 | first=2094-01-10 | last=2094-01-10 | via=Ivo Lindqvist - Mira Okafor",
		}},
		{map[string]string{"from": "2094-02-01", "to": "2094-03-01"}, []string{
			"country=Freedonia | other=Ruritania | events=2 | sources=3 | first=2094-02-01 | last=2094-02-05 | via=Ivo Lindqvist - Tomas Varga",
			"country=Ruritania | other=Sylvania | events=1 | sources=1 | first=2094-03-01 | last=2094-03-01 | via=Ruritania - Sylvania",
		}},
	} {
		got := rows(t, d, ns, "countries-met", tt.params)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("countries-met %v\ngot:\n%s\nwant:\n%s", tt.params, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}
