package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// TestAliasesCapped: a node shows at most MaxAliases aliases and counts
// them all in alias_count; name_keys keeps every name in lower case for
// look-ups; retracting the article that gave an alias takes it away again.
func TestAliasesCapped(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 50)
	ns := namespace(t, d)
	var aliases []string
	for i := range MaxAliases + 5 {
		aliases = append(aliases, fmt.Sprintf("Okafor %02d", i))
	}
	a := newStory("many-names", "2031-01-01", "sha-a").node("person:mira-okafor", schema.Person, "Mira Okafor", false, aliases...)
	b := newStory("one-more", "2031-01-02", "sha-b").node("person:mira-okafor", schema.Person, "Mira Okafor", false, "M. OKAFOR")
	load(t, w, ns, false, []*story{a, b})
	read := func() map[string]any {
		t.Helper()
		rows := query(t, d, `MATCH (n:Person {id: $id}) RETURN size(n.aliases) AS shown, n.alias_count AS count,
			size(n.name_keys) AS keys, 'm. okafor' IN n.name_keys AS lower, 'mira okafor' IN n.name_keys AS name`,
			map[string]any{"id": nsID(ns, "person:mira-okafor")})
		if len(rows) != 1 {
			t.Fatalf("Mira Okafor: %d nodes", len(rows))
		}
		return rows[0]
	}
	got := read()
	if want := fmt.Sprint(map[string]any{"shown": int64(MaxAliases), "count": int64(MaxAliases + 6),
		"keys": int64(MaxAliases + 7), "lower": true, "name": true}); fmt.Sprint(got) != want {
		t.Errorf("after two articles: %v, want %s", got, want)
	}
	if _, _, err := w.Retract(context.Background(), []string{nsID(ns, b.id())}); err != nil {
		t.Fatal(err)
	}
	got = read()
	if want := fmt.Sprint(map[string]any{"shown": int64(MaxAliases), "count": int64(MaxAliases + 5),
		"keys": int64(MaxAliases + 6), "lower": false, "name": true}); fmt.Sprint(got) != want {
		t.Errorf("after retracting the one that gave M. OKAFOR: %v, want %s", got, want)
	}
}

// TestDryRunKeepsNothing: a dry run writes and rolls back; a story that
// is loaded stays as it was, one that is not leaves no trace.
func TestDryRunKeepsNothing(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 50)
	ns := namespace(t, d)
	a := newStory("kept", "2031-02-01", "sha-a").sylvania().edge(met("2031-02-01", "asserted", "Okafor met the Freedonian envoy."))
	load(t, w, ns, false, []*story{a})
	want := testdb.Snapshot(t, d, ns)
	a2 := newStory("kept", "2031-02-01", "sha-a2").sylvania()
	b := newStory("dry", "2031-02-02", "sha-b").node("person:nova-tessa", schema.Person, "Nova Tessa", false)
	if _, err := w.DryRun(context.Background(), namespaced(a2.g, ns), namespaced(b.g, ns)); err != nil {
		t.Fatalf("DryRun: %v", err)
	}
	if got := testdb.Snapshot(t, d, ns); got != want {
		t.Errorf("DryRun changed the graph\n%s", testdb.Diff(got, want))
	}
}
