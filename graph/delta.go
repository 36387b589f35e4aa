package graph

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Updates that retract.
//
// Every entity node and every edge but MENTIONS keeps a tally: a sorted list
// of keys (property tally) with the number of articles that gave each key
// (property tally_counts, aligned with it). Node keys are "name:<name>",
// "alias:<alias>", "official" and "articles"; edge keys are "articles" (the
// supporting articles: sources), "evidence" (their supporting sentences,
// counted: evidence_count), "rule:<id>", "finder:<id>", "modality:<m>",
// "confidence:<c>", "casualties:<n>", "location:<id>", "precision:<p>" on
// interaction edges and "title:<t>" on OFFICIAL_OF. The visible properties
// (name, aliases, Official, sources, rules, finders, modality, ...) are
// computed from these, so they depend only on the set of articles loaded,
// not on the order they came in.
//
// Each Article node keeps its Contribution (property contribution, in the
// stored form of contribution.go):
// the tally keys and evidence it added to each node and edge. Writing a new
// version of an article, or retracting it, subtracts its stored
// contribution in the same transaction that adds the new one; an edge left
// with no article and no tally is deleted, and so is an entity left with no
// tally and no relationship.
//
// Bounded provenance.
//
// An edge does not list every supporting article: articles holds the
// sample of the MaxArticles smallest supporting ids, sorted, and
// evidence_by_article only the sentences of the sampled articles, as
// "<article id>\x1f<position>\x1f<sentence>", sorted (evidence shows the
// first MaxEvidence distinct ones). sources and evidence_count are exact:
// the tally counts them. So a fact a thousand articles repeat costs a batch
// no more than one that ten repeat: the statement rewrites at most
// MaxArticles ids and their sentences, never a list that grows with the
// corpus. The sample is a function of the set of supporting articles, so a
// clean load and any sequence of updates and retractions that ends with
// the same articles give the same edge.
//
// Retraction needs no full list: the article's contribution names the
// edges it supported and the sentences it gave, which are subtracted from
// the tally and the sample. Adding articles keeps the sample exact (the
// smallest ids of the old sample and the new articles). Only when a sampled
// article leaves an edge that has supporters outside the sample (sources,
// after the change, above the size of what is left) must the sample be
// refilled: each Article node keeps edge_keys, the keys of the edges it
// supports (Key.index: "<TYPE>|<from>|<to>|<date>"), with edge_evidence,
// its sentences for each (aligned, joined by \x1d), and the full-text
// index article_edge_keys (keyword analyzer, one token per key) finds the
// supporters of an edge without scanning. The edge statement then takes
// the smallest ids of the supporters not in the sample, leaving out the
// articles the transaction retracts (their nodes still exist while the
// edges are written; an updated article's node already holds its new
// keys). The refill reads the index entries of that one edge: it happens
// only for the edges whose sampled articles a transaction takes away, at
// most the edges of the articles it updates or retracts, and a write that
// only adds articles never refills.
//
// Edges an older actorgraph wrote, with the full list in articles and no
// "articles" key in their tally, are counted from their lists the first
// time a statement touches them, then cut to the sample.

// Contribution is what one article adds to the graph, as stored on its
// Article node.
type Contribution struct {
	Nodes []NodePart `json:"nodes,omitempty"`
	Edges []EdgePart `json:"edges,omitempty"`
	// unrecorded: the article was loaded without its contribution.
	unrecorded bool
}

// NodePart is one article's contribution to a node.
type NodePart struct {
	ID       string       `json:"id"`
	Label    schema.Label `json:"label"`
	Name     string       `json:"name"`
	Aliases  []string     `json:"aliases,omitempty"`
	Official bool         `json:"official,omitempty"`
}

