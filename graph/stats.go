package graph

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Event counters: what the query top-actors reads instead of every event.
//
// Every entity node with at least one event that is not negated (of any
// interaction type, in either direction) keeps
//
//	event_months   the months ("YYYY-MM", sorted) in which it has such events
//	event_counts   aligned: how many such events in each month
//	event_total    how many such events in all (indexed: the most active first)
//	partner_total  how many distinct nodes at the other end of such events
//	partner_ids    their ids, sorted, while they are at most partnerCap
//	partner_counts aligned: how many such events with each
//
// An event is one edge: a self-loop counts once, for the node itself as the
// partner. A node with no such event has none of these properties. The
// counters depend only on the edges, so they depend only on the articles
// loaded: a clean load and any sequence of updates and retractions that
// ends with the same articles give the same counters.
//
// They are kept in the transaction that writes the edges: every interaction
// edge statement returns, for each edge whose state changed (created,
// deleted, its modality flipped to or from negated), the change (+1 or -1)
// with its ends and date; runStatements sums these changes by node, month
// and partner, and the statements of statsCypher apply the sums to the
// nodes at the end of the transaction. The edge statement write-locked both
// ends already, so concurrent writers apply their changes one after the
// other. A node without counters (loaded by an older actorgraph, or with
// no events before) gets them counted from its edges instead, once.

// statDelta is the change of one node's counters.
type statDelta struct {
	months   map[string]int
	partners map[string]int
}

// statsDelta sums the changes of the counters by node id.
type statsDelta map[string]*statDelta

// event adds d (1 or -1) events between from and to on date (YYYY-MM-DD).
func (s statsDelta) event(from, to, date string, d int) {
	s.node(from, to, date, d)
	if to != from {
		s.node(to, from, date, d)
	}
}

func (s statsDelta) node(id, partner, date string, d int) {
	n := s[id]
	if n == nil {
		n = &statDelta{months: map[string]int{}, partners: map[string]int{}}
		s[id] = n
	}
	n.months[month(date)] += d
	n.partners[partner] += d
}

// month returns the YYYY-MM of a YYYY-MM-DD date.
func month(date string) string {
	if len(date) >= 7 {
		return date[:7]
	}
	return date
}

// rows returns the rows of the statsCypher statements by label: per node,
// the months and partners whose counts change, sorted, with the changes.
func (s statsDelta) rows() map[schema.Label][]map[string]any {
	out := map[schema.Label][]map[string]any{}
	for _, id := range sortedKeys(s) {
		n := s[id]
		mk, md := tallyRow(n.months, false)
		pk, pd := tallyRow(n.partners, false)
		l, ok := schema.LabelOfID(id)
		if !ok || len(mk)+len(pk) == 0 {
			continue
		}
		out[l] = append(out[l], map[string]any{"id": id, "mk": mk, "md": md, "pk": pk, "pd": pd})
	}
	return out
}

// addDeltas adds the changes an interaction edge statement returned: a list
// of [from, to, date, change].
func (s statsDelta) addDeltas(v any) {
	list, _ := v.([]any)
	for _, x := range list {
		e, _ := x.([]any)
		if len(e) != 4 {
			continue
		}
		from, _ := e[0].(string)
		to, _ := e[1].(string)
		date, _ := e[2].(string)
		d, _ := e[3].(int64)
		if from != "" && to != "" && d != 0 {
			s.event(from, to, date, int(d))
		}
	}
}

// counters is the event counters of one node, as written on it.
type counters struct {
	months, partners map[string]int
}

// properties returns the four properties of c, nil when it counts no
// event.
func (c counters) properties() map[string]any {
	mk, mc := tallyRow(c.months, true)
	pk, pc := tallyRow(c.partners, true)
	if len(mk) == 0 {
		return map[string]any{"event_months": nil, "event_counts": nil, "event_total": nil,
			"partner_total": nil, "partner_ids": nil, "partner_counts": nil}
	}
	total := int64(0)
	for _, n := range mc {
		total += n
	}
	out := map[string]any{"event_months": mk, "event_counts": mc, "event_total": total,
		"partner_total": int64(len(pk)), "partner_ids": pk, "partner_counts": pc}
	if len(pk) > partnerCap {
		out["partner_ids"], out["partner_counts"] = nil, nil
	}
	return out
}

