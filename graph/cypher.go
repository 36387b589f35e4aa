package graph

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// The Cypher of the load plan: labels and types come from schema constants,
// every value is a parameter. See delta.go for the tally the statements
// keep.

// articleCypher writes Article nodes: a new version replaces every
// property of the old one and its stored contribution.
func articleCypher() string {
	return unwindRows + `
MERGE (n:` + string(schema.Article) + ` {id: row.id})
ON CREATE SET n.ingested_at = datetime()
WITH n, row, n.content_sha256 AS had
SET n.title = row.title,
    n.short_title = row.short_title,
    n.url = row.url,
    n.source = row.source,
    n.published = date(row.published),
    n.content_sha256 = row.content_sha256,
    n.contribution = row.contribution,
    n.edge_keys = row.edge_keys,
    n.edge_evidence = row.edge_evidence,
    n.ingested_at = CASE WHEN had IS NULL OR row.content_sha256 IS NULL OR had = row.content_sha256
                         THEN n.ingested_at ELSE datetime() END
RETURN count(*) AS n`
}

// insertCypher returns the expression that adds the strings of the list add
// to the sorted list sorted, keeping it sorted and without repeats. (A
// reduce compiles much faster than a sorting subquery.)
func insertCypher(sorted, add string) string {
	return `reduce(acc = ` + sorted + `, x IN ` + add + ` |
         CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y > x] END)`
}

// tallyCypher adds the counted keys row.tk, row.tc to the tally of x and
// binds tk and tc to the new tally: sorted keys, counts above zero.
func tallyCypher(x string) string { return tallyOfCypher(x, "row.tk", "row.tc") }

// tallyOfCypher adds the counted keys keys, counts (aligned lists) to the
// tally of x and binds tk and tc to the new tally.
func tallyOfCypher(x, keys, counts string) string {
	return `
WITH *, coalesce(` + x + `.tally, []) AS tk0, coalesce(` + x + `.tally_counts, []) AS tc0
WITH *, ` + insertCypher("tk0", keys) + ` AS tk1
WITH *, [k IN tk1 |
         reduce(c = 0, i IN range(0, size(tk0) - 1) | CASE WHEN tk0[i] = k THEN c + tc0[i] ELSE c END) +
         reduce(c = 0, j IN range(0, size(` + keys + `) - 1) | CASE WHEN ` + keys + `[j] = k THEN c + ` + counts + `[j] ELSE c END)] AS tc1
WITH *, [i IN range(0, size(tk1) - 1) WHERE tc1[i] > 0 | tk1[i]] AS tk, [c IN tc1 WHERE c > 0] AS tc`
}

// countCypher returns the expression of the count of the tally key k.
func countCypher(k string) string {
	return `reduce(c = 0, i IN range(0, size(tk) - 1) | CASE WHEN tk[i] = '` + k + `' THEN tc[i] ELSE c END)`
}

// mostCypher returns the expression of the key with the given prefix that
// most articles gave (the first in order on a tie), without the prefix.
func mostCypher(prefix string) string {
	return `substring(tk[reduce(best = null, i IN range(0, size(tk) - 1) |
        CASE WHEN NOT tk[i] STARTS WITH '` + prefix + `' THEN best
             WHEN best IS NULL OR tc[i] > tc[best] THEN i ELSE best END)], ` + fmt.Sprint(len(prefix)) + `)`
}

// nameKeysCypher returns the expression of the look-up keys of the names
// of the list names: lower-cased, sorted, without repeats or nulls.
func nameKeysCypher(names string) string {
	return insertCypher("[]", "[x IN "+names+" WHERE x IS NOT NULL | toLower(x)]")
}

// nameKeysBackfillCypher gives the nodes an older actorgraph loaded their
// look-up keys (nodeCypher keeps them on every node it writes).
func nameKeysBackfillCypher() string {
	return `MATCH (n:` + entityLabels() + `)
WHERE n.name_keys IS NULL AND n.name IS NOT NULL
SET n.name_keys = ` + nameKeysCypher("[n.name] + coalesce(n.aliases, [])")
}

// entityLabels returns the label expression of every entity node:
// Country|City|...
func entityLabels() string {
	var ls []string
	for _, l := range schema.NodeLabels {
		if l != schema.Article {
			ls = append(ls, string(l))
		}
	}
	return strings.Join(ls, "|")
}

