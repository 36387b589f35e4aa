package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// crowd returns n stories that all support one fact (Port Nova LOCATED_IN
// Sylvania) and one meeting, each with a sentence of its own and, every
// third one, a sentence the others repeat: more supporters than an edge
// samples.
func crowd(n int) []*story {
	var out []*story
	for i := range n {
		s := newStory(fmt.Sprintf("crowd-%02d", i), "2031-09-02", fmt.Sprintf("sha-%02d", i)).sylvania().
			node("city:port-nova@syl", schema.City, "Port Nova", false)
		ev := []string{fmt.Sprintf("Port Nova, Sylvania, report %02d.", i)}
		if i%3 == 0 {
			ev = append(ev, "Port Nova lies in Sylvania.")
		}
		s.edge(Edge{Type: schema.LocatedIn, From: "city:port-nova@syl", To: "country:syl", Evidence: ev, Rules: []string{"located-in"}})
		s.edge(met("2031-09-01", "asserted", fmt.Sprintf("Okafor met Freedonian envoys, story %02d.", i)))
		out = append(out, s)
	}
	return out
}

// TestSampleRetract: an edge with more supporting articles than
// MaxArticles keeps a sample of the smallest ids and the exact count in
// sources; retracting articles, sampled ones included, and updating a
// sampled one so that it no longer supports the edge, gives the graph of a
// clean load of what is left, whatever order the articles came in.
func TestSampleRetract(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 7)
	if err := w.ApplySchema(context.Background()); err != nil { // the index article_edge_keys
		t.Fatal(err)
	}
	n := MaxArticles + 6
	// 0 and 4 are sampled, 23 is not; 2 is updated away from the edges.
	retracted := map[int]bool{0: true, 4: true, 23: true}
	const updated = 2
	rest := func() []*story {
		var out []*story
		for i, s := range crowd(n) {
			switch {
			case retracted[i]:
			case i == updated:
				out = append(out, newStory(s.id()[len("article:"):], "2031-09-02", "sha-new").sylvania())
			default:
				out = append(out, s)
			}
		}
		return out
	}
	only := namespace(t, d)
	load(t, w, only, true, rest())
	want := testdb.Snapshot(t, d, only)
	checkSample(t, w, only, n-len(retracted)-1)

	ns := namespace(t, d)
	all := crowd(n)
	for i, j := 0, len(all)-1; i < j; i, j = i+1, j-1 { // newest first
		all[i], all[j] = all[j], all[i]
	}
	load(t, w, ns, false, all[:n/2])
	load(t, w, ns, true, all[n/2:])
	checkSample(t, w, ns, n)
	var ids []string
	for i := range retracted {
		ids = append(ids, nsID(ns, all[n-1-i].id()))
	}
	if _, found, err := w.Retract(context.Background(), ids); err != nil || len(found) != len(ids) {
		t.Fatalf("Retract(%v) = %v, %v", ids, found, err)
	}
	load(t, w, ns, true, rest()[updated-1:updated])
	if got := testdb.Snapshot(t, d, ns); got != want {
		t.Errorf("load, retract and update differ from a clean load of what is left\n%s", testdb.Diff(got, want))
	}

	// Down to fewer supporters than the sample holds.
	var most []string
	for _, s := range rest()[3:] {
		most = append(most, nsID(ns, s.id()))
	}
	if _, _, err := w.Retract(context.Background(), most); err != nil {
		t.Fatal(err)
	}
	few := namespace(t, d)
	load(t, w, few, true, rest()[:3])
	if got, want := testdb.Snapshot(t, d, ns), testdb.Snapshot(t, d, few); got != want {
		t.Errorf("after retracting all but three, the graph differs from a clean load of the three\n%s", testdb.Diff(got, want))
	}
}