// eventCounts holds the counters of nodes by id, counted from edges.
type eventCounts map[string]*counters

// event counts the edge of type t, from, to and date when it is an event
// whose modality is not negated (null counts as not negated, as in the
// canned queries).
func (c eventCounts) event(t schema.RelType, from, to, date string, modality any) {
	if t.Structural() || !t.Valid() || modality == string(schema.Negated) {
		return
	}
	c.add(from, to, date)
	if to != from {
		c.add(to, from, date)
	}
}

func (c eventCounts) add(id, partner, date string) {
	n := c[id]
	if n == nil {
		n = &counters{months: map[string]int{}, partners: map[string]int{}}
		c[id] = n
	}
	n.months[month(date)]++
	n.partners[partner]++
}

// countEvents returns the counters of every node at an end of the events
// among edges (see eventCounts.event).
func countEvents(edges func(yield func(t schema.RelType, from, to, date string, modality any) bool)) eventCounts {
	out := eventCounts{}
	edges(func(t schema.RelType, from, to, date string, modality any) bool {
		out.event(t, from, to, date, modality)
		return true
	})
	return out
}

// interactionTypes returns the relationship type expression of every
// interaction type: ACCUSED|AGREED_WITH|...
func interactionTypes() string {
	var ts []string
	for _, t := range schema.Interactions() {
		ts = append(ts, string(t))
	}
	return strings.Join(ts, "|")
}

// partnerCap is the most partners whose ids and counts a node keeps
// (partner_ids, partner_counts); a node with more keeps only their number
// (partner_total). A variable for the tests; the statements take it as
// $cap.
var partnerCap = 100

// statsCypher returns the statement that applies the rows' changes (see
// statsDelta.rows) to the counters of the nodes of label l. A node without
// counters is counted from its edges instead (the edges the transaction
// wrote included). A node with more than $cap partners keeps no list of
// them: the change of its number of partners is found from the edges
// between it and each partner whose count changed (after - change > 0: it
// was a partner before; after > 0: it is one now), and its list is counted
// from its edges again when the number falls to $cap.
func statsCypher(l schema.Label) string {
	return unwindRows + `
MATCH (n:` + string(l) + ` {id: row.id})
WITH n, row, n.event_months IS NULL AS fresh, coalesce(n.event_months, []) AS mk0, coalesce(n.event_counts, []) AS mc0,
     n.event_months IS NOT NULL AND n.partner_ids IS NULL AS wide,
     coalesce(n.partner_ids, []) AS pk0, coalesce(n.partner_counts, []) AS pc0` + recountCypher("n", "fresh") + `
CALL {
  WITH row, fresh, es, mk0, mc0
  UNWIND CASE WHEN fresh THEN [e IN es | [e[0], 1]]
              ELSE [i IN range(0, size(mk0) - 1) | [mk0[i], mc0[i]]] +
                   [i IN range(0, size(row.mk) - 1) | [row.mk[i], row.md[i]]] END AS e
  WITH e[0] AS k, sum(e[1]) AS c
  WITH k, c WHERE c > 0 ORDER BY k
  RETURN collect(k) AS mk, collect(c) AS mc
}
CALL {
  WITH row, fresh, wide, es, pk0, pc0
  UNWIND CASE WHEN fresh THEN [e IN es | [e[1], 1]]
              WHEN wide THEN []
              ELSE [i IN range(0, size(pk0) - 1) | [pk0[i], pc0[i]]] +
                   [i IN range(0, size(row.pk) - 1) | [row.pk[i], row.pd[i]]] END AS e
  WITH e[0] AS k, sum(e[1]) AS c
  WITH k, c WHERE c > 0 ORDER BY k
  RETURN collect(k) AS pk1, collect(c) AS pc1
}
CALL {
  WITH n, row, wide
  UNWIND CASE WHEN wide THEN range(0, size(row.pk) - 1) ELSE [] END AS i
  WITH n, row.pk[i] AS pid, row.pd[i] AS d
  WITH n, d, COLLECT {` + byIDCypher("pid", "p") + `
  }[0] AS p
  WITH d, COUNT { MATCH (n)-[r:` + interactionTypes() + `]-(p) WHERE coalesce(r.modality, '') <> 'negated' RETURN DISTINCT r } AS after
  RETURN sum(CASE WHEN after > 0 THEN 1 ELSE 0 END - CASE WHEN after - d > 0 THEN 1 ELSE 0 END) AS dp
}
WITH n, mk, mc, wide, pk1, pc1, CASE WHEN wide THEN n.partner_total + dp ELSE size(pk1) END AS pt
WITH n, mk, mc, pt, pk1, pc1, wide AND pt <= $cap AS narrowed` + recountCypher("n", "narrowed") + `
CALL {
  WITH es
  UNWIND es AS e
  WITH e[1] AS k, count(*) AS c ORDER BY k
  RETURN collect(k) AS pk2, collect(c) AS pc2
}
WITH n, mk, mc, pt, CASE WHEN narrowed THEN pk2 ELSE pk1 END AS pk, CASE WHEN narrowed THEN pc2 ELSE pc1 END AS pc
` + setCountersCypher("n") + `
RETURN count(*) AS n`
}

