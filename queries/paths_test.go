package queries

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/internal/testdb"
)

func TestQueriesOnHubs(t *testing.T) {
	d := testDriver(t)
	h := newHubGraph(t, d)
	h.addArticles(t, d, 60)
	n := h.name
	for _, tt := range []runCase{
		{"one row per chain, not per parallel event", "chain", map[string]string{"a": n("Sylvania"), "b": n("ruritania")}, []string{
			"p=Sylvania -[URGED]-> Freedonia -[CRITICIZED]-> Ruritania",
		}},
		{"every link with two sources", "chain", map[string]string{"a": n("Sylvania"), "b": n("Ruritania"), "min_sources": "2"}, []string{
			"p=Sylvania -[ACCUSED]-> Carpania -[SUPPORTED]-> Harbor Policy Institute -[THREATENED]-> Ruritania",
		}},
		{"two sources, at most two hops", "chain", map[string]string{"a": n("Sylvania"), "b": n("Ruritania"), "min_sources": "2", "max_hops": "2"}, nil},
		{"chain from the other end", "chain", map[string]string{"a": n("Ruritania"), "b": n("Sylvania")}, []string{
			"p=Ruritania <-[CRITICIZED]- Freedonia <-[URGED]- Sylvania",
		}},
		{"no chain through articles", "chain", map[string]string{"a": n("Sylvania"), "b": n("Borduria")}, nil},
		{"only the shortest chains, one per type of link", "chain", map[string]string{"a": n("Mira Okafor"), "b": n("Sylvania")}, []string{
			"p=Mira Okafor -[CRITICIZED]-> Freedonia <-[URGED]- Sylvania",
			"p=Mira Okafor -[OFFICIAL_OF]-> Freedonia <-[URGED]- Sylvania",
		}},
		{"timeline: an event between an official and its state once", "timeline", map[string]string{"name": n("Freedonia"), "from": "2031-01-06", "to": "2031-01-07"}, []string{
			"date=2031-01-06 | precision=day | subject=Freedonia | relation=CRITICIZED | object=Ruritania | via= | modality=asserted | sources=1 | example=country:fre CRITICIZED country:rur on day 5.",
			"date=2031-01-06 | precision=day | subject=Ruritania | relation=MET_WITH | object=Mira Okafor | via=Mira Okafor | modality=asserted | sources=1 | example=person:okafor MET_WITH country:rur on day 5.",
			"date=2031-01-06 | precision=day | subject=Sylvania | relation=URGED | object=Freedonia | via= | modality=asserted | sources=1 | example=country:syl URGED country:fre on day 5.",
			"date=2031-01-07 | precision=day | subject=Freedonia | relation=CRITICIZED | object=Ruritania | via= | modality=asserted | sources=1 | example=country:fre CRITICIZED country:rur on day 6.",
			"date=2031-01-07 | precision=day | subject=Mira Okafor | relation=CRITICIZED | object=Freedonia | via= | modality=asserted | sources=1 | example=person:okafor CRITICIZED country:fre on day 6.",
			"date=2031-01-07 | precision=day | subject=Sylvania | relation=URGED | object=Freedonia | via= | modality=asserted | sources=1 | example=country:syl URGED country:fre on day 6.",
		}},
		{"path", "path", map[string]string{"a": n("Sylvania"), "b": n("Ruritania")}, []string{
			"hops=2 | chain=Sylvania -[URGED]-> Freedonia -[CRITICIZED]-> Ruritania",
		}},
		{"path with two sources", "path", map[string]string{"a": n("Sylvania"), "b": n("Ruritania"), "min_sources": "2"}, []string{
			"hops=3 | chain=Sylvania -[ACCUSED]-> Carpania -[SUPPORTED]-> Harbor Policy Institute -[THREATENED]-> Ruritania",
		}},
		{"no path through articles", "path", map[string]string{"a": n("Borduria"), "b": n("Sylvania")}, nil},
		{"no path past max_hops", "path", map[string]string{"a": n("Sylvania"), "b": n("Ruritania"), "max_hops": "1"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := rows(t, d, h.ns, tt.query, tt.params)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Run(%s, %v)\ngot:\n%s\nwant:\n%s", tt.query, tt.params, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestPathQueriesStayBounded PROFILEs chain and path between hub actors,
// connected and not, before and after ten times more articles name them:
// the database hits must not grow with the MENTIONS (and a search that
// walks through articles runs out of its time).
func TestPathQueriesStayBounded(t *testing.T) {
	d := testDriver(t)
	h := newHubGraph(t, d)
	h.addArticles(t, d, 60)
	type run struct{ query, a, b string }
	runs := []run{
		{"chain", "Sylvania", "Ruritania"}, {"chain", "Sylvania", "Borduria"}, {"chain", "Mira Okafor", "Carpania"},
		{"path", "Sylvania", "Ruritania"}, {"path", "Borduria", "Ruritania"},
	}
	hits := func() []int64 {
		var out []int64
		for _, r := range runs {
			q, err := Get(r.query)
			if err != nil {
				t.Fatal(err)
			}
			bound, err := q.Bind(map[string]string{"a": h.name(r.a), "b": h.name(r.b)})
			if err != nil {
				t.Fatal(err)
			}
			n, err := profileWithin(d, testdb.Get(t).Database, q.Cypher, bound, 20*time.Second)
			if err != nil {
				t.Fatalf("%s %s - %s: %v", r.query, r.a, r.b, err)
			}
			out = append(out, n)
		}
		return out
	}
	before := hits()
	h.addArticles(t, d, 600)
	after := hits()
	for i, r := range runs {
		t.Logf("%s %s - %s: %d db hits with 60 articles, %d with 660", r.query, r.a, r.b, before[i], after[i])
		if after[i] > before[i]+before[i]/5+200 {
			t.Errorf("%s %s - %s: %d db hits with 60 articles, %d with 660: the search reads the articles",
				r.query, r.a, r.b, before[i], after[i])
		}
	}
}

// profileWithin runs cypher with PROFILE in a transaction that the server
// ends after timeout, and returns its database hits.
func profileWithin(d neo4j.DriverWithContext, database, cypher string, params map[string]any, timeout time.Duration) (int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout+10*time.Second)
	defer cancel()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "PROFILE\n"+cypher, params, neo4j.WithTxTimeout(timeout))
	if err != nil {
		return 0, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, err
	}
	if sum.Profile() == nil {
		return 0, errors.New("no profile in the summary")
	}
	var hits int64
	walkPlan(sum.Profile(), func(p neo4j.ProfiledPlan) { hits += p.DbHits() })
	return hits, nil
}

// searchBound is the line of chain and path that stops the search when it
// would read more relationships (estimated) than the bound.
var searchBound = regexp.MustCompile(`> 100000 THEN st \{\.\*, cut: true\}`)

// TestPathSearchStopsAtItsBound: chain and path give their rows while the
// relationships their search reads stay under the bound, and stop with no
// row when growing either side would pass it (the bound cut to 1, so that
// the small hub graph reaches it).
func TestPathSearchStopsAtItsBound(t *testing.T) {
	d := testDriver(t)
	h := newHubGraph(t, d)
	h.addArticles(t, d, 60)
	for _, name := range []string{"chain", "path"} {
		q, err := Get(name)
		if err != nil {
			t.Fatal(err)
		}
		if !searchBound.MatchString(q.Cypher) {
			t.Fatalf("%s has no search bound %s", name, searchBound)
		}
		bound, err := q.Bind(map[string]string{"a": h.name("Sylvania"), "b": h.name("Ruritania")})
		if err != nil {
			t.Fatal(err)
		}
		if _, n := runRows(t, d, q.Cypher, bound); n == 0 {
			t.Errorf("%s Sylvania - Ruritania as written: no row", name)
		}
		cut := searchBound.ReplaceAllString(q.Cypher, "> 1 THEN st {.*, cut: true}")
		if got, n := runRows(t, d, cut, bound); n != 0 {
			t.Errorf("%s Sylvania - Ruritania past the bound: %d rows %s, want none", name, n, got)
		}
	}
}