// nodeCypher returns the statement that merges the nodes of label l and
// applies the rows' tally changes. The name is the longest name articles
// gave (the first in order on a tie), the other names and aliases are
// aliases; a node no article names any more (one an older actorgraph
// loaded, kept by its relationships) keeps its name. The node is locked
// before its tally is read, so that concurrent writers do not lose counts.
func nodeCypher(l schema.Label) string {
	var b strings.Builder
	b.WriteString(unwindRows + `
MERGE (n:` + string(l) + ` {id: row.id})
SET n._lock = true
REMOVE n._lock
WITH n, row` + tallyCypher("n") + `
WITH n, row, tk, tc, reduce(best = '', s IN [k IN tk WHERE k STARTS WITH 'name:' | substring(k, 5)] |
       CASE WHEN size(s) > size(best) THEN s ELSE best END) AS name
WITH n, row, tk, tc, name, [k IN tk WHERE k STARTS WITH 'alias:' | substring(k, 6)] AS aliases
WITH n, row, tk, tc, name, [x IN ` + insertCypher("aliases", "[k IN tk WHERE k STARTS WITH 'name:' | substring(k, 5)]") + `
       WHERE x <> name] AS aliases
WITH n, row, tk, tc, CASE WHEN name = '' THEN n.name ELSE name END AS name,
     CASE WHEN name = '' THEN coalesce(n.aliases, []) ELSE aliases END AS aliases
SET n.tally = tk,
    n.tally_counts = tc,
    n.name = name,
    n.aliases = aliases[..$maxAliases],
    n.alias_count = size(aliases),
    n.name_keys = ` + nameKeysCypher("[name] + aliases") + ``)
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
FOREACH (_ IN CASE WHEN 'official' IN tk THEN [1] ELSE [] END | SET n:` + string(schema.Official) + `)
FOREACH (_ IN CASE WHEN 'official' IN tk THEN [] ELSE [1] END | REMOVE n:` + string(schema.Official) + `)`)
	}
	b.WriteString(`
RETURN count(*) AS n`)
	return b.String()
}

// edgeCypher returns the statement that merges edges of type t and applies
// the rows' changes, whatever the labels of their ends (endCypher). Both
// end nodes are write-locked before the MERGE (by setting and removing a
// property), so that two transactions merging the same edge serialise
// instead of both creating it or losing each other's changes. An edge left
// with no article and an empty tally is deleted.
func edgeCypher(t schema.RelType) string {
	var b strings.Builder
	b.WriteString(unwindRows + endCypher("a", "row.from", "row.from_label") + endCypher("b", "row.to", "row.to_label") + `
SET a._lock = true, b._lock = true
REMOVE a._lock, b._lock
`)
	switch {
	case t == schema.Mentions:
		b.WriteString(`MERGE (a)-[r:` + string(t) + `]->(b)
SET r.count = row.count
RETURN count(*) AS n`)
		return b.String()
	case isStep(t): // existed: whether the step was there before (rollup.go)
		b.WriteString(`MERGE (a)-[r:` + string(t) + `]->(b)
WITH r, row, a, r.tally IS NOT NULL OR r.articles IS NOT NULL AS existed
`)
	case t.Structural():
		b.WriteString(`MERGE (a)-[r:` + string(t) + `]->(b)
`)
	default:
		// q0: the edge existed before and counted as an event (see
		// stats.go); a new edge has neither tally nor articles yet.
		b.WriteString(datedEdgeCypher(t) + `
WITH r, row, (r.tally IS NOT NULL OR r.articles IS NOT NULL) AND coalesce(r.modality, '') <> 'negated' AS q0
`)
	}
	sample := sampleCypher()
	switch {
	case !t.Structural(): // q0 goes along
		sample = strings.ReplaceAll(sample, "WITH r, row,", "WITH r, row, q0,")
	case isStep(t):
		sample = strings.ReplaceAll(sample, "WITH r, row,", "WITH r, row, a, existed,")
	}
	b.WriteString(sample + `
SET r.articles = arts,
    r.sources = sources,
    r.evidence_by_article = ev,
    r.evidence_count = ` + countCypher("evidence") + ` + size([x IN ev WHERE x STARTS WITH $sep]),
    r.evidence = reduce(acc = [], k IN ev | CASE WHEN size(acc) >= $maxEvidence OR split(k, $sep)[2] IN acc
                                                 THEN acc ELSE acc + split(k, $sep)[2] END),
    r.tally = tk,
    r.tally_counts = tc,
    r.rules = [k IN tk WHERE k STARTS WITH 'rule:' | substring(k, 5)],
    r.finders = [k IN tk WHERE k STARTS WITH 'finder:' | substring(k, 7)],
    r.modality = reduce(m = null, k IN [k IN tk WHERE k STARTS WITH 'modality:' | substring(k, 9)] |
                   CASE WHEN m IS NULL OR $modalityRank[k] > $modalityRank[m] THEN k ELSE m END),
    r.confidence = reduce(m = null, x IN [k IN tk WHERE k STARTS WITH 'confidence:' | toFloat(substring(k, 11))] |
                     CASE WHEN m IS NULL OR x > m THEN x ELSE m END),
    r.casualties = reduce(m = null, x IN [k IN tk WHERE k STARTS WITH 'casualties:' | toInteger(substring(k, 11))] |
                     CASE WHEN m IS NULL OR x > m THEN x ELSE m END),
    r.location = ` + mostCypher("location:") + `,
    r.cameo = row.cameo`)
	if !t.Structural() {
		b.WriteString(`,
    r.date_precision = reduce(m = null, k IN [k IN tk WHERE k STARTS WITH 'precision:' | substring(k, 10)] |
                         CASE WHEN m IS NULL OR $precisionRank[k] < $precisionRank[m] THEN k ELSE m END)`)
	}
	if t == schema.OfficialOf {
		b.WriteString(`,
    r.titles = [k IN tk WHERE k STARTS WITH 'title:' | substring(k, 6)],
    r.title = ` + mostCypher("title:"))
	}
	if isStep(t) { // a step created or deleted changes a's first step
		b.WriteString(`
WITH r, row, a, existed, size(arts) = 0 AND size(tk) = 0 AS gone
FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r)
WITH a, existed = gone AS changed` + refreshRollupCypher("a", "changed") + `
RETURN count(*) AS n`)
		return b.String()
	}
	if t.Structural() {
		b.WriteString(`
