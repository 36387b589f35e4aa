package graph

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/schema"
)

// Statement is one parameterised Cypher statement of a load plan, with its
// rows split into batches. Each batch runs the Cypher once with the
// parameters Params plus "batch" bound to {rows: the batch} (see
// unwindRows). The Cypher text holds no
// value from the graph: labels and types come from schema constants and every
// value is a parameter.
type Statement struct {
	// Name names the group for error messages and stats: a label
	// ("Person"), or a relationship type with its end labels
	// ("MET_WITH"; one statement serves every pair of end labels).
	Name string
	// Cypher is an UNWIND $batch.rows AS row MERGE ... statement that returns one
	// row with the column "n", the number of rows it merged.
	Cypher string
	// Params holds the parameters shared by every batch, besides "batch".
	Params map[string]any
	// Batches holds the rows, at most the plan's batch size in each.
	Batches [][]map[string]any
	// Strict says that every row must merge: the rows are edges whose
	// end nodes the same transaction wrote. One that does not merge met a
	// node another transaction deleted (see errEndGone).
	Strict bool
	// Counters, when set, is the label of the nodes whose event counters
	// the statement updates (stats.go): its rows are not planned but made,
	// when it runs, from the changes the edge statements before it
	// returned.
	Counters schema.Label
}

// Rows returns the number of rows in all batches of s.
func (s Statement) Rows() int {
	n := 0
	for _, b := range s.Batches {
		n += len(b)
	}
	return n
}

// modalityRank orders modalities from weakest to strongest; it is passed to
// the edge statements so that the stronger modality of an event is kept, as
// Graph.AddEdge does.
var modalityRanks = map[string]any{
	string(schema.Negated):  int64(1),
	string(schema.Planned):  int64(2),
	string(schema.Reported): int64(3),
	string(schema.Asserted): int64(4),
}

// precisionRanks orders date precisions from finest to coarsest; it is
// passed to the interaction edge statements so that the finest precision
// any article gives an event's date is kept, as Graph.AddEdge does.
var precisionRanks = map[string]any{
	string(schema.Day):   int64(schema.Day.Rank()),
	string(schema.Month): int64(schema.Month.Rank()),
	string(schema.Year):  int64(schema.Year.Rank()),
}

// Plan turns g into the statements that load it into Neo4j, in load order:
// the Article nodes, then the entity nodes label by label, then the edges
// type by type (each type split by the labels of its end nodes, so that
// both ends are found through their id constraint), then the MENTIONS.
// Each group is one statement whose rows are split into batches of at most
// batchSize. Plan assumes none of g's articles is loaded yet; Writer.Write
// also takes away what a loaded version of them contributed.
//
// Plan refuses a node or edge whose label or type is not in the ontology, a
// node whose id does not carry its label's prefix, an edge end whose label
// cannot be told from its id, and an interaction edge without a valid date
// (an edge read without one takes the date of its first article that has
// one: Edge.Dated).
func Plan(g *Graph, batchSize int) ([]Statement, error) {
	return planUpdate([]*Graph{g}, nil, nil, batchSize)
}

// change is what one transaction writes: the graphs' articles replace any
// loaded version of them (prior holds the contributions stored on their
// Article nodes, and on those of drop), and the articles of drop are
// retracted.
type change struct {
	delta    *delta
	articles map[string]Article
	own      map[string]*Contribution
	mentions []Edge
}

