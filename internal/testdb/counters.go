package testdb

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// PartnerCap is the most partners a node lists (graph's partnerCap: a node
// with more keeps only their number). A variable for the tests that lower
// both; TestPartnerCapMatches checks that they agree.
var PartnerCap = 100

// CounterDiff compares the event counters stored on every entity node of
// namespace ns (every entity when ns is empty) with a count from its edges
// made here, independently of the loader: the events (edges with a cameo)
// that are not negated, by month (and in all) and by the node at the other
// end (their number, and their list while at most PartnerCap), a self-loop
// once. It returns the nodes whose counters differ, one line
// each ("" when none), and the number of nodes that have counters.
func CounterDiff(t testing.TB, d neo4j.DriverWithContext, ns string) (diff string, counted int) {
	t.Helper()
	rows := Query(t, d, `
MATCH (n) WHERE NOT n:Article AND ($ns = '' OR n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-')
OPTIONAL MATCH (n)-[r]-(o) WHERE r.cameo IS NOT NULL AND coalesce(r.modality, '') <> 'negated'
WITH n, collect(DISTINCT CASE WHEN r IS NULL THEN null ELSE [elementId(r), o.id, toString(r.date)] END) AS es
RETURN n.id AS id, n.event_months AS mk, n.event_counts AS mc, n.event_total AS mt, n.partner_total AS pt, n.partner_ids AS pk, n.partner_counts AS pc, es`,
		map[string]any{"ns": ns})
	var lines []string
	for _, r := range rows {
		months, partners := map[string]int64{}, map[string]int64{}
		for _, e := range r["es"].([]any) {
			ev := e.([]any)
			months[ev[2].(string)[:7]]++
			partners[ev[1].(string)]++
		}
		want := counterText(months, partners)
		got := fmt.Sprintf("months=%v counts=%v total=%v partners=%v of %v counts=%v", r["mk"], r["mc"], r["mt"], r["pk"], r["pt"], r["pc"])
		if r["mk"] != nil {
			counted++
		}
		if got != want {
			lines = append(lines, fmt.Sprintf("%v: stored %s, edges give %s", r["id"], got, want))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n"), counted
}

// counterText writes counters as CounterDiff reads them from a node: nil
// lists when there is no event.
func counterText(months, partners map[string]int64) string {
	if len(months) == 0 {
		return "months=<nil> counts=<nil> total=<nil> partners=<nil> of <nil> counts=<nil>"
	}
	mk, mc := sortedCounts(months)
	pk, pc := sortedCounts(partners)
	total := int64(0)
	for _, n := range months {
		total += n
	}
	if len(pk) > PartnerCap {
		return fmt.Sprintf("months=%v counts=%v total=%v partners=<nil> of %v counts=<nil>", mk, mc, total, len(pk))
	}
	return fmt.Sprintf("months=%v counts=%v total=%v partners=%v of %v counts=%v", mk, mc, total, pk, len(pk), pc)
}

func sortedCounts(m map[string]int64) ([]any, []any) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ks, cs := make([]any, len(keys)), make([]any, len(keys))
	for i, k := range keys {
		ks[i], cs[i] = k, m[k]
	}
	return ks, cs
}
