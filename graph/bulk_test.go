package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/schema"
)

// bulkCapture keeps what a Bulk hands over.
type bulkCapture struct {
	articles []map[string]any
	mentions int
	nodes    map[string]map[string]any
	official map[string]bool
	edges    map[string]map[string]any
}

func (c *bulkCapture) Article(row map[string]any) error {
	c.articles = append(c.articles, row)
	return nil
}
func (c *bulkCapture) Mention(string, string, int64) error {
	c.mentions++
	return nil
}
func (c *bulkCapture) Node(_ schema.Label, official bool, row map[string]any) error {
	c.nodes[row["id"].(string)], c.official[row["id"].(string)] = row, official
	return nil
}
func (c *bulkCapture) Edge(p EdgePart, row map[string]any) error {
	c.edges[string(p.Type)+" "+p.From+" "+p.To] = row
	return nil
}

// bulkArticle returns the graph of one invented article: Mira Okafor (so
// named, or only "Okafor") met Norway, with the given modality and
// confidence.
func bulkArticle(id, name, sha string, m schema.Modality, conf float64) *Graph {
	g := New()
	a := "article:" + id
	g.AddArticle(Article{ID: a, Title: "Talks " + id, Published: "2031-03-04", ContentSHA256: sha})
	g.AddNode(Node{ID: "person:mira-okafor", Label: schema.Person, Name: name, Official: name == "Okafor"})
	g.AddNode(Node{ID: "country:nor", Label: schema.Country, Name: "Norway", Props: map[string]any{"iso3": "NOR"}})
	g.AddEdge(Edge{Type: schema.MetWith, From: "person:mira-okafor", To: "country:nor", Date: "2031-03-04",
		Modality: m, Confidence: conf, Articles: []string{a}, Evidence: []string{name + " met Norway in " + id + "."},
		Rules: []string{"met-with/verb"}})
	for _, to := range []string{"person:mira-okafor", "country:nor"} {
		g.AddEdge(Edge{Type: schema.Mentions, From: a, To: to, Count: 1})
	}
	return g
}