// collect sums the contributions of graphs and prior into u.
func (u *change) collect(graphs []*Graph, prior map[string]Contribution) error {
	u.delta, u.articles, u.own = newDelta(), map[string]Article{}, map[string]*Contribution{}
	nodes := map[string]*Node{}
	var anon []NodePart
	var loose []looseEdge
	latest := map[string]int{} // article id -> the graph of its last version
	for i, g := range graphs {
		for _, a := range g.Articles {
			latest[a.ID] = i
		}
	}
	for i, g := range graphs {
		own, an, lo, err := contributions(g)
		if err != nil {
			return err
		}
		for _, a := range g.Articles { // a later version in the batch wins
			if latest[a.ID] == i {
				u.articles[a.ID], u.own[a.ID] = a, own[a.ID]
			}
		}
		anon, loose = append(anon, an...), append(loose, lo...)
		for _, n := range g.Nodes() {
			nodes[n.ID] = &n
		}
		for _, e := range g.Edges() {
			if j, ok := latest[e.From]; e.Type == schema.Mentions && (!ok || j == i) {
				u.mentions = append(u.mentions, e)
			}
		}
	}
	for _, id := range sortedKeys(prior) {
		u.delta.add(prior[id], id, -1, nil)
	}
	for _, id := range sortedKeys(u.own) {
		u.delta.add(*u.own[id], id, 1, nodes)
	}
	for _, p := range anon {
		u.delta.node(p, 1, nodes[p.ID])
	}
	for _, l := range loose {
		if len(l.articles) == 0 {
			u.delta.edge(l.part, "", 1)
		}
		for _, a := range l.articles {
			u.delta.edge(l.part, a, 1)
		}
	}
	return nil
}

// planUpdate returns the statements of one transaction that writes graphs
// after taking away prior, and deletes the Article nodes of drop.
func planUpdate(graphs []*Graph, prior map[string]Contribution, drop []string, batchSize int) ([]Statement, error) {
	if batchSize <= 0 {
		return nil, fmt.Errorf("plan: batch size %d is not positive", batchSize)
	}
	var u change
	if err := u.collect(graphs, prior); err != nil {
		return nil, err
	}
	var out []Statement
	add := func(name, cypher string, params map[string]any, rows []map[string]any) {
		if len(rows) > 0 {
			out = append(out, Statement{Name: name, Cypher: cypher, Params: params, Batches: split(rows, batchSize)})
		}
	}
	// addEdges adds the edge rows whose ends this transaction writes as a
	// strict statement, the others (ends only in the database) as a
	// lenient one.
	addEdges := func(name, cypher string, params map[string]any, rows []map[string]any, written map[string]bool) {
		strict, lenient := byEnds(rows, written)
		add(name, cypher, params, lenient)
		if len(strict) > 0 {
			out = append(out, Statement{Name: name, Cypher: cypher, Params: params, Batches: split(strict, batchSize), Strict: true})
		}
	}
	articles, err := u.articleRows()
	if err != nil {
		return nil, err
	}
	add(string(schema.Article), articleCypher(), map[string]any{}, articles)
	nodeRows, cleanup, err := u.nodeRows()
	if err != nil {
		return nil, err
	}
	written := map[string]bool{}
	for _, id := range sortedKeys(u.articles) {
		written[id] = true
	}
	for _, l := range schema.NodeLabels {
		add(string(l), nodeCypher(l), map[string]any{"maxAliases": int64(MaxAliases)}, nodeRows[l])
		for _, r := range nodeRows[l] {
			written[r["id"].(string)] = true
		}
	}
	types, edgeRows := u.edgeRows()
	for _, t := range types {
		addEdges(string(t), edgeCypher(t), edgeParams(t), edgeRows[t], written)
	}
	mrows, err := u.mentionRows()
	if err != nil {
		return nil, err
	}
	addEdges(string(schema.Mentions), edgeCypher(schema.Mentions), edgeParams(schema.Mentions), mrows, written)
	add("prune MENTIONS", pruneMentionsCypher(), map[string]any{}, u.pruneRows(prior))
	var dropRows []map[string]any
	for _, id := range drop {
		dropRows = append(dropRows, map[string]any{"id": id})
	}
	add("retract Article", dropArticleCypher(), map[string]any{}, dropRows)
	counted := map[schema.Label]bool{} // the ends of events: their counters change
	for _, t := range types {
		for _, r := range edgeRows[t] {
			if !t.Structural() {
				counted[schema.Label(r["from_label"].(string))], counted[schema.Label(r["to_label"].(string))] = true, true
			}
		}
	}
	for _, l := range schema.NodeLabels {
		if counted[l] {
			out = append(out, Statement{Name: "counters " + string(l), Cypher: statsCypher(l),
				Params: map[string]any{"cap": partnerCap}, Counters: l})
		}
	}
	for _, l := range schema.NodeLabels {
		add("unused "+string(l), cleanupCypher(l), map[string]any{}, cleanup[l])
	}
	return out, nil
}