// byIDCypher returns the union that binds x to the entity node whose id is
// the variable id, through the id constraints of the labels.
func byIDCypher(id, x string) string {
	var parts []string
	for _, l := range schema.NodeLabels {
		if l != schema.Article {
			parts = append(parts, "\n    MATCH ("+x+":"+string(l)+" {id: "+id+"}) RETURN "+x)
		}
	}
	return strings.Join(parts, "\n    UNION")
}

// recountCypher binds es to the [month, partner id] of every event of x
// that is not negated, when cond holds (else to []).
func recountCypher(x, cond string) string {
	return `
CALL {
  WITH ` + x + `, ` + cond + `
  WITH ` + x + ` WHERE ` + cond + `
  MATCH (` + x + `)-[r:` + interactionTypes() + `]-(o)
  WHERE coalesce(r.modality, '') <> 'negated'
  WITH DISTINCT r, o
  RETURN collect([substring(toString(r.date), 0, 7), o.id]) AS es
}`
}

// setCountersCypher sets the counters of x from mk, mc, pt (the number of
// partners), pk, pc, removing them when they count nothing; the partner
// lists only while pt is at most $cap.
func setCountersCypher(x string) string {
	return `SET ` + x + `.event_months = CASE WHEN size(mk) = 0 THEN null ELSE mk END,
    ` + x + `.event_counts = CASE WHEN size(mk) = 0 THEN null ELSE mc END,
    ` + x + `.event_total = CASE WHEN size(mk) = 0 THEN null ELSE reduce(s = 0, c IN mc | s + c) END,
    ` + x + `.partner_total = CASE WHEN size(mk) = 0 THEN null ELSE pt END,
    ` + x + `.partner_ids = CASE WHEN size(mk) = 0 OR pt > $cap THEN null ELSE pk END,
    ` + x + `.partner_counts = CASE WHEN size(mk) = 0 OR pt > $cap THEN null ELSE pc END`
}

// countersBackfillCypher gives the nodes without counters or without
// event_total (loaded by an older actorgraph) their counters, counted from
// their edges, a thousand nodes per transaction (so that a large graph does
// not hold them all in one): run it in an auto-commit transaction.
func countersBackfillCypher() string {
	return `MATCH (n:` + entityLabels() + `)
WHERE n.event_months IS NULL OR n.event_total IS NULL OR n.partner_total IS NULL
CALL {
  WITH n
  WITH n, true AS all` + indent(recountCypher("n", "all")) + `
  WITH n, es WHERE size(es) > 0
  CALL {
    WITH es
    UNWIND es AS e
    WITH e[0] AS k, count(*) AS c ORDER BY k
    RETURN collect(k) AS mk, collect(c) AS mc
  }
  CALL {
    WITH es
    UNWIND es AS e
    WITH e[1] AS k, count(*) AS c ORDER BY k
    RETURN collect(k) AS pk, collect(c) AS pc
  }
  WITH n, mk, mc, pk, pc, size(pk) AS pt
  ` + setCountersCypher("n") + `
} IN TRANSACTIONS OF 1000 ROWS`
}

// indent indents every line of s but the first by two spaces.
func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n  ") }

// edge counts the edge a bulk load writes, with the modality edgeProps
// gives it.
func (c eventCounts) edge(e *bulkEdge) {
	tk, _ := tallyRow(e.tally, true)
	c.event(e.part.Type, e.part.From, e.part.To, e.part.Date, ranked(withPrefix(tk, "modality:"), modalityRanks, true))
}
