package graph

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// A first load without a database: Bulk takes the graphs of articles one at
// a time and sums their contributions with the code the writer uses
// (change.collect, delta.go), then gives every node and edge the properties
// that the load plan's Cypher (cypher.go) would compute from the same
// tallies. admin.go writes the result as the CSV files of
// `neo4j-admin database import full`. Loaded so, the graph is the one that
// ingest of the same articles into an empty database builds, tallies and
// the contributions on Article nodes included, so that later updates and
// retractions work on it as on an ingested graph.

// Bulk sums article graphs for a first load. Articles and MENTIONS are
// handed to the sink as they come; entities and edges are kept in memory
// until Finish (their tallies, articles and evidence: about the size of
// the extraction JSON of the distinct facts), the edges only up to the
// budget of SpillTo (bulkspill.go).
type Bulk struct {
	sink    BulkSink
	seen    map[[16]byte][16]byte // hash of an article id -> hash of its content sha256
	nodes   map[string]*bulkNode
	edges   map[Key]*bulkEdge
	edgeIDs []Key
	spill   spill
	written int         // edges handed to the sink by Finish
	events  eventCounts // the event counters of the edges handed (stats.go)
}

// BulkSink receives what Bulk produces.
type BulkSink interface {
	Article(row map[string]any) error
	Mention(from, to string, count int64) error
	Node(label schema.Label, official bool, row map[string]any) error
	Edge(p EdgePart, row map[string]any) error
}

type bulkNode struct {
	label schema.Label
	tally map[string]int
	row   map[string]any // label properties: the last non-null value wins
}

type bulkEdge struct {
	part     EdgePart
	tally    map[string]int
	articles []string
	evidence []string
}

// NewBulk returns an empty Bulk writing to sink.
func NewBulk(sink BulkSink) *Bulk {
	return &Bulk{sink: sink, seen: map[[16]byte][16]byte{}, nodes: map[string]*bulkNode{}, edges: map[Key]*bulkEdge{}}
}

// hash16 is the first 16 bytes of the SHA-256 of s: what Bulk keeps of the
// ids and contents of the articles it has read (32 bytes an article, not
// the strings: a million articles take some 50 MB, with the map).
func hash16(s string) [16]byte {
	h := sha256.Sum256([]byte(s))
	return [16]byte(h[:16])
}

// Add folds the graph of one or more articles into b. An article seen
// before with the same content adds nothing; with other content it is an
// error: a first load takes one version of each article.
func (b *Bulk) Add(g *Graph) error {
	for _, a := range g.Articles {
		if sha, ok := b.seen[hash16(a.ID)]; ok {
			if sha != hash16(a.ContentSHA256) {
				return fmt.Errorf("bulk: article %s appears twice with different content: a first load takes one version of each (load later versions with ingest)", a.ID)
			}
			return nil
		}
	}
	var u change
	if err := u.collect([]*Graph{g}, nil); err != nil {
		return err
	}
	rows, err := u.articleRows()
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := b.sink.Article(r); err != nil {
			return err
		}
	}
	for _, a := range g.Articles {
		b.seen[hash16(a.ID)] = hash16(a.ContentSHA256)
	}
	for _, m := range u.mentions {
		if err := b.sink.Mention(m.From, m.To, int64(m.Count)); err != nil {
			return err
		}
	}
	return b.fold(u.delta)
}