func TestBulkSumsArticles(t *testing.T) {
	c := &bulkCapture{nodes: map[string]map[string]any{}, official: map[string]bool{}, edges: map[string]map[string]any{}}
	b := NewBulk(c)
	for _, g := range []*Graph{
		bulkArticle("b1", "Mira Okafor", "s1", schema.Planned, 0.7),
		bulkArticle("b2", "Okafor", "s2", schema.Asserted, 0.9),
		bulkArticle("b1", "Mira Okafor", "s1", schema.Planned, 0.7), // the same again: nothing
	} {
		if err := b.Add(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Add(bulkArticle("b1", "Mira Okafor", "other", schema.Planned, 0.7)); err == nil {
		t.Error("Bulk.Add took a second version of article b1, want an error")
	}
	if err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 2 || c.mentions != 4 || c.articles[0]["contribution"] == "" {
		t.Errorf("articles %d, mentions %d (want 2, 4), first article %v", len(c.articles), c.mentions, c.articles[0])
	}
	p := c.nodes["person:mira-okafor"]
	want := map[string]any{"name": "Mira Okafor", "aliases": []string{"Okafor"}, "alias_count": int64(1),
		"name_keys": []string{"mira okafor", "okafor"}}
	for k, v := range want {
		if !reflect.DeepEqual(p[k], v) {
			t.Errorf("person %s = %#v, want %#v", k, p[k], v)
		}
	}
	if !c.official["person:mira-okafor"] || c.nodes["country:nor"]["iso3"] != "NOR" {
		t.Errorf("official %v, Norway %v", c.official, c.nodes["country:nor"])
	}
	e := c.edges["MET_WITH country:nor person:mira-okafor"]
	if e == nil {
		e = c.edges["MET_WITH person:mira-okafor country:nor"]
	}
	wantEdge := map[string]any{"sources": int64(2), "articles": []string{"article:b1", "article:b2"},
		"modality": "asserted", "confidence": 0.9, "rules": []string{"met-with/verb"}, "date": "2031-03-04",
		"date_precision": "day", "cameo": "04", "evidence_count": int64(2)}
	for k, v := range wantEdge {
		if !reflect.DeepEqual(e[k], v) {
			t.Errorf("edge %s = %#v, want %#v", k, e[k], v)
		}
	}
}

func TestAdminCSV(t *testing.T) {
	dir := t.TempDir()
	a, err := NewAdminCSV(dir, time.Date(2031, 3, 4, 12, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBulk(a)
	if err := b.Add(bulkArticle("b1", "Okafor", "s1", schema.Asserted, 0.9)); err != nil {
		t.Fatal(err)
	}
	if err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	bad := a.Node(schema.Person, false, map[string]any{"id": "person:x", "aliases": []string{"a\x1eb"}})
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if bad == nil {
		t.Error("an alias holding the array delimiter was written")
	}
	if a.Nodes != 3 || a.Rels != 3 {
		t.Errorf("counted %d nodes, %d relationships; want 3, 3", a.Nodes, a.Rels)
	}
	nodes, rels := a.Files()
	if len(nodes) != 3 || len(rels) != 2 {
		t.Fatalf("files %v %v", nodes, rels)
	}
	heads := map[string]string{
		"nodes-Article.csv":          "id:ID,:LABEL,title,short_title,url,source,published:date,content_sha256,contribution,ingested_at:datetime,edge_keys:string[],edge_evidence:string[]",
		"nodes-Person.csv":           "id:ID,:LABEL,name,aliases:string[],alias_count:long,name_keys:string[],tally:string[],tally_counts:long[],event_months:string[],event_counts:long[],event_total:long,partner_total:long,partner_ids:string[],partner_counts:long[]",
		"relationships-MENTIONS.csv": ":START_ID,:END_ID,:TYPE,count:long",
	}
	for name, want := range heads {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Scan()
		if sc.Text() != want {
			t.Errorf("%s header %q, want %q", name, sc.Text(), want)
		}
		if name == "nodes-Person.csv" && sc.Scan() && !strings.Contains(sc.Text(), "Person\x1eOfficial") {
			t.Errorf("%s row %q: want the labels Person and Official", name, sc.Text())
		}
		f.Close()
	}
}

// TestBulkSamples: a bulk load gives an edge with more supporters than
// MaxArticles the sample ingest gives it: the smallest ids, their
// sentences only, and exact counts in sources and evidence_count.
// With more than twice MaxArticles, Bulk prunes what it holds of an edge
// to the sample as it goes; the result is the same.
func TestBulkSamples(t *testing.T) {
	for _, n := range []int{MaxArticles + 6, 3*MaxArticles + 6} {
		t.Run(fmt.Sprint(n), func(t *testing.T) { bulkSamples(t, n) })
	}
}

func bulkSamples(t *testing.T, n int) {
	c := &bulkCapture{nodes: map[string]map[string]any{}, official: map[string]bool{}, edges: map[string]map[string]any{}}
	b := NewBulk(c)
	stories := crowd(n)
	for i := range stories { // newest first: the order must not matter
		if err := b.Add(stories[n-1-i].g); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	row := c.edges["LOCATED_IN city:port-nova@syl country:syl"]
	arts := row["articles"].([]string)
	if len(arts) != MaxArticles || arts[0] != stories[0].id() || arts[MaxArticles-1] != stories[MaxArticles-1].id() {
		t.Errorf("articles = %v, want the %d smallest ids", arts, MaxArticles)
	}
	// Every third story gives a second sentence: 9 of 26, 7 of the first 20.
	second, kept := (n+2)/3, MaxArticles+(MaxArticles+2)/3
	if row["sources"] != int64(n) || row["evidence_count"] != int64(n+second) || len(row["evidence_by_article"].([]string)) != kept {
		t.Errorf("sources %v, evidence_count %v, %d sentences kept; want %d, %d, %d",
			row["sources"], row["evidence_count"], len(row["evidence_by_article"].([]string)), n, n+second, kept)
	}
	for _, a := range c.articles {
		if len(a["edge_keys"].([]string)) != 2 || len(a["edge_evidence"].([]string)) != 2 {
			t.Errorf("article %v: edge_keys %v, edge_evidence %v; want its two edges", a["id"], a["edge_keys"], a["edge_evidence"])
		}
	}
}
