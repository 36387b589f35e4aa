// Package graph holds the actor graph in memory: nodes, edges with their
// provenance, and the articles they come from. Graph.Merge folds the graph of
// one article into another, following ONTOLOGY.md: one node per id, one
// interaction edge per (from, type, to, date), one structural edge per
// (from, type, to), symmetric types stored with the lower id first.
//
// json.go writes and reads the extraction JSON; plan.go turns a Graph into
// parameterised Cypher batches (cypher.go); delta.go keeps what each article
// contributed, so that a new version or a retraction takes it away again;
// neo4j.go sends them. A Graph is not safe for
// concurrent mutation.
package graph

import (
	"sort"

	"github.com/actorgraph/actorgraph/schema"
)

// MaxEvidence caps the verbatim sentences kept on one edge.
const MaxEvidence = 20

// MaxArticles caps the article ids an edge keeps in its property articles:
// the sample of the MaxArticles smallest ids of the articles that support
// it (sources counts them all). See delta.go.
const MaxArticles = 20

// MaxAliases caps the aliases a node shows (property aliases, sorted); the
// node's alias_count counts them all, and alias_keys holds all of them in
// lower case for look-ups by name.
const MaxAliases = 25

// Article is a source document as stored in the graph.
type Article struct {
	ID            string `json:"id"`
	Title         string `json:"title"`
	URL           string `json:"url,omitempty"`
	Source        string `json:"source,omitempty"`
	Published     string `json:"published,omitempty"` // YYYY-MM-DD
	ContentSHA256 string `json:"content_sha256,omitempty"`
}

// Node is an entity of the graph.
type Node struct {
	ID       string
	Label    schema.Label // Country, Person, City, Region or Organisation
	Name     string
	Aliases  []string
	Official bool // a Person with a known role is also labelled Official
	// Props holds label-specific properties: iso2, iso3 (Country); country,
	// lat, lon (City, Region); kind, country (Organisation).
	Props map[string]any
}

// Edge is a relationship with its provenance.
type Edge struct {
	Type     schema.RelType
	From, To string
	Date     string // YYYY-MM-DD; empty on structural edges
	// DatePrecision is how much of Date the text fixes: day (also when
	// empty), month (Date is the first of the month) or year (January 1).
	DatePrecision schema.DatePrecision
	Modality      schema.Modality
	Confidence    float64
	Articles      []string // ids of supporting articles
	Evidence      []string // supporting sentences, verbatim, at most MaxEvidence
	Rules         []string // ids of the extraction rules that fired
	Finders       []string // ids of the argument finders that gave its ends
	Titles        []string // OFFICIAL_OF: every title seen
	Location      string   // id of the place where it happened
	Casualties    int      // number killed, when said
	Count         int      // MENTIONS: times named
}

// Key identifies an edge: interaction edges by (from, type, to, date),
// structural ones by (from, type, to).
type Key struct {
	From string
	Type schema.RelType
	To   string
	Date string
}

// Key returns the edge's merge key after symmetric normalisation.
func (e Edge) Key() Key {
	from, to := e.From, e.To
	if e.Type.Symmetric() && to < from {
		from, to = to, from
	}
	if e.Type.Structural() {
		return Key{From: from, Type: e.Type, To: to}
	}
	return Key{From: from, Type: e.Type, To: to, Date: e.Date}
}

// Dated returns e with the date an interaction edge takes when it names
// none: the published date of its article, at day precision. It is the one
// place of that rule: the extractor dates each event's edge with it (the
// date is part of the key, so an undated event merges with one dated on
// the publication day), and Plan dates an edge read without one.
func (e Edge) Dated(published string) Edge {
	if e.Type.Structural() || e.Date != "" {
		return e
	}
	e.Date, e.DatePrecision = published, schema.Day
	return e
}

// Sources returns the number of distinct supporting articles.
func (e Edge) Sources() int { return len(e.Articles) }

// Graph is a set of articles, nodes and edges, merged by id and key.
type Graph struct {
	Articles []Article
	nodes    map[string]*Node
	edges    map[Key]*Edge
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{nodes: map[string]*Node{}, edges: map[Key]*Edge{}}
}

func (g *Graph) init() {
	if g.nodes == nil {
		g.nodes = map[string]*Node{}
		g.edges = map[Key]*Edge{}
	}
}

// AddArticle records an article once per id.
func (g *Graph) AddArticle(a Article) {
	for _, have := range g.Articles {
		if have.ID == a.ID {
			return
		}
	}
	g.Articles = append(g.Articles, a)
}