// EdgePart is one article's contribution to an edge (not MENTIONS).
type EdgePart struct {
	Type       schema.RelType `json:"type"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	FromLabel  schema.Label   `json:"from_label"`
	ToLabel    schema.Label   `json:"to_label"`
	Date       string         `json:"date,omitempty"`
	Precision  string         `json:"date_precision,omitempty"`
	Modality   string         `json:"modality,omitempty"`
	Confidence float64        `json:"confidence"`
	Casualties int            `json:"casualties,omitempty"`
	Location   string         `json:"location,omitempty"`
	Rules      []string       `json:"rules,omitempty"`
	Finders    []string       `json:"finders,omitempty"`
	Titles     []string       `json:"titles,omitempty"`
	Evidence   []string       `json:"evidence,omitempty"`
}

// evidenceSep separates the parts of an evidence_by_article entry;
// evidenceJoin separates the entries of one edge in an Article's
// edge_evidence.
const (
	evidenceSep  = "\x1f"
	evidenceJoin = "\x1d"
)

func (p NodePart) tally() []string {
	keys := []string{"articles", "name:" + p.Name}
	for _, a := range p.Aliases {
		if a != p.Name {
			keys = append(keys, "alias:"+a)
		}
	}
	if p.Official {
		keys = append(keys, "official")
	}
	return keys
}

func (p EdgePart) key() Key { return Key{From: p.From, Type: p.Type, To: p.To, Date: p.Date} }

// index returns the key of the edge in the edge_keys of the Article nodes
// that support it (and in the full-text index article_edge_keys).
func (k Key) index() string {
	return string(k.Type) + "|" + k.From + "|" + k.To + "|" + k.Date
}

// separators blanks the separators of evidence entries in a sentence.
var separators = strings.NewReplacer(evidenceSep, " ", evidenceJoin, " ")

// edgeIndex returns what the Article node of article keeps for the
// refill of the samples of the edges c supports: their index keys and,
// aligned, their evidence entries joined by evidenceJoin.
func (c *Contribution) edgeIndex(article string) (keys, evidence []string) {
	keys, evidence = []string{}, []string{}
	seen := map[string]bool{}
	for _, p := range c.Edges {
		k := p.key().index()
		if seen[k] {
			continue
		}
		seen[k] = true
		keys = append(keys, k)
		evidence = append(evidence, strings.Join(p.evidenceKeys(article), evidenceJoin))
	}
	return keys, evidence
}

func (p EdgePart) tally() []string {
	keys := []string{"confidence:" + strconv.FormatFloat(p.Confidence, 'g', -1, 64)}
	for _, r := range p.Rules {
		keys = append(keys, "rule:"+r)
	}
	for _, f := range p.Finders {
		keys = append(keys, "finder:"+f)
	}
	for _, t := range p.Titles {
		keys = append(keys, "title:"+t)
	}
	if p.Modality != "" {
		keys = append(keys, "modality:"+p.Modality)
	}
	if p.Precision != "" {
		keys = append(keys, "precision:"+p.Precision)
	}
	if p.Casualties > 0 {
		keys = append(keys, "casualties:"+strconv.Itoa(p.Casualties))
	}
	if p.Location != "" {
		keys = append(keys, "location:"+p.Location)
	}
	return keys
}

// evidenceKeys returns the evidence_by_article entries of article's
// sentences.
func (p EdgePart) evidenceKeys(article string) []string {
	out := make([]string, 0, len(p.Evidence))
	for i, s := range p.Evidence {
		s = separators.Replace(s)
		out = append(out, fmt.Sprintf("%s%s%03d%s%s", article, evidenceSep, i, evidenceSep, s))
	}
	return out
}

// nodeDelta is the change of one node's tally in a transaction.
type nodeDelta struct {
	label schema.Label
	tally map[string]int
	node  *Node // the node as a written graph has it, for its properties
}

// edgeDelta is the change of one edge in a transaction.
type edgeDelta struct {
	part           EdgePart // identity: type, ends, labels, date
	artDel, artAdd []string
	evDel, evAdd   []string
	tally          map[string]int
}

// delta is the sum of the contributions a transaction takes away and adds.
type delta struct {
	nodes map[string]*nodeDelta
	edges map[Key]*edgeDelta
}

func newDelta() *delta {
	return &delta{nodes: map[string]*nodeDelta{}, edges: map[Key]*edgeDelta{}}
}

func (d *delta) node(p NodePart, sign int, n *Node) {
	nd := d.nodes[p.ID]
	if nd == nil {
		nd = &nodeDelta{label: p.Label, tally: map[string]int{}}
		d.nodes[p.ID] = nd
	}
	for _, k := range p.tally() {
		nd.tally[k] += sign
	}
	if n != nil {
		nd.node = n
	}
}

// edge adds (sign 1) or takes away (sign -1) article's part of an edge. An
// empty article adds to the tally only.
func (d *delta) edge(p EdgePart, article string, sign int) {
	ed := d.edges[p.key()]
	if ed == nil {
		ed = &edgeDelta{part: p, tally: map[string]int{}}
		d.edges[p.key()] = ed
	}
	for _, k := range p.tally() {
		ed.tally[k] += sign
	}
	ev := p.evidenceKeys(article)
	if article != "" {
		ed.tally["articles"] += sign
		ed.tally["evidence"] += sign * len(ev)
	}
	switch {
	case sign < 0:
		ed.artDel = appendUnique(ed.artDel, article)
		ed.evDel = appendUnique(ed.evDel, ev...)
	case article != "":
		ed.artAdd = appendUnique(ed.artAdd, article)
		ed.evAdd = appendUnique(ed.evAdd, ev...)
	default:
		ed.evAdd = appendUnique(ed.evAdd, ev...)
	}
}

func (d *delta) add(c Contribution, article string, sign int, nodes map[string]*Node) {
	for _, p := range c.Nodes {
		d.node(p, sign, nodes[p.ID])
	}
	for _, p := range c.Edges {
		d.edge(p, article, sign)
	}
}

// tallyRow returns the keys and counts of a tally change, sorted by key,
// without the keys that do not change; with positive, of a whole tally,
// only the keys with a count above zero, as tallyCypher leaves them.
func tallyRow(t map[string]int, positive bool) ([]string, []int64) {
	keys := make([]string, 0, len(t))
	for k, c := range t {
		if c > 0 || c < 0 && !positive {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	counts := make([]int64, len(keys))
	for i, k := range keys {
		counts[i] = int64(t[k])
	}
	return keys, counts
}

// looseEdge is an edge part that belongs to no article of its graph: the
// articles it lists, if any, are not in the graph.
type looseEdge struct {
	part     EdgePart
	articles []string
}

// contributions splits g into the contribution of each of its articles.
// A node counts for the articles that mention it or have an edge on it
// (all of g's articles when none does); an edge for the articles it lists
// that g holds. What belongs to no article of g is returned in anon and
// loose: it is added but cannot be taken away again.
func contributions(g *Graph) (own map[string]*Contribution, anon []NodePart, loose []looseEdge, err error) {
	published := map[string]string{}
	labels := map[string]schema.Label{}
	own = map[string]*Contribution{}
	for _, a := range g.Articles {
		published[a.ID] = a.Published
		labels[a.ID] = schema.Article
		own[a.ID] = &Contribution{}
	}
	parts := map[string]NodePart{}
	for _, n := range g.Nodes() {
		l, _, err := nodeRow(n)
		if err != nil {
			return nil, nil, nil, err
		}
		labels[n.ID] = l
		parts[n.ID] = NodePart{ID: n.ID, Label: l, Name: n.Name, Aliases: sortedUnique(n.Aliases), Official: n.Official}
	}
	users := map[string][]string{} // node id -> articles of g using it
	use := func(art, id string) {
		if own[art] != nil && !contains(users[id], art) {
			users[id] = append(users[id], art)
		}
	}
	for _, e := range g.Edges() {
		if e.Type == schema.Mentions {
			use(e.From, e.To)
			continue
		}
		p, err := edgePart(e, labels, published)
		if err != nil {
			return nil, nil, nil, err
		}
		var mine []string
		for _, a := range e.Articles {
			if own[a] != nil {
				mine = append(mine, a)
				use(a, e.From)
				use(a, e.To)
			}
		}
		for _, a := range mine {
			own[a].Edges = append(own[a].Edges, p)
		}
		if len(mine) == 0 {
			loose = append(loose, looseEdge{part: p, articles: e.Articles})
		}
	}
	for _, n := range g.Nodes() {
		arts := users[n.ID]
		if len(arts) == 0 {
			for _, a := range g.Articles {
				arts = append(arts, a.ID)
			}
		}
		if len(arts) == 0 {
			anon = append(anon, parts[n.ID])
		}
		for _, a := range arts {
			own[a].Nodes = append(own[a].Nodes, parts[n.ID])
		}
	}
	return own, anon, loose, nil
}

// edgePart checks e against the ontology and returns it as a contribution.
func edgePart(e Edge, labels map[string]schema.Label, published map[string]string) (EdgePart, error) {
	t, ok := schema.ParseRelType(string(e.Type))
	if !ok {
		return EdgePart{}, fmt.Errorf("plan edge %s -> %s: unknown relationship type %q", e.From, e.To, e.Type)
	}
	from, err := endLabel(labels, e.From)
	if err != nil {
		return EdgePart{}, fmt.Errorf("plan %s edge %s -> %s: %w", t, e.From, e.To, err)
	}
	to, err := endLabel(labels, e.To)
	if err != nil {
		return EdgePart{}, fmt.Errorf("plan %s edge %s -> %s: %w", t, e.From, e.To, err)
	}
	date, err := edgeDate(t, e, published)
	if err != nil {
		return EdgePart{}, fmt.Errorf("plan %s edge %s -> %s: %w", t, e.From, e.To, err)
	}
	precision, err := edgePrecision(t, e)
	if err != nil {
		return EdgePart{}, fmt.Errorf("plan %s edge %s -> %s: %w", t, e.From, e.To, err)
	}
	p := EdgePart{Type: t, From: e.From, To: e.To, FromLabel: from, ToLabel: to, Date: date,
		Precision: precision, Modality: string(e.Modality), Confidence: e.Confidence, Casualties: e.Casualties,
		Location: e.Location, Rules: sortedUnique(e.Rules), Finders: sortedUnique(e.Finders), Evidence: capped(append([]string{}, e.Evidence...))}
	if t == schema.OfficialOf {
		p.Titles = sortedUnique(e.Titles)
	}
	return p, nil
}

// edgePrecision returns the date precision of an interaction edge (day
// when it has none); structural edges have none.
func edgePrecision(t schema.RelType, e Edge) (string, error) {
	switch {
	case t.Structural():
		return "", nil
	case e.DatePrecision == "" || e.DatePrecision == schema.Day:
		return string(schema.Day), nil
	case e.DatePrecision == schema.Month || e.DatePrecision == schema.Year:
		return string(e.DatePrecision), nil
	}
	return "", fmt.Errorf("date precision %q is not day, month or year", e.DatePrecision)
}

// decodeContribution reads the contribution property of an Article node
// (contribution.go) and gives its edges back their evidence from edge_keys
// and edge_evidence (the stored form leaves it out); an article loaded before
// contributions were kept has none.
func decodeContribution(id string, v, keys, evidence any) (Contribution, error) {
	var c Contribution
	s, ok := v.(string)
	if !ok || s == "" {
		c.unrecorded = true
		return c, nil
	}
	c, err := parseContribution(s)
	if err != nil {
		return c, fmt.Errorf("read the stored contribution of %s: %w", id, err)
	}
	ks, _ := keys.([]any)
	evs, _ := evidence.([]any)
	stored := map[string]string{}
	for i, k := range ks {
		if k, ok := k.(string); ok && i < len(evs) {
			stored[k], _ = evs[i].(string)
		}
	}
	for i, p := range c.Edges {
		if len(p.Evidence) > 0 {
			continue // stored by an actorgraph that kept it in the JSON
		}
		for _, e := range strings.Split(stored[p.key().index()], evidenceJoin) {
			if parts := strings.SplitN(e, evidenceSep, 3); len(parts) == 3 {
				c.Edges[i].Evidence = append(c.Edges[i].Evidence, parts[2])
			}
		}
	}
	return c, nil
}

// sortedUnique returns the distinct non-empty strings of list, sorted, so
// that a stored contribution does not depend on the order they were found.
func sortedUnique(list []string) []string {
	out := appendUnique(nil, list...)
	sort.Strings(out)
	return out
}