FOREACH (_ IN CASE WHEN size(arts) = 0 AND size(tk) = 0 THEN [1] ELSE [] END | DELETE r)
RETURN count(*) AS n`)
		return b.String()
	}
	if keepsRollup(t) { // the ends, locked above, are the edge's (rollup.go)
		b.WriteString(`
WITH *, startNode(r) AS x1, endNode(r) AS x2
` + setRollupCypher("r", "x1", "x2"))
	}
	// d: the change of the event counters of the ends (stats.go).
	b.WriteString(`
WITH r, row, q0, size(arts) = 0 AND size(tk) = 0 AS gone
WITH r, row, gone, CASE WHEN NOT gone AND coalesce(r.modality, '') <> 'negated' THEN 1 ELSE 0 END -
                   CASE WHEN q0 THEN 1 ELSE 0 END AS d
FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r)
RETURN count(*) AS n, collect(CASE WHEN d <> 0 THEN [row.from, row.to, toString(row.date), d] END) AS d`)
	return b.String()
}

// endCypher binds x to the node whose id is the expression id and whose
// label is named by the expression label: a union with a branch per label
// of schema.NodeLabels, each a seek in the id constraint of its label (an
// id of another label seeks null, which finds nothing at no cost). One
// statement per relationship type serves every pair of end labels: a
// fresh server compiles 24 edge statements, not one per type and pair
// (580), and a warm-up can compile them all (warmup.go). A label outside
// the list finds no node, as a MATCH on it did.
func endCypher(x, id, label string) string {
	var parts []string
	for _, l := range schema.NodeLabels {
		parts = append(parts, `
  WITH row
  MATCH (`+x+`:`+string(l)+` {id: CASE `+label+` WHEN '`+string(l)+`' THEN `+id+` END})
  RETURN `+x)
	}
	return `
CALL {` + strings.Join(parts, `
  UNION ALL`) + `
}`
}

// datedEdgeCypher finds or creates the edge of type t dated row.date
// from a to b, and binds it to r. It does what MERGE would, with the plan
// fixed: the edge is looked up in the index of t's dates, so a lookup costs
// what the edges of that type on that day cost, however many edges the two
// ends have on other days. MERGE let the planner choose, and with
// replan=skip (stablePlan) a plan chosen on an almost empty database (an
// expansion of all of a's edges of type t) was kept while those edges grew
// into the thousands: 7.7 of 9 s of a 5,000-article write went to one such
// statement on a 100,000-article graph. Both ends are write-locked before
// (edgeCypher), so no concurrent transaction can create the edge between
// the lookup and the CREATE.
func datedEdgeCypher(t schema.RelType) string {
	return `WITH a, b, row