// fold adds the tallies, articles and evidence of d.
func (b *Bulk) fold(d *delta) error {
	for id, nd := range d.nodes {
		n := b.nodes[id]
		if n == nil {
			n = &bulkNode{label: nd.label, tally: map[string]int{}, row: map[string]any{}}
			b.nodes[id] = n
		}
		for k, c := range nd.tally {
			n.tally[k] += c
		}
		if nd.node == nil {
			continue
		}
		_, row, err := nodeRow(*nd.node)
		if err != nil {
			return err
		}
		for k, v := range row {
			if v != nil && k != "official" {
				n.row[k] = v
			}
		}
	}
	for k, ed := range d.edges {
		e := b.edges[k]
		isNew := e == nil
		if isNew {
			part := ed.part
			part.Evidence = nil // kept as entries in e.evidence
			e = &bulkEdge{part: part, tally: map[string]int{}}
			b.edges[k] = e
			b.edgeIDs = append(b.edgeIDs, k)
		}
		for t, c := range ed.tally {
			e.tally[t] += c
		}
		e.articles = append(e.articles, ed.artAdd...)
		e.evidence = append(e.evidence, ed.evAdd...)
		if len(e.articles) >= 2*MaxArticles {
			e.prune()
		}
		if err := b.grew(edgeSize(e, ed, isNew)); err != nil {
			return err
		}
	}
	return nil
}

// prune keeps the MaxArticles smallest article ids of e and their
// evidence (and the evidence of no article): the sample edgeProps writes
// never holds another, so the memory of an edge stays bounded however many
// articles support it.
func (e *bulkEdge) prune() {
	e.articles = sortedSet(e.articles)
	e.articles = e.articles[:min(len(e.articles), MaxArticles):min(len(e.articles), MaxArticles)]
	kept := e.evidence[:0]
	for _, k := range e.evidence {
		if a, _, _ := strings.Cut(k, evidenceSep); a == "" || slices.Contains(e.articles, a) {
			kept = append(kept, k)
		}
	}
	e.evidence = append([]string(nil), kept...)
}

// Len returns the number of entities and edges (not MENTIONS): after
// Finish, those it wrote; before, those so far (when edges were spilled,
// an upper bound: an edge may be in several runs).
func (b *Bulk) Len() (nodes, edges int) {
	if b.written > 0 {
		return len(b.nodes), b.written
	}
	return len(b.nodes), len(b.edges) + b.spill.records
}

// Finish hands every entity and edge to the sink, with the properties the
// load plan would give them, and frees the edges.
func (b *Bulk) Finish() error {
	b.events = eventCounts{}
	if err := b.finishEdges(); err != nil {
		return err
	}
	for _, id := range sortedKeys(b.nodes) { // after the edges: their counters
		n := b.nodes[id]
		row, official := nodeProps(id, n)
		if c := b.events[id]; c != nil {
			for k, v := range c.properties() {
				row[k] = v
			}
		}
		if err := b.sink.Node(n.label, official, row); err != nil {
			return err
		}
	}
	return nil
}

// finishEdges hands every edge to the sink and frees them.
func (b *Bulk) finishEdges() error {
	if len(b.spill.runs) > 0 {
		return b.finishRuns()
	}
	sort.Slice(b.edgeIDs, func(i, j int) bool { return lessKey(b.edgeIDs[i], b.edgeIDs[j]) })
	for _, k := range b.edgeIDs {
		if err := b.emit(b.edges[k]); err != nil {
			return err
		}
	}
	b.edges, b.edgeIDs = map[Key]*bulkEdge{}, nil
	return nil
}

// withPrefix returns the keys with the prefix, without it, in order.
func withPrefix(keys []string, prefix string) []string {
	out := []string{}
	for _, k := range keys {
		if s, ok := strings.CutPrefix(k, prefix); ok {
			out = append(out, s)
		}
	}
	return out
}

