package queries

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/schema"
)

// TestTopActorsNamesEveryInteraction: top-actors names the event types so
// that it does not read the MENTIONS; the list must be every interaction
// type of the ontology and nothing else.
func TestTopActorsNamesEveryInteraction(t *testing.T) {
	q, err := Get("top-actors")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`\[r:([A-Z_|]+)\]`).FindStringSubmatch(q.Cypher)
	if m == nil {
		t.Fatalf("top-actors names no relationship types:\n%s", q.Cypher)
	}
	got := strings.Split(m[1], "|")
	var want []string
	for _, rt := range schema.Interactions() {
		want = append(want, string(rt))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("top-actors types = %v, want the interactions %v", got, want)
	}
}

// TestNamesAreLookedUpByKey: no canned query compares names with toLower
// over every node; names are found through name_keys.
func TestNamesAreLookedUpByKey(t *testing.T) {
	all, err := load()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		if strings.Contains(q.Cypher, ".aliases") || regexp.MustCompile(`toLower\(\w+\.name\)`).MatchString(q.Cypher) {
			t.Errorf("query %s matches names without name_keys:\n%s", q.Name, q.Cypher)
		}
	}
}

// TestNoQuadraticDedupe: the distinct articles of many events are counted
// with UNWIND and DISTINCT, never by growing a list with a membership test
// per element (reduce(s = [], ... WHERE NOT id IN s)), which takes seconds
// for the thousands of events of a hub.
func TestNoQuadraticDedupe(t *testing.T) {
	all, err := load()
	if err != nil {
		t.Fatal(err)
	}
	quadratic := regexp.MustCompile(`reduce\(\s*(\w+)\s*=\s*\[\][^|]*\|[^)]*NOT\s+\w+\s+IN\s+(\w+)`)
	for _, q := range all {
		if m := quadratic.FindStringSubmatch(q.Cypher); m != nil && m[1] == m[2] {
			t.Errorf("query %s deduplicates a list in quadratic time: %s", q.Name, m[0])
		}
	}
	for _, bad := range []string{
		"size(reduce(s = [], l IN arts | s + [id IN l WHERE NOT id IN s]))",
		"reduce(s = [], x IN rs | s + [id IN x.articles WHERE NOT id IN s])",
	} {
		if m := quadratic.FindStringSubmatch(bad); m == nil || m[1] != m[2] {
			t.Errorf("the check misses %s", bad)
		}
	}
}

// TestQueriesNameTheirLinks: the queries that walk from an actor read its
// relationships by type, so that the MENTIONS of articles (most of a hub's
// relationships) are not read: chain, path, actor, neighbourhood and evidence
// every ontology type but MENTIONS; timeline, pair-history, cooperation-conflict and
// shared-history every interaction; each time they name types. The
// neighbourhood and actor may also read every interaction (through the date
// indexes: the types without a date are read by the other way only), actor
// then its roles (every type without a date).
func TestQueriesNameTheirLinks(t *testing.T) {
	var links, events, roles []string
	for _, rt := range schema.RelTypes() {
		if rt != schema.Mentions {
			links = append(links, string(rt))
		}
		if rt != schema.Mentions && rt.Structural() {
			roles = append(roles, string(rt))
		}
	}
	for _, rt := range schema.Interactions() {
		events = append(events, string(rt))
	}
	slices.Sort(links)
	slices.Sort(events)
	slices.Sort(roles)
	for _, tt := range []struct {
		name string
		want []string
		min  int
		also [][]string // other lists it may read
	}{
		{"chain", links, 3, nil}, {"path", links, 3, nil}, {"actor", links, 1, [][]string{events, roles}},
		{"neighbourhood", links, 1, [][]string{events}},
		{"timeline", events, 1, nil}, {"evidence", links, 1, nil}, {"pair-history", events, 1, nil},
		{"cooperation-conflict", events, 1, nil}, {"shared-history", events, 1, nil},
	} {
		q, err := Get(tt.name)
		if err != nil {
			t.Fatal(err)
		}
		lists := regexp.MustCompile(`\[\w*:([A-Z_|]+)\]`).FindAllStringSubmatch(q.Cypher, -1)
		n := 0
		for _, m := range lists {
			got := strings.Split(m[1], "|")
			if slices.Contains(got, string(schema.OfficialOf)) && len(got) <= 2 {
				continue // the roll-up of officials and bodies
			}
			n++
			slices.Sort(got)
			if !slices.Equal(got, tt.want) && !slices.ContainsFunc(tt.also, func(l []string) bool { return slices.Equal(got, l) }) {
				t.Errorf("%s reads %v, want %v", tt.name, got, tt.want)
			}
		}
		if n < tt.min {
			t.Errorf("%s names the types of its links %d times, want at least %d:\n%s", tt.name, n, tt.min, q.Cypher)
		}
	}
}
