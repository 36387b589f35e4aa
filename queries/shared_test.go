package queries

import (
	"fmt"
	"strings"
	"testing"
)

// oldSharedHistory is shared-history before it read only the side with
// fewer events: the path from both actors through every pair of members.
const oldSharedHistory = `CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
MATCH p = (x)<-[:OFFICIAL_OF|PART_OF*0..3]-(x2)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(y2)-[:OFFICIAL_OF|PART_OF*0..3]->(y)
WHERE r.cameo IS NOT NULL
  AND r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
RETURN p
ORDER BY r.date, length(p), type(r)
LIMIT $limit
`

// TestSharedHistoryEqualsOld: for pairs of the hub, its officials, a body,
// an alias, names in other case and an unknown name, over whole and narrow
// dates, with min_sources 2 and limits that cut, shared-history draws the
// paths of its old text (rows equal by date, length and type, as sets
// within each of those, except the last run a limit cuts).
func TestSharedHistoryEqualsOld(t *testing.T) {
	d := testDriver(t)
	ns := namedGraph(t, d)
	sorted := func(cypher string) string {
		return strings.Replace(cypher, "RETURN p\n", "RETURN p, r.date AS date, length(p) AS len, type(r) AS type\n", 1)
	}
	q, err := Get("shared-history")
	if err != nil {
		t.Fatal(err)
	}
	if sorted(q.Cypher) == q.Cypher || sorted(oldSharedHistory) == oldSharedHistory {
		t.Fatal("shared-history no longer ends with RETURN p: update the test")
	}
	pairs := [][2]string{
		{"Sylvania", "Freedonia"}, {"Freedonia", "Sylvania"}, {"sylvanian republic", "Ruritania"},
		{"Mira Okafor", "Freedonia"}, {"Sylvania", "Lio Brand"}, {"Port Alder", "Sylvania"},
		{"Freedonia", "Ruritania"}, {"Mira Okafor", "Lio Brand"}, {"Sylvania", "Nobody"},
		{"Sylvania", "Mira Okafor"}, {"Mira Okafor", "Sylvania"}, {"Port Alder", "Freedonia"},
	}
	dates := []map[string]string{
		{"from": "2088-01-01", "to": "2089-12-31", "limit": "1000"},
		{"from": "2088-03-01", "to": "2088-03-31", "limit": "1000"},
		{"from": "2088-06-15", "to": "2088-06-15", "limit": "1000"},
		{"from": "2088-01-01", "to": "2089-12-31", "min_sources": "2", "limit": "1000"},
		{"from": "2088-01-01", "to": "2089-12-31", "limit": "7"},
		{"from": "2088-01-01", "to": "2089-12-31", "limit": "1"},
		{},
	}
	compared := 0
	for _, pair := range pairs {
		for _, ds := range dates {
			params := map[string]string{"a": pair[0] + " " + ns, "b": pair[1] + " " + ns}
			for k, v := range ds {
				params[k] = v
			}
			bound, err := q.Bind(params)
			if err != nil {
				t.Fatal(err)
			}
			keys := []string{"date", "len", "type"}
			want := namedRows(t, d, sorted(oldSharedHistory), bound, keys)
			compared += len(want)
			got := namedRows(t, d, sorted(q.Cypher), bound, keys)
			if msg := sameRows(got, want, fmt.Sprint(bound["limit"])); msg != "" {
				t.Errorf("%v: %s", params, msg)
			}
		}
	}
	if compared < 1000 {
		t.Errorf("the old query drew %d paths in all: the test compares little", compared)
	}
}