// byEnds splits edge rows into those whose two ends are written and the
// others.
func byEnds(rows []map[string]any, written map[string]bool) (strict, lenient []map[string]any) {
	for _, r := range rows {
		if written[r["from"].(string)] && written[r["to"].(string)] {
			strict = append(strict, r)
		} else {
			lenient = append(lenient, r)
		}
	}
	return strict, lenient
}

// articleRows returns the rows of the Article statement, sorted by id.
func (u *change) articleRows() ([]map[string]any, error) {
	var rows []map[string]any
	for _, id := range sortedKeys(u.articles) {
		a := u.articles[id]
		if l, ok := schema.LabelOfID(a.ID); !ok || l != schema.Article {
			return nil, fmt.Errorf("plan article %q: id does not start with article:", a.ID)
		}
		if a.Published != "" && !validDate(a.Published) {
			return nil, fmt.Errorf("plan article %s: published %q is not a YYYY-MM-DD date", a.ID, a.Published)
		}
		c, err := u.own[id].stored()
		if err != nil {
			return nil, fmt.Errorf("plan article %s: %w", a.ID, err)
		}
		keys, evidence := u.own[id].edgeIndex(id)
		rows = append(rows, map[string]any{
			"id":             a.ID,
			"title":          nullable(a.Title),
			"short_title":    nullable(ShortTitle(a.Title)),
			"url":            nullable(a.URL),
			"source":         nullable(a.Source),
			"published":      nullable(a.Published),
			"content_sha256": nullable(a.ContentSHA256),
			"contribution":   string(c),
			"edge_keys":      keys,
			"edge_evidence":  evidence,
		})
	}
	return rows, nil
}

// nodeRows returns the node rows by label, and the ids of the nodes that
// lost articles, which may be left unused.
func (u *change) nodeRows() (rows, cleanup map[schema.Label][]map[string]any, err error) {
	rows, cleanup = map[schema.Label][]map[string]any{}, map[schema.Label][]map[string]any{}
	for _, id := range sortedKeys(u.delta.nodes) {
		nd := u.delta.nodes[id]
		tk, tc := tallyRow(nd.tally, false)
		row := map[string]any{}
		if nd.node != nil {
			var l schema.Label
			if l, row, err = nodeRow(*nd.node); err != nil {
				return nil, nil, err
			}
			nd.label = l
		} else if len(tk) == 0 {
			continue
		}
		row["id"], row["tk"], row["tc"] = id, tk, tc
		rows[nd.label] = append(rows[nd.label], row)
		if nd.tally["articles"] < 0 {
			cleanup[nd.label] = append(cleanup[nd.label], map[string]any{"id": id})
		}
	}
	return rows, cleanup, nil
}

type edgeGroup struct {
	t        schema.RelType
	from, to schema.Label
}

// edgeRows returns the relationship types in load order and the rows of
// each: grouped by the labels of their ends, in key order in a group.
func (u *change) edgeRows() ([]schema.RelType, map[schema.RelType][]map[string]any) {
	rows := map[edgeGroup][]map[string]any{}
	var groups []edgeGroup
	keys := make([]Key, 0, len(u.delta.edges))
	for k := range u.delta.edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return lessKey(keys[i], keys[j]) })
	for _, key := range keys {
		ed := u.delta.edges[key]
		p := ed.part
		tk, tc := tallyRow(ed.tally, false)
		artDel, evDel := minus(ed.artDel, ed.artAdd), minus(ed.evDel, ed.evAdd)
		if len(tk)+len(artDel)+len(evDel)+len(ed.artAdd)+len(ed.evAdd) == 0 {
			continue
		}
		row := map[string]any{"from": p.From, "to": p.To, "tk": tk, "tc": tc,
			"art_del": nonNil(artDel), "art_add": nonNil(ed.artAdd),
			"ev_del": nonNil(evDel), "ev_add": nonNil(ed.evAdd), "cameo": nullable(p.Type.CAMEO()),
			"key": key.index(), "q": fulltextTerm(key.index()),
			"from_label": string(p.FromLabel), "to_label": string(p.ToLabel)}
		if !p.Type.Structural() {
			row["date"] = p.Date
		}
		k := edgeGroup{p.Type, p.FromLabel, p.ToLabel}
		if _, seen := rows[k]; !seen {
			groups = append(groups, k)
		}
		rows[k] = append(rows[k], row)
	}
	sortGroups(groups)
	return byType(groups, rows)
}

