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
// parameters Params plus "rows" bound to the batch. The Cypher text holds no
// value from the graph: labels and types come from schema constants and every
// value is a parameter.
type Statement struct {
	// Name names the group for error messages and stats: a label
	// ("Person"), or a relationship type with its end labels
	// ("MET_WITH Person->Country").
	Name string
	// Cypher is an UNWIND $rows AS row MERGE ... statement that returns one
	// row with the column "n", the number of rows it merged.
	Cypher string
	// Params holds the parameters shared by every batch, besides "rows".
	Params map[string]any
	// Batches holds the rows, at most the plan's batch size in each.
	Batches [][]map[string]any
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
// passed to the interaction edge statements so that the finer precision of
// an event's date is kept, as Graph.AddEdge does.
var precisionRanks = map[string]any{
	string(schema.Day):   int64(schema.Day.Rank()),
	string(schema.Month): int64(schema.Month.Rank()),
	string(schema.Year):  int64(schema.Year.Rank()),
}

// Plan turns g into the statements that load it into Neo4j, in load order:
// the Article nodes, then the entity nodes label by label, then the edges
// type by type (each type split by the labels of its end nodes, so that
// both ends are found through their id constraint). Each group is one
// statement whose rows are split into batches of at most batchSize.
//
// Plan refuses a node or edge whose label or type is not in the ontology, a
// node whose id does not carry its label's prefix, an edge end whose label
// cannot be told from its id, and an interaction edge without a valid date
// (the date of its first article is used when the edge has none). Applying
// the same plan twice changes nothing the second time.
func Plan(g *Graph, batchSize int) ([]Statement, error) {
	if batchSize <= 0 {
		return nil, fmt.Errorf("plan: batch size %d is not positive", batchSize)
	}
	var out []Statement

	articles, published, err := articleRows(g)
	if err != nil {
		return nil, err
	}
	if len(articles) > 0 {
		out = append(out, Statement{Name: string(schema.Article), Cypher: articleCypher(),
			Params: map[string]any{}, Batches: split(articles, batchSize)})
	}

	labels := map[string]schema.Label{}
	nodeRows := map[schema.Label][]map[string]any{}
	for _, n := range g.Nodes() {
		l, row, err := nodeRow(n)
		if err != nil {
			return nil, err
		}
		labels[n.ID] = l
		nodeRows[l] = append(nodeRows[l], row)
	}
	for _, a := range g.Articles {
		labels[a.ID] = schema.Article
	}
	for _, l := range schema.NodeLabels {
		if l == schema.Article || len(nodeRows[l]) == 0 {
			continue
		}
		out = append(out, Statement{Name: string(l), Cypher: nodeCypher(l),
			Params: map[string]any{}, Batches: split(nodeRows[l], batchSize)})
	}

	type group struct {
		t        schema.RelType
		from, to schema.Label
	}
	edgeRows := map[group][]map[string]any{}
	var groups []group
	for _, e := range g.Edges() {
		t, ok := schema.ParseRelType(string(e.Type))
		if !ok {
			return nil, fmt.Errorf("plan edge %s -> %s: unknown relationship type %q", e.From, e.To, e.Type)
		}
		from, err := endLabel(labels, e.From)
		if err != nil {
			return nil, fmt.Errorf("plan %s edge %s -> %s: %w", t, e.From, e.To, err)
		}
		to, err := endLabel(labels, e.To)
		if err != nil {
			return nil, fmt.Errorf("plan %s edge %s -> %s: %w", t, e.From, e.To, err)
		}
		row, err := edgeRow(t, e, published)
		if err != nil {
			return nil, fmt.Errorf("plan %s edge %s -> %s: %w", t, e.From, e.To, err)
		}
		k := group{t, from, to}
		if _, seen := edgeRows[k]; !seen {
			groups = append(groups, k)
		}
		edgeRows[k] = append(edgeRows[k], row)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if a.t != b.t {
			return a.t < b.t
		}
		if a.from != b.from {
			return a.from < b.from
		}
		return a.to < b.to
	})
	for _, k := range groups {
		s := Statement{Name: fmt.Sprintf("%s %s->%s", k.t, k.from, k.to),
			Cypher: edgeCypher(k.t, k.from, k.to), Batches: split(edgeRows[k], batchSize)}
		switch {
		case k.t == schema.Mentions:
			s.Params = map[string]any{}
		case !k.t.Structural():
			s.Params = map[string]any{"maxEvidence": int64(MaxEvidence), "modalityRank": modalityRanks,
				"precisionRank": precisionRanks}
		default:
			s.Params = map[string]any{"maxEvidence": int64(MaxEvidence), "modalityRank": modalityRanks}
		}
		out = append(out, s)
	}
	return out, nil
}

