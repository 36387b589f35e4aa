package testdb

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Volatile are the properties Snapshot leaves out: when a node was
// written, not what it says.
var Volatile = []string{"ingested_at"}

// Snapshot returns, as sorted text, every node whose id carries namespace ns
// (every node of the database when ns is empty) with its labels and
// properties, and each of their outgoing relationships with its type, end
// and properties. The namespace is written "NS", so that snapshots of two
// namespaces compare equal when their graphs are; Volatile properties are
// left out. List properties keep their stored order.
func Snapshot(t testing.TB, d neo4j.DriverWithContext, ns string) string {
	t.Helper()
	rows := Query(t, d, `
MATCH (n) WHERE $ns = '' OR n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-'
OPTIONAL MATCH (n)-[r]->(m)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
       collect(CASE WHEN r IS NULL THEN null ELSE [type(r), m.id, properties(r)] END) AS out`,
		map[string]any{"ns": ns})
	var lines []string
	for _, r := range rows {
		labels := r["labels"].([]any)
		sort.Slice(labels, func(i, j int) bool { return labels[i].(string) < labels[j].(string) })
		lines = append(lines, fmt.Sprintf("%v %v %s", r["id"], labels, props(r["props"].(map[string]any))))
		var out []string
		for _, o := range r["out"].([]any) {
			rel := o.([]any)
			out = append(out, fmt.Sprintf("  -[%v]-> %v %s", rel[0], rel[1], props(rel[2].(map[string]any))))
		}
		slices.Sort(out)
		lines = append(lines, out...)
	}
	// Keep each node's relationships under it: sort by node, not by line.
	var blocks []string
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && strings.HasPrefix(lines[j], "  ") {
			j++
		}
		blocks = append(blocks, strings.Join(lines[i:j], "\n"))
		i = j
	}
	slices.Sort(blocks)
	s := strings.Join(blocks, "\n") + "\n"
	if ns != "" {
		s = strings.ReplaceAll(s, ns, "NS")
	}
	return s
}

// props writes a property map sorted by key, without the Volatile keys.
func props(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		if !slices.Contains(Volatile, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%s ", k, value(m[k]))
	}
	return b.String()
}

// value writes one property value; dates as YYYY-MM-DD.
func value(v any) string {
	switch x := v.(type) {
	case dbtype.Date:
		return time.Time(x).Format(time.DateOnly)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = value(e)
		}
		return "[" + strings.Join(parts, " | ") + "]"
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprint(v)
}

// Diff returns the lines of snapshot got that want lacks ("+ ") and those of
// want that got lacks ("- "), for a short failure message.
func Diff(got, want string) string {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			m[l]++
		}
		return m
	}
	g, w := count(got), count(want)
	var out []string
	for _, l := range strings.Split(got, "\n") {
		if w[l] == 0 {
			out = append(out, "+ "+l)
		}
	}
	for _, l := range strings.Split(want, "\n") {
		if g[l] == 0 {
			out = append(out, "- "+l)
		}
	}
	return strings.Join(out, "\n")
}