// byType joins the rows of the groups of each relationship type, in the
// order of groups.
func byType(groups []edgeGroup, rows map[edgeGroup][]map[string]any) ([]schema.RelType, map[schema.RelType][]map[string]any) {
	var types []schema.RelType
	out := map[schema.RelType][]map[string]any{}
	for _, k := range groups {
		if _, seen := out[k.t]; !seen {
			types = append(types, k.t)
		}
		out[k.t] = append(out[k.t], rows[k]...)
	}
	return types, out
}

// mentionRows returns the MENTIONS rows, grouped by the labels of their
// ends.
func (u *change) mentionRows() ([]map[string]any, error) {
	labels := map[string]schema.Label{}
	for id, nd := range u.delta.nodes {
		labels[id] = nd.label
	}
	rows := map[edgeGroup][]map[string]any{}
	var groups []edgeGroup
	for _, e := range u.mentions {
		to, err := endLabel(labels, e.To)
		if err != nil {
			return nil, fmt.Errorf("plan %s edge %s -> %s: %w", e.Type, e.From, e.To, err)
		}
		from, err := endLabel(labels, e.From)
		if err != nil {
			return nil, fmt.Errorf("plan %s edge %s -> %s: %w", e.Type, e.From, e.To, err)
		}
		k := edgeGroup{schema.Mentions, from, to}
		if _, seen := rows[k]; !seen {
			groups = append(groups, k)
		}
		rows[k] = append(rows[k], map[string]any{"from": e.From, "to": e.To, "count": int64(e.Count),
			"from_label": string(from), "to_label": string(to)})
	}
	sortGroups(groups)
	_, out := byType(groups, rows)
	return out[schema.Mentions], nil
}

// edgeParams returns the parameters of the statement of type t, besides
// its rows.
func edgeParams(t schema.RelType) map[string]any {
	if t == schema.Mentions {
		return map[string]any{}
	}
	params := map[string]any{"maxEvidence": int64(MaxEvidence), "maxArticles": int64(MaxArticles),
		"modalityRank": modalityRanks, "sep": evidenceSep, "join": evidenceJoin}
	if !t.Structural() {
		params["precisionRank"] = precisionRanks
	}
	return params
}

// pruneRows returns, for each article that had a version loaded, the
// entities its MENTIONS may still point to.
func (u *change) pruneRows(prior map[string]Contribution) []map[string]any {
	keep := map[string][]string{}
	for _, e := range u.mentions {
		keep[e.From] = append(keep[e.From], e.To)
	}
	var rows []map[string]any
	for _, id := range sortedKeys(prior) {
		rows = append(rows, map[string]any{"id": id, "keep": nonNil(keep[id])})
	}
	return rows
}