// articleRows returns the rows of the Article statement, sorted by id, and
// the published date of each article.
func articleRows(g *Graph) ([]map[string]any, map[string]string, error) {
	arts := append([]Article{}, g.Articles...)
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	published := map[string]string{}
	var rows []map[string]any
	for _, a := range arts {
		if l, ok := schema.LabelOfID(a.ID); !ok || l != schema.Article {
			return nil, nil, fmt.Errorf("plan article %q: id does not start with article:", a.ID)
		}
		if a.Published != "" && !validDate(a.Published) {
			return nil, nil, fmt.Errorf("plan article %s: published %q is not a YYYY-MM-DD date", a.ID, a.Published)
		}
		published[a.ID] = a.Published
		rows = append(rows, map[string]any{
			"id":             a.ID,
			"title":          nullable(a.Title),
			"url":            nullable(a.URL),
			"source":         nullable(a.Source),
			"published":      nullable(a.Published),
			"content_sha256": nullable(a.ContentSHA256),
		})
	}
	return rows, published, nil
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
	aliases := []string{}
	for _, a := range n.Aliases {
		if a != "" && a != n.Name {
			aliases = append(aliases, a)
		}
	}
	row := map[string]any{"id": n.ID, "name": n.Name, "aliases": aliases}
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

// edgeRow returns the row of one edge.
func edgeRow(t schema.RelType, e Edge, published map[string]string) (map[string]any, error) {
	if t == schema.Mentions {
		return map[string]any{"from": e.From, "to": e.To, "count": int64(e.Count)}, nil
	}
	row := map[string]any{
		"from":       e.From,
		"to":         e.To,
		"articles":   nonNil(e.Articles),
		"evidence":   nonNil(capped(append([]string{}, e.Evidence...))),
		"rules":      nonNil(e.Rules),
		"modality":   nullable(string(e.Modality)),
		"confidence": e.Confidence,
		"cameo":      nullable(t.CAMEO()),
		"location":   nullable(e.Location),
		"casualties": nil,
	}
	if e.Casualties > 0 {
		row["casualties"] = int64(e.Casualties)
	}
	if t == schema.OfficialOf {
		row["titles"] = nonNil(e.Titles)
	}
	if t.Structural() {
		return row, nil
	}
	date := e.Date
	if date == "" {
		for _, a := range e.Articles {
			if published[a] != "" {
				date = published[a]
				break
			}
		}
	}
	if date == "" {
		return nil, fmt.Errorf("no date, and no article of the graph gives one")
	}
	if !validDate(date) {
		return nil, fmt.Errorf("date %q is not a YYYY-MM-DD date", date)
	}
	row["date"] = date
	switch e.DatePrecision {
	case "", schema.Day:
		row["date_precision"] = string(schema.Day)
	case schema.Month, schema.Year:
		row["date_precision"] = string(e.DatePrecision)
	default:
		return nil, fmt.Errorf("date precision %q is not day, month or year", e.DatePrecision)
	}
	return row, nil
}

func articleCypher() string {
	return `UNWIND $rows AS row
MERGE (n:` + string(schema.Article) + ` {id: row.id})
ON CREATE SET n.ingested_at = datetime()
WITH n, row, n.content_sha256 AS had
SET n.title = coalesce(row.title, n.title),
    n.url = coalesce(row.url, n.url),
    n.source = coalesce(row.source, n.source),
    n.published = coalesce(date(row.published), n.published),
    n.content_sha256 = coalesce(row.content_sha256, n.content_sha256),
    n.ingested_at = CASE WHEN had IS NULL OR row.content_sha256 IS NULL OR had = row.content_sha256
                         THEN n.ingested_at ELSE datetime() END
RETURN count(*) AS n`
}

// nodeCypher returns the statement that merges the nodes of label l. The
// name is the longest seen; the others become aliases.
func nodeCypher(l schema.Label) string {
	var b strings.Builder
	b.WriteString(`UNWIND $rows AS row
MERGE (n:` + string(l) + ` {id: row.id})
WITH n, row, coalesce(n.name, '') AS had
WITH n, row, had, CASE WHEN size(row.name) > size(had) THEN row.name ELSE had END AS name
SET n.name = name,
    n.aliases = [x IN reduce(acc = [], s IN coalesce(n.aliases, []) + row.aliases + [had, row.name] |
                   CASE WHEN s = '' OR s IN acc THEN acc ELSE acc + s END) WHERE x <> name]`)
	switch l {
	case schema.Country:
		b.WriteString(`,
    n.iso2 = coalesce(row.iso2, n.iso2),
    n.iso3 = coalesce(row.iso3, n.iso3)`)
	case schema.City, schema.Region:
		b.WriteString(`,
    n.country = coalesce(row.country, n.country),
    n.location = CASE WHEN row.lat IS NULL OR row.lon IS NULL THEN n.location
                      ELSE point({latitude: row.lat, longitude: row.lon}) END`)
	case schema.Organisation:
		b.WriteString(`,
    n.kind = coalesce(row.kind, n.kind),
    n.country = coalesce(row.country, n.country)`)
	case schema.Person:
		b.WriteString(`
FOREACH (_ IN CASE WHEN row.official THEN [1] ELSE [] END | SET n:` + string(schema.Official) + `)`)
	}
	b.WriteString(`
RETURN count(*) AS n`)
	return b.String()
}

// edgeCypher returns the statement that merges edges of type t from nodes
// labelled from to nodes labelled to. Both end nodes are write-locked before
// the MERGE (by setting and removing a property), so that two transactions
// merging the same edge serialise instead of both creating it.
func edgeCypher(t schema.RelType, from, to schema.Label) string {
	var b strings.Builder
	b.WriteString(`UNWIND $rows AS row
MATCH (a:` + string(from) + ` {id: row.from})
MATCH (b:` + string(to) + ` {id: row.to})
SET a._lock = true, b._lock = true
REMOVE a._lock, b._lock
`)
	switch {
	case t == schema.Mentions:
		b.WriteString(`MERGE (a)-[r:` + string(t) + `]->(b)
SET r.count = row.count
RETURN count(*) AS n`)
		return b.String()
	case t.Structural():
		b.WriteString(`MERGE (a)-[r:` + string(t) + `]->(b)
`)
	default:
		b.WriteString(`MERGE (a)-[r:` + string(t) + ` {date: date(row.date)}]->(b)
`)
	}
	b.WriteString(`WITH r, row, coalesce(r.articles, []) AS arts, coalesce(r.evidence, []) AS ev,
     coalesce(r.rules, []) AS rules, r.modality AS modality`)
	if t == schema.OfficialOf {
		b.WriteString(`, coalesce(r.titles, []) AS titles`)
	}
	b.WriteString(`
WITH r, row, modality, arts + [x IN row.articles WHERE NOT x IN arts] AS arts,
     (ev + [x IN row.evidence WHERE NOT x IN ev])[0..$maxEvidence] AS ev,
     rules + [x IN row.rules WHERE NOT x IN rules] AS rules`)
	if t == schema.OfficialOf {
		b.WriteString(`,
     titles + [x IN row.titles WHERE NOT x IN titles] AS titles`)
	}
	b.WriteString(`
SET r.articles = arts,
    r.sources = size(arts),
    r.evidence = ev,
    r.rules = rules,
    r.modality = CASE WHEN modality IS NULL
                        OR coalesce($modalityRank[row.modality], 0) > coalesce($modalityRank[modality], 0)
                      THEN row.modality ELSE modality END,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence
                        THEN row.confidence ELSE r.confidence END,
    r.cameo = coalesce(row.cameo, r.cameo),
    r.location = coalesce(r.location, row.location),
    r.casualties = CASE WHEN r.casualties IS NULL OR row.casualties > r.casualties
                        THEN row.casualties ELSE r.casualties END`)
	if t == schema.OfficialOf {
		b.WriteString(`,
    r.titles = titles,
    r.title = titles[0]`)
	}
	if !t.Structural() {
		b.WriteString(`,
    r.date_precision = CASE WHEN r.date_precision IS NULL
                              OR $precisionRank[row.date_precision] < coalesce($precisionRank[r.date_precision], 1)
                            THEN row.date_precision ELSE r.date_precision END`)
	}
	b.WriteString(`
RETURN count(*) AS n`)
	return b.String()
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