// AddNode adds n or merges it into the node with the same id: the longer
// name wins (the fullest form seen), aliases are joined, missing
// properties are filled.
func (g *Graph) AddNode(n Node) {
	g.init()
	have, ok := g.nodes[n.ID]
	if !ok {
		c := n
		c.Aliases = appendUnique(nil, n.Aliases...)
		c.Props = copyProps(n.Props)
		g.nodes[n.ID] = &c
		return
	}
	if len(n.Name) > len(have.Name) {
		have.Aliases = appendUnique(have.Aliases, have.Name)
		have.Name = n.Name
	} else if n.Name != have.Name {
		have.Aliases = appendUnique(have.Aliases, n.Name)
	}
	have.Aliases = appendUnique(have.Aliases, n.Aliases...)
	have.Aliases = removeString(have.Aliases, have.Name)
	have.Official = have.Official || n.Official
	for k, v := range n.Props {
		if have.Props == nil {
			have.Props = map[string]any{}
		}
		if _, set := have.Props[k]; !set {
			have.Props[k] = v
		}
	}
}

// Node returns the node with the given id.
func (g *Graph) Node(id string) (Node, bool) {
	n, ok := g.nodes[id]
	if !ok {
		return Node{}, false
	}
	return *n, true
}

// AddEdge adds e or merges it into the edge with the same key: articles,
// evidence, rules and titles are joined, the higher confidence and the
// stronger modality and the finer date precision are kept.
func (g *Graph) AddEdge(e Edge) {
	g.init()
	k := e.Key()
	e.From, e.To = k.From, k.To
	have, ok := g.edges[k]
	if !ok {
		c := e
		c.Articles = appendUnique(nil, e.Articles...)
		c.Evidence = capped(appendUnique(nil, e.Evidence...))
		c.Rules = appendUnique(nil, e.Rules...)
		c.Finders = appendUnique(nil, e.Finders...)
		c.Titles = appendUnique(nil, e.Titles...)
		g.edges[k] = &c
		return
	}
	newArticle := false
	for _, a := range e.Articles {
		if !contains(have.Articles, a) {
			newArticle = true
		}
	}
	have.Articles = appendUnique(have.Articles, e.Articles...)
	have.Evidence = capped(appendUnique(have.Evidence, e.Evidence...))
	have.Rules = appendUnique(have.Rules, e.Rules...)
	have.Finders = appendUnique(have.Finders, e.Finders...)
	have.Titles = appendUnique(have.Titles, e.Titles...)
	if e.Confidence > have.Confidence {
		have.Confidence = e.Confidence
	}
	if modalityRank(e.Modality) > modalityRank(have.Modality) {
		have.Modality = e.Modality
	}
	if e.DatePrecision.Rank() < have.DatePrecision.Rank() {
		have.DatePrecision = e.DatePrecision
	}
	if have.Location == "" {
		have.Location = e.Location
	}
	if e.Casualties > have.Casualties {
		have.Casualties = e.Casualties
	}
	if newArticle || e.Type != schema.Mentions {
		have.Count += e.Count
	}
}

// Merge folds o into g.
func (g *Graph) Merge(o *Graph) {
	for _, a := range o.Articles {
		g.AddArticle(a)
	}
	for _, n := range o.Nodes() {
		g.AddNode(n)
	}
	for _, e := range o.Edges() {
		g.AddEdge(e)
	}
}

// Nodes returns the nodes sorted by id.
func (g *Graph) Nodes() []Node {
	out := make([]Node, 0, len(g.nodes))
	for _, n := range g.nodes {
		out = append(out, *n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Edges returns the edges sorted by type, from, to and date.
func (g *Graph) Edges() []Edge {
	out := make([]Edge, 0, len(g.edges))
	for _, e := range g.edges {
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return lessKey(out[i].Key(), out[j].Key()) })
	return out
}

// Len returns the number of nodes and edges.
func (g *Graph) Len() (nodes, edges int) { return len(g.nodes), len(g.edges) }

func lessKey(a, b Key) bool {
	if a.Type != b.Type {
		return a.Type < b.Type
	}
	if a.From != b.From {
		return a.From < b.From
	}
	if a.To != b.To {
		return a.To < b.To
	}
	return a.Date < b.Date
}

func modalityRank(m schema.Modality) int {
	switch m {
	case schema.Asserted:
		return 4
	case schema.Reported:
		return 3
	case schema.Planned:
		return 2
	case schema.Negated:
		return 1
	}
	return 0
}

func appendUnique(list []string, add ...string) []string {
	for _, s := range add {
		if s != "" && !contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func removeString(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

func capped(list []string) []string {
	if len(list) > MaxEvidence {
		return list[:MaxEvidence]
	}
	return list
}

func copyProps(p map[string]any) map[string]any {
	if p == nil {
		return nil
	}
	c := make(map[string]any, len(p))
	for k, v := range p {
		c[k] = v
	}
	return c
}