// most returns the key with the prefix that most articles gave (the first
// on a tie), without the prefix, as mostCypher does; nil when none.
func most(keys []string, counts []int64, prefix string) any {
	best := -1
	for i, k := range keys {
		if strings.HasPrefix(k, prefix) && (best < 0 || counts[i] > counts[best]) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return keys[best][len(prefix):]
}

// nodeProps returns the properties nodeCypher gives a new node with this
// tally, and whether it is an Official.
func nodeProps(id string, n *bulkNode) (map[string]any, bool) {
	tk, tc := tallyRow(n.tally, true)
	names := withPrefix(tk, "name:")
	name := ""
	for _, s := range names {
		if len(s) > len(name) {
			name = s
		}
	}
	aliases := []string{}
	var keys []string
	if name != "" { // a node no article names keeps no name (nodeCypher)
		for _, a := range sortedUnique(append(withPrefix(tk, "alias:"), names...)) {
			if a != name {
				aliases = append(aliases, a)
			}
		}
		for _, s := range append([]string{name}, aliases...) {
			keys = append(keys, strings.ToLower(s))
		}
	}
	row := map[string]any{"id": id, "tally": tk, "tally_counts": tc, "name": nullable(name),
		"aliases": aliases[:min(len(aliases), MaxAliases)], "alias_count": int64(len(aliases)),
		"name_keys": nonNil(sortedUnique(keys))}
	for k, v := range n.row {
		if k != "id" {
			row[k] = v
		}
	}
	return row, contains(tk, "official")
}

// edgeProps returns the properties edgeCypher gives a new edge with these
// articles, evidence and tally.
func edgeProps(e *bulkEdge) map[string]any {
	p := e.part
	all, ev := sortedSet(e.articles), sortedSet(e.evidence)
	arts := all[:min(len(all), MaxArticles)] // the sample (delta.go)
	tk, tc := tallyRow(e.tally, true)
	sampled := ev[:0]
	loose := 0 // sentences of no article
	for _, k := range ev {
		a, _, _ := strings.Cut(k, evidenceSep)
		if a == "" {
			loose++
		}
		if a == "" || slices.Contains(arts, a) {
			sampled = append(sampled, k)
		}
	}
	ev = sampled
	evidence := []string{}
	for _, k := range ev {
		s := strings.SplitN(k, evidenceSep, 3)[2]
		if len(evidence) < MaxEvidence && !contains(evidence, s) {
			evidence = append(evidence, s)
		}
	}
	row := map[string]any{"articles": arts, "sources": int64(e.tally["articles"]), "evidence_by_article": ev,
		"evidence_count": int64(e.tally["evidence"] + loose), "evidence": evidence, "tally": tk, "tally_counts": tc,
		"rules": withPrefix(tk, "rule:"), "finders": withPrefix(tk, "finder:"), "location": most(tk, tc, "location:"), "cameo": nullable(p.Type.CAMEO()),
		"modality": ranked(withPrefix(tk, "modality:"), modalityRanks, true)}
	row["confidence"] = maxNumber(withPrefix(tk, "confidence:"), func(s string) (float64, error) {
		return strconv.ParseFloat(s, 64)
	})
	if c := maxNumber(withPrefix(tk, "casualties:"), func(s string) (float64, error) {
		n, err := strconv.ParseInt(s, 10, 64)
		return float64(n), err
	}); c != nil {
		row["casualties"] = int64(c.(float64))
	}
	if !p.Type.Structural() {
		row["date"] = p.Date
		row["date_precision"] = ranked(withPrefix(tk, "precision:"), precisionRanks, false)
	}
	if p.Type == schema.OfficialOf {
		row["titles"] = withPrefix(tk, "title:")
		row["title"] = most(tk, tc, "title:")
	}
	return row
}

// sortedSet sorts list and drops repeats, in place (sortedUnique is
// quadratic; an edge of a large load lists many articles).
func sortedSet(list []string) []string {
	sort.Strings(list)
	return nonNil(slices.Compact(list))
}

// ranked returns the value of vals with the highest rank (high) or the
// lowest, the first on a tie; nil when vals is empty.
func ranked(vals []string, ranks map[string]any, high bool) any {
	var best any
	for _, v := range vals {
		if best == nil {
			best = v
			continue
		}
		r, _ := ranks[v].(int64)
		b, _ := ranks[best.(string)].(int64)
		if (high && r > b) || (!high && r < b) {
			best = v
		}
	}
	return best
}

// maxNumber returns the largest of the numbers vals, nil when none parses.
func maxNumber(vals []string, parse func(string) (float64, error)) any {
	var best any
	for _, v := range vals {
		x, err := parse(v)
		if err == nil && (best == nil || x > best.(float64)) {
			best = x
		}
	}
	return best
}