OPTIONAL MATCH (a)-[old:` + string(t) + `]->(b) USING INDEX old:` + string(t) + `(date)
WHERE old.date = date(row.date)
CALL {
  WITH old
  WITH old WHERE old IS NOT NULL
  RETURN old AS r
  UNION ALL
  WITH a, b, row, old
  WITH a, b, row WHERE old IS NULL
  CREATE (a)-[r:` + string(t) + ` {date: date(row.date)}]->(b)
  RETURN r
}`
}

// sampleCypher applies a row's change to the tally of edge r and to its
// sample of articles and their evidence (see delta.go): it binds tk, tc,
// sources (the exact count), arts (the MaxArticles smallest ids) and ev
// (the evidence of arts, and that of no article). An edge an older
// actorgraph wrote with full lists is counted from them first.
func sampleCypher() string {
	return `WITH r, row, coalesce(r.articles, []) AS s0
WITH r, row, s0, [x IN s0 WHERE NOT x IN row.art_del] AS kept,
     CASE WHEN size(s0) > 0 AND NOT 'articles' IN coalesce(r.tally, []) THEN 1 ELSE 0 END AS legacy
WITH r, row, size(kept) < size(s0) AS lost, ` + insertCypher("kept", "row.art_add") + ` AS full,
     ['articles', 'evidence'][..2 * legacy] + row.tk AS addk,
     [size(s0), size([x IN coalesce(r.evidence_by_article, []) WHERE NOT x STARTS WITH $sep])][..2 * legacy] + row.tc AS addc` +
		tallyOfCypher("r", "addk", "addc") + `
WITH r, row, tk, tc, lost, full, ` + countCypher("articles") + ` AS sources
CALL {
  WITH row, lost, full, sources
  WITH row, full WHERE lost AND sources > size(full)
  CALL db.index.fulltext.queryNodes('article_edge_keys', row.q) YIELD node
  WITH row, full, node WHERE row.key IN node.edge_keys AND NOT node.id IN row.art_del AND NOT node.id IN full
  WITH row, node ORDER BY node.id LIMIT $maxArticles
  RETURN collect(node.id) AS fill,
         collect([i IN range(0, size(node.edge_keys) - 1) WHERE node.edge_keys[i] = row.key | node.edge_evidence[i]][0]) AS fillEv
}
WITH r, row, tk, tc, sources, (` + insertCypher("full", "fill") + `)[..$maxArticles] AS arts,
     reduce(acc = [], s IN fillEv | acc + [x IN split(s, $join) WHERE x <> '']) AS fillEv
WITH r, row, tk, tc, sources, arts,
     [x IN coalesce(r.evidence_by_article, []) WHERE NOT x IN row.ev_del AND (x STARTS WITH $sep OR split(x, $sep)[0] IN arts)] AS kept,
     [x IN row.ev_add + fillEv WHERE x STARTS WITH $sep OR split(x, $sep)[0] IN arts] AS add
WITH r, row, tk, tc, sources, arts, ` + insertCypher("kept", "add") + ` AS ev`
}

// pruneMentionsCypher deletes the MENTIONS of an article that its new
// version, if any, does not keep.
func pruneMentionsCypher() string {
	return unwindRows + `
OPTIONAL MATCH (:` + string(schema.Article) + ` {id: row.id})-[m:` + string(schema.Mentions) + `]->(x)
WHERE NOT x.id IN row.keep
DELETE m
RETURN count(DISTINCT row.id) AS n`
}

// dropArticleCypher deletes retracted Article nodes.
func dropArticleCypher() string {
	return unwindRows + `
MATCH (a:` + string(schema.Article) + ` {id: row.id})
DETACH DELETE a
RETURN count(*) AS n`
}

// cleanupCypher deletes the nodes of label l that no article gives any
// more and that no relationship uses.
func cleanupCypher(l schema.Label) string {
	return unwindRows + `
OPTIONAL MATCH (x:` + string(l) + ` {id: row.id})
WHERE size(coalesce(x.tally, [])) = 0 AND NOT EXISTS { (x)--() }
FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | DELETE x)
RETURN count(*) AS n`
}