// fulltextTerm returns the full-text query that matches the term s whole.
func fulltextTerm(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func sortGroups(groups []edgeGroup) {
	sort.Slice(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if a.t != b.t {
			return a.t < b.t
		}
		if a.from != b.from {
			return a.from < b.from
		}
		return a.to < b.to
	})
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// minus returns the strings of a that are not in b.
func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

// nodeRow checks n against the ontology and returns its label and row.
func nodeRow(n Node) (schema.Label, map[string]any, error) {
	l, ok := schema.ParseLabel(string(n.Label))
	if !ok || l == schema.Article || l == schema.Official {
		return "", nil, fmt.Errorf("plan node %s: label %q is not an entity label", n.ID, n.Label)
	}
	if idl, ok := schema.LabelOfID(n.ID); !ok || idl != l {
		return "", nil, fmt.Errorf("plan node %s: id does not match label %s", n.ID, l)
	}
	row := map[string]any{"id": n.ID}
	switch l {
	case schema.Country:
		row["iso2"] = stringProp(n.Props, "iso2")
		row["iso3"] = stringProp(n.Props, "iso3")
	case schema.Person:
		row["official"] = n.Official
	case schema.City, schema.Region:
		row["country"] = stringProp(n.Props, "country")
		lat, okLat, err := floatProp(n.Props, "lat")
		if err != nil {
			return "", nil, fmt.Errorf("plan node %s: %w", n.ID, err)
		}
		lon, okLon, err := floatProp(n.Props, "lon")
		if err != nil {
			return "", nil, fmt.Errorf("plan node %s: %w", n.ID, err)
		}
		row["lat"], row["lon"] = nil, nil
		if okLat && okLon {
			if lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return "", nil, fmt.Errorf("plan node %s: location %g,%g is out of range", n.ID, lat, lon)
			}
			row["lat"], row["lon"] = lat, lon
		}
	case schema.Organisation:
		row["kind"] = stringProp(n.Props, "kind")
		row["country"] = stringProp(n.Props, "country")
	}
	return l, row, nil
}

// endLabel returns the label of an edge's end node: the label of the node
// or article of the graph, else the label its id implies.
func endLabel(labels map[string]schema.Label, id string) (schema.Label, error) {
	if l, ok := labels[id]; ok {
		return l, nil
	}
	l, ok := schema.LabelOfID(id)
	if !ok {
		return "", fmt.Errorf("cannot tell the label of end node %q", id)
	}
	return l, nil
}

// edgeDate returns the date of an interaction edge: its own, else the
// published date of its first article that has one (Edge.Dated).
// Structural edges have none.
func edgeDate(t schema.RelType, e Edge, published map[string]string) (string, error) {
	if t.Structural() {
		return "", nil
	}
	for _, a := range e.Articles {
		if e.Date != "" {
			break
		}
		if published[a] != "" {
			e = e.Dated(published[a])
		}
	}
	date := e.Date
	if date == "" {
		return "", fmt.Errorf("no date, and no article of the graph gives one")
	}
	if !validDate(date) {
		return "", fmt.Errorf("date %q is not a YYYY-MM-DD date", date)
	}
	return date, nil
}

func split(rows []map[string]any, size int) [][]map[string]any {
	var out [][]map[string]any
	for len(rows) > 0 {
		n := min(size, len(rows))
		out = append(out, rows[:n:n])
		rows = rows[n:]
	}
	return out
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// nullable returns nil for the empty string, so that Cypher sees null.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}

func stringProp(props map[string]any, key string) any {
	if s, ok := props[key].(string); ok && s != "" {
		return s
	}
	return nil
}

// floatProp returns a numeric property as a float64 and whether it is set.
func floatProp(props map[string]any, key string) (float64, bool, error) {
	v, ok := props[key]
	if !ok || v == nil {
		return 0, false, nil
	}
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case float32:
		f = float64(x)
	case int:
		f = float64(x)
	case int64:
		f = float64(x)
	default:
		return 0, false, fmt.Errorf("property %s is %T, not a number", key, v)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false, fmt.Errorf("property %s is not a finite number", key)
	}
	return f, true, nil
}

// ShortTitle returns the first words of title, at most 32 characters
// (cut at a word, with an ellipsis): a caption for an article node.
func ShortTitle(title string) string {
	const max = 32
	words := strings.Fields(title)
	var b strings.Builder
	for i, w := range words {
		n := b.Len() + len(w)
		if i > 0 {
			n++
		}
		if n > max {
			if b.Len() == 0 {
				r := []rune(w)
				return string(r[:min(len(r), max-1)]) + "…"
			}
			return strings.TrimRight(b.String(), ",;:-–—") + "…"
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