// checkSample checks the provenance of the crowd's edges in namespace ns
// when sources articles support them.
func checkSample(t *testing.T, w *Writer, ns string, sources int) {
	t.Helper()
	rows := query(t, w.driver, `MATCH (:City {id: $city})-[r:LOCATED_IN]->(:Country)
		MATCH (:Country {id: $fre})-[m:MET_WITH]-(:Person)
		RETURN r.sources AS sources, size(r.articles) AS sampled, r.articles[0] AS first,
		       size(r.evidence_by_article) AS kept, r.evidence_count AS evidence, size(r.evidence) AS shown,
		       m.sources AS met, size(m.articles) AS metSampled`,
		map[string]any{"city": nsID(ns, "city:port-nova@syl"), "fre": nsID(ns, "country:fre")})
	if len(rows) != 1 {
		t.Fatalf("found %d LOCATED_IN/MET_WITH pairs, want 1", len(rows))
	}
	r := rows[0]
	if r["sources"] != int64(sources) || r["met"] != int64(sources) {
		t.Errorf("sources = %v and %v, want %d", r["sources"], r["met"], sources)
	}
	if r["sampled"] != int64(min(sources, MaxArticles)) || r["metSampled"] != int64(min(sources, MaxArticles)) {
		t.Errorf("articles sampled = %v and %v, want %d", r["sampled"], r["metSampled"], min(sources, MaxArticles))
	}
	if r["shown"] != int64(MaxEvidence) {
		t.Errorf("evidence shows %v sentences, want %d", r["shown"], MaxEvidence)
	}
	// Evidence is counted for every supporter, kept for the sampled ones.
	if c, k := r["evidence"].(int64), r["kept"].(int64); c <= k || k > int64(2*MaxArticles) {
		t.Errorf("evidence_count %d, evidence_by_article %d entries: want all counted, only the sample's kept", c, k)
	}
}

// TestSampleLegacyEdge: an edge an older actorgraph wrote, with every
// supporting article in articles and evidence_by_article and no count in
// its tally, is counted from its lists at the next load that touches it
// and cut to the sample: the graph is then that of a clean load.
func TestSampleLegacyEdge(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 50)
	n := MaxArticles + 4
	all := crowd(n + 1)
	clean := namespace(t, d)
	load(t, w, clean, true, all)
	want := testdb.Snapshot(t, d, clean)

	ns := namespace(t, d)
	load(t, w, ns, true, all[:n])
	var arts, ev []string
	for _, s := range all[:n] {
		arts = append(arts, nsID(ns, s.id()))
	}
	for _, s := range all[:n] {
		for _, e := range namespaced(s.g, ns).Edges() {
			if e.Type == schema.LocatedIn {
				ev = append(ev, EdgePart{Evidence: e.Evidence}.evidenceKeys(e.Articles[0])...)
			}
		}
	}
	slices.Sort(ev)
	query(t, d, `MATCH (:City {id: $city})-[r:LOCATED_IN]->()
		SET r.articles = $arts, r.evidence_by_article = $ev,
		    r.tally_counts = [i IN range(0, size(r.tally) - 1) WHERE NOT r.tally[i] IN ['articles', 'evidence'] | r.tally_counts[i]],
		    r.tally = [k IN r.tally WHERE NOT k IN ['articles', 'evidence']]`,
		map[string]any{"city": nsID(ns, "city:port-nova@syl"), "arts": arts, "ev": ev})
	load(t, w, ns, true, all[n:])
	if got := testdb.Snapshot(t, d, ns); got != want {
		t.Errorf("a legacy edge, then one more article, differs from a clean load\n%s", testdb.Diff(got, want))
	}
}

// TestContributionStored: the contribution stored on an Article node
// leaves the evidence out (edge_evidence holds it) and reads back whole.
func TestContributionStored(t *testing.T) {
	for _, tt := range updateCases {
		for _, s := range append(tt.v1(), tt.v2()...) {
			own, _, _, err := contributions(s.g)
			if err != nil {
				t.Fatal(err)
			}
			c := own[s.id()]
			b, err := c.stored()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(b), `"evidence"`) {
				t.Errorf("%s: stored contribution holds evidence: %s", s.id(), b)
			}
			keys, ev := c.edgeIndex(s.id())
			var k, e []any
			for i := range keys {
				k, e = append(k, keys[i]), append(e, ev[i])
			}
			got, err := decodeContribution(s.id(), string(b), k, e)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got.Edges) != fmt.Sprint(c.Edges) || fmt.Sprint(got.Nodes) != fmt.Sprint(c.Nodes) {
				t.Errorf("%s: read back\n%v\nwant\n%v", s.id(), got, *c)
			}
		}
	}
}
