package graph

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// story builds one article's graph the way extraction does: every node it
// names is MENTIONed by it, every edge lists it.
type story struct{ g *Graph }

func newStory(id, published, sha string) *story {
	g := New()
	g.AddArticle(Article{ID: "article:" + id, Title: "Story " + id, Published: published, ContentSHA256: sha})
	return &story{g: g}
}

func (s *story) id() string { return s.g.Articles[0].ID }

func (s *story) node(id string, l schema.Label, name string, official bool, aliases ...string) *story {
	s.g.AddNode(Node{ID: id, Label: l, Name: name, Aliases: aliases, Official: official})
	s.g.AddEdge(Edge{Type: schema.Mentions, From: s.id(), To: id, Count: 1, Articles: []string{s.id()}})
	return s
}

func (s *story) edge(e Edge) *story {
	e.Articles = []string{s.id()}
	if e.Confidence == 0 {
		e.Confidence = 0.8
	}
	s.g.AddEdge(e)
	return s
}

// sylvania returns the actors most stories below share.
func (s *story) sylvania() *story {
	return s.node("country:syl", schema.Country, "Sylvania", false, "Sylvanian").
		node("country:fre", schema.Country, "Freedonia", false).
		node("person:mira-okafor", schema.Person, "Mira Okafor", true, "Okafor")
}

func met(date, modality string, ev ...string) Edge {
	return Edge{Type: schema.MetWith, From: "person:mira-okafor", To: "country:fre", Date: date,
		Modality: schema.Modality(modality), Evidence: ev, Rules: []string{"met-with/" + modality}}
}

func sentences(prefix string, n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("%s sentence %02d.", prefix, i))
	}
	return out
}

// updateCases are pairs of versions of a set of articles: v1 is loaded,
// then v2; the result must be the graph of v2 alone.
var updateCases = []struct {
	name   string
	v1, v2 func() []*story
}{
	{"changed text",
		func() []*story {
			return []*story{newStory("a", "2031-03-02", "sha-a1").sylvania().
				edge(met("2031-03-01", "planned", "Okafor will meet Freedonian envoys.")).
				edge(Edge{Type: schema.OfficialOf, From: "person:mira-okafor", To: "country:syl", Titles: []string{"envoy"}})}
		},
		func() []*story {
			return []*story{newStory("a", "2031-03-02", "sha-a2").sylvania().
				node("person:mira-okafor", schema.Person, "Mira Okafor", true, "Ms Okafor").
				edge(met("2031-03-01", "asserted", "Okafor met Freedonian envoys on Sunday.")).
				edge(Edge{Type: schema.OfficialOf, From: "person:mira-okafor", To: "country:syl", Titles: []string{"special envoy"}})}
		}},
	{"removed relation",
		func() []*story {
			return []*story{newStory("b", "2031-04-10", "sha-b1").sylvania().
				edge(met("2031-04-09", "asserted", "Okafor met Freedonian envoys.")).
				edge(Edge{Type: schema.Accused, From: "country:syl", To: "country:fre", Date: "2031-04-10",
					Modality: schema.Reported, Evidence: []string{"Sylvania accused Freedonia of shelling."}, Rules: []string{"accused"},
					Casualties: 3, Location: "city:port-nova@syl"}).
				node("city:port-nova@syl", schema.City, "Port Nova", false)}
		},
		func() []*story {
			return []*story{newStory("b", "2031-04-10", "sha-b2").sylvania().
				edge(met("2031-04-09", "asserted", "Okafor met Freedonian envoys."))}
		}},
	{"removed entity",
		func() []*story {
			return []*story{newStory("c", "2031-05-05", "sha-c1").sylvania().
				node("person:nova-tessa", schema.Person, "Nova Tessa", true, "Tessa").
				node("org:harbor-policy-institute", schema.Organisation, "Harbor Policy Institute", false).
				edge(Edge{Type: schema.OfficialOf, From: "person:nova-tessa", To: "org:harbor-policy-institute", Titles: []string{"analyst"}}).
				edge(Edge{Type: schema.Criticized, From: "person:nova-tessa", To: "country:fre", Date: "2031-05-04",
					Modality: schema.Asserted, Evidence: []string{"Tessa criticised Freedonia."}})}
		},
		func() []*story {
			return []*story{newStory("c", "2031-05-05", "sha-c2").sylvania().
				edge(Edge{Type: schema.Criticized, From: "country:syl", To: "country:fre", Date: "2031-05-04",
					Modality: schema.Asserted, Evidence: []string{"Sylvania criticised Freedonia."}})}
		}},
	// The changed article sorts first: its evidence filled half of the
	// capped list, the other article's must take its place.
	{"shared edge with another article",
		func() []*story {
			return []*story{
				newStory("d", "2031-06-02", "sha-d").sylvania().
					edge(met("2031-06-01", "reported", sentences("Other", 15)...)),
				newStory("cc", "2031-06-02", "sha-e1").sylvania().
					node("country:syl", schema.Country, "Sylvania", false, "the Sylvanian Republic").
					node("person:mira-okafor", schema.Person, "Mira Okafor", true, "Mira O.").
					edge(met("2031-06-01", "asserted", sentences("Early", 10)...)).
					edge(Edge{Type: schema.OfficialOf, From: "person:mira-okafor", To: "country:syl", Titles: []string{"minister"}}),
			}
		},
		func() []*story {
			return []*story{
				newStory("d", "2031-06-02", "sha-d").sylvania().
					edge(met("2031-06-01", "reported", sentences("Other", 15)...)),
				newStory("cc", "2031-06-02", "sha-e2").node("country:fre", schema.Country, "Freedonia", false),
			}
		}},
	// The only asserting article of an event turns into a denial: the
	// event stays, negated, and no longer counts (stats.go).
	{"flipped to negated",
		func() []*story {
			return []*story{
				newStory("g", "2031-07-02", "sha-g1").sylvania().edge(met("2031-07-01", "asserted", "Okafor met Freedonian envoys.")),
				newStory("h", "2031-07-03", "sha-h").sylvania().edge(met("2031-07-01", "negated", "Freedonia denied that Okafor met its envoys.")),
			}
		},
		func() []*story {
			return []*story{
				newStory("g", "2031-07-02", "sha-g2").sylvania().edge(met("2031-07-01", "negated", "Okafor did not meet Freedonian envoys.")),
				newStory("h", "2031-07-03", "sha-h").sylvania().edge(met("2031-07-01", "negated", "Freedonia denied that Okafor met its envoys.")),
			}
		}},
	{"flipped from negated",
		func() []*story {
			return []*story{newStory("i", "2031-08-02", "sha-i1").sylvania().
				edge(met("2031-08-01", "negated", "Okafor denied meeting Freedonian envoys.")).
				edge(Edge{Type: schema.Accused, From: "country:syl", To: "country:syl", Date: "2031-08-01",
					Modality: schema.Negated, Evidence: []string{"Sylvania did not blame itself."}})}
		},
		func() []*story {
			return []*story{newStory("i", "2031-08-02", "sha-i2").sylvania().
				edge(met("2031-08-01", "asserted", "Okafor met Freedonian envoys.")).
				edge(Edge{Type: schema.Accused, From: "country:syl", To: "country:syl", Date: "2031-08-01",
					Modality: schema.Asserted, Evidence: []string{"Sylvania blamed itself."}})}
		}},
	{"no longer official",
		func() []*story {
			return []*story{newStory("f", "2031-07-01", "sha-f1").
				node("person:lio-brand", schema.Person, "Lio Brand", true).
				node("country:fre", schema.Country, "Freedonia", false).
				edge(Edge{Type: schema.OfficialOf, From: "person:lio-brand", To: "country:fre", Titles: []string{"mayor"}})}
		},
		func() []*story {
			return []*story{newStory("f", "2031-07-01", "sha-f2").
				node("person:lio-brand", schema.Person, "Lio Brand", false).
				node("country:fre", schema.Country, "Freedonia", false)}
		}},
}

// load writes the stories into namespace ns, all in one transaction when
// together is set, else one by one.
func load(t *testing.T, w *Writer, ns string, together bool, stories []*story) {
	t.Helper()
	var gs []*Graph
	for _, s := range stories {
		gs = append(gs, namespaced(s.g, ns))
	}
	if together {
		if _, err := w.Write(context.Background(), gs...); err != nil {
			t.Fatalf("Write(%d articles): %v", len(gs), err)
		}
		return
	}
	for _, g := range gs {
		if _, err := w.Write(context.Background(), g); err != nil {
			t.Fatalf("Write(%s): %v", articleIDsOf(g), err)
		}
	}
}

func articleIDsOf(g *Graph) string {
	var ids []string
	for _, a := range g.Articles {
		ids = append(ids, a.ID)
	}
	return strings.Join(ids, ",")
}

// TestUpdateRetracts checks the update invariant on the real Neo4j: loading
// v1 then v2 of a set of articles gives the graph of v2 alone, and
// retracting every article leaves nothing.
func TestUpdateRetracts(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 3)
	for _, tt := range updateCases {
		t.Run(tt.name, func(t *testing.T) {
			only := namespace(t, d)
			load(t, w, only, true, tt.v2())
			want := testdb.Snapshot(t, d, only)

			for _, together := range []bool{true, false} {
				ns := namespace(t, d)
				load(t, w, ns, together, tt.v1())
				checkCounters(t, d, ns)
				before := testdb.Snapshot(t, d, ns)
				load(t, w, ns, together, tt.v2())
				if got := testdb.Snapshot(t, d, ns); got != want {
					t.Errorf("v1 then v2 (one transaction: %v) differs from v2 alone\n%s", together, testdb.Diff(got, want))
				}
				checkCounters(t, d, ns)
				if before == want {
					t.Errorf("v1 gives the graph of v2: the case tests nothing")
				}
				retractAll(t, w, ns, tt.v2())
			}

			// Both versions in one batch, as when a feed repeats a corrected
			// article: the later one wins.
			ns := namespace(t, d)
			load(t, w, ns, true, append(tt.v1(), tt.v2()...))
			if got := testdb.Snapshot(t, d, ns); got != want {
				t.Errorf("v1 and v2 in one batch differ from v2 alone\n%s", testdb.Diff(got, want))
			}
		})
	}
}

// retractAll retracts the stories from namespace ns and checks that nothing
// of the namespace is left.
func retractAll(t *testing.T, w *Writer, ns string, stories []*story) {
	t.Helper()
	var ids []string
	for _, s := range stories {
		ids = append(ids, nsID(ns, s.id()))
	}
	if _, found, err := w.Retract(context.Background(), ids); err != nil || len(found) != len(ids) {
		t.Fatalf("Retract(%v) = %v, %v; want every id found", ids, found, err)
	}
	if got := testdb.Snapshot(t, w.driver, ns); got != "\n" {
		t.Errorf("after retracting every article, the namespace holds\n%s", got)
	}
}

// TestRetract checks that loading A and B then retracting B gives the graph
// of A alone, and that an unknown id is reported as not found.
func TestRetract(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 2)
	for _, tt := range updateCases {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.v2()[0]
			b := newStory("retracted", "2031-08-01", "sha-r").sylvania().
				node("person:nova-tessa", schema.Person, "Nova Tessa", true).
				edge(met("2031-06-01", "asserted", "Okafor met the Freedonian delegation.")).
				edge(met("2031-03-01", "asserted", "Okafor met Freedonian envoys on Sunday.")).
				edge(Edge{Type: schema.OfficialOf, From: "person:nova-tessa", To: "country:fre", Titles: []string{"envoy"}})
			only := namespace(t, d)
			load(t, w, only, true, []*story{a})
			want := testdb.Snapshot(t, d, only)

			ns := namespace(t, d)
			load(t, w, ns, false, []*story{a, b})
			_, found, err := w.Retract(context.Background(), []string{nsID(ns, b.id()), nsID(ns, "article:never-loaded")})
			if err != nil || len(found) != 1 || found[0] != nsID(ns, b.id()) {
				t.Fatalf("Retract(B, unknown) = %v, %v; want only B found", found, err)
			}
			if got := testdb.Snapshot(t, d, ns); got != want {
				t.Errorf("A+B then retract B differs from A alone\n%s", testdb.Diff(got, want))
			}
			checkCounters(t, d, ns)
		})
	}
}

// TestConcurrentUpdates runs writers in parallel that each load v1 then v2
// of the articles of every case, several times: whatever the interleaving,
// the last write of each article is a v2, so the result must be the graph
// of v2 alone, with no count lost to a race.
func TestConcurrentUpdates(t *testing.T) {
	d := testDriver(t)
	cfg := testdb.Get(t)
	all := func(version int) []*story {
		var out []*story
		for _, c := range updateCases {
			if version == 1 {
				out = append(out, c.v1()...)
			} else {
				out = append(out, c.v2()...)
			}
		}
		return out
	}
	only := namespace(t, d)
	load(t, NewWriter(d, cfg.Database, 10), only, true, all(2))
	want := testdb.Snapshot(t, d, only)

	ns := namespace(t, d)
	const writers, rounds = 4, 3
	concurrently(t, cfg, writers, func(_ int, wr *Writer) error {
		for range rounds {
			for _, v := range []int{1, 2} {
				var gs []*Graph
				for _, s := range all(v) {
					gs = append(gs, namespaced(s.g, ns))
				}
				if _, err := wr.Write(context.Background(), gs...); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if got := testdb.Snapshot(t, d, ns); got != want {
		t.Errorf("after concurrent updates, the graph differs from v2 alone\n%s", testdb.Diff(got, want))
	}
	if checkCounters(t, d, ns) == 0 {
		t.Error("no node has event counters: the test checks none")
	}
}

// TestPlanTakesAway checks, without a database, the statements that replace
// v1 of the "removed relation" case by v2: the dropped edge loses the
// article and its tally, the place only v1 named is a candidate for
// deletion, and the article's MENTIONS keep only v2's entities.
func TestPlanTakesAway(t *testing.T) {
	c := updateCases[1]
	own, _, _, err := contributions(c.v1()[0].g)
	if err != nil {
		t.Fatal(err)
	}
	prior := map[string]Contribution{"article:b": *own["article:b"]}
	stmts, err := planUpdate([]*Graph{c.v2()[0].g}, prior, nil, 100)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]map[string]any{}
	for _, s := range stmts {
		for _, b := range s.Batches {
			rows[s.Name] = append(rows[s.Name], b...)
		}
	}
	acc := rows["ACCUSED"]
	if len(acc) != 1 || fmt.Sprint(acc[0]["art_del"]) != "[article:b]" || fmt.Sprint(acc[0]["art_add"]) != "[]" ||
		fmt.Sprint(acc[0]["tc"]) != "[-1 -1 -1 -1 -1 -1 -1 -1]" {
		t.Errorf("ACCUSED rows = %v, want article:b and every tally key taken away", acc)
	}
	metRows := rows["MET_WITH"]
	if len(metRows) != 1 || fmt.Sprint(metRows[0]["art_del"]) != "[]" || len(metRows[0]["tk"].([]string)) != 0 {
		t.Errorf("MET_WITH rows = %v, want an unchanged edge (no article, no tally change)", metRows)
	}
	if got := fmt.Sprint(rows["unused City"]); got != "[map[id:city:port-nova@syl]]" {
		t.Errorf("unused City rows = %s, want Port Nova", got)
	}
	if got := fmt.Sprint(rows["prune MENTIONS"]); got != "[map[id:article:b keep:[country:fre country:syl person:mira-okafor]]]" {
		t.Errorf("prune MENTIONS rows = %s", got)
	}
}

// TestUpdateUnrecorded checks that an article an older actorgraph loaded,
// with no stored contribution, is counted when replaced or retracted, since
// what it gave cannot be taken away.
func TestUpdateUnrecorded(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 10)
	ns := namespace(t, d)
	c := updateCases[1]
	load(t, w, ns, true, c.v1())
	query(t, d, `MATCH (a:Article {id: $id}) REMOVE a.contribution`, map[string]any{"id": nsID(ns, "article:b")})
	st, err := w.Write(context.Background(), namespaced(c.v2()[0].g, ns))
	if err != nil || st.Unrecorded != 1 {
		t.Errorf("Write(v2 over an unrecorded v1) = %+v, %v; want Unrecorded 1", st, err)
	}
	st, _, err = w.Retract(context.Background(), []string{nsID(ns, "article:b")})
	if err != nil || st.Unrecorded != 0 {
		t.Errorf("Retract(recorded v2) = %+v, %v; want Unrecorded 0", st, err)
	}
}

// TestConcurrentArticlesShareNodes runs writers in parallel that each load
// their own articles, one per transaction, all naming the same actors and
// giving the same structural edge: the transactions do not share an
// Article lock, so only the locks on the shared nodes and edges keep their
// tallies exact. The result must be the graph of a serial load.
func TestConcurrentArticlesShareNodes(t *testing.T) {
	d := testDriver(t)
	cfg := testdb.Get(t)
	const writers, each = 4, 15
	stories := func(w int) []*story {
		var out []*story
		for i := range each {
			id := fmt.Sprintf("w%d-%02d", w, i)
			out = append(out, newStory(id, "2031-05-01", "sha-"+id).sylvania().
				node("city:nova-tessa", schema.City, "Nova Tessa", false).
				edge(Edge{Type: schema.OfficialOf, From: "person:mira-okafor", To: "country:syl", Titles: []string{"minister"}}).
				edge(Edge{Type: schema.LocatedIn, From: "city:nova-tessa", To: "country:syl"}).
				edge(met("2031-05-01", "asserted", fmt.Sprintf("Okafor met Freedonian envoys, story %s.", id))))
		}
		return out
	}
	only := namespace(t, d)
	for w := range writers {
		load(t, NewWriter(d, cfg.Database, 10), only, false, stories(w))
	}
	want := testdb.Snapshot(t, d, only)

	ns := namespace(t, d)
	concurrently(t, cfg, writers, func(w int, wr *Writer) error {
		for _, s := range stories(w) {
			if _, err := wr.Write(context.Background(), namespaced(s.g, ns)); err != nil {
				return err
			}
		}
		return nil
	})
	if got := testdb.Snapshot(t, d, ns); got != want {
		t.Errorf("after concurrent writes of distinct articles, the graph differs from a serial load\n%s", testdb.Diff(got, want))
	}
	if checkCounters(t, d, ns) == 0 {
		t.Error("no node has event counters: the test checks none")
	}
}

// TestConcurrentCleanup races the deletion of a place no article names any
// more against writers that name it again: each writer keeps replacing its
// own article by a version that names the place and places it in a
// country, then by one that does not, so the place and its edge are
// deleted and created again and again. The result must be the graph of a
// serial load of the last versions.
func TestConcurrentCleanup(t *testing.T) {
	d := testDriver(t)
	cfg := testdb.Get(t)
	const writers, flips = 4, 15
	version := func(w, v int) *story {
		id := fmt.Sprintf("flip%d", w)
		s := newStory(id, "2031-05-02", fmt.Sprintf("sha-%s-%d", id, v))
		if v%2 == 0 {
			return s.node("city:port-ardan", schema.City, "Port Ardan", false).
				node("country:syl", schema.Country, "Sylvania", false).
				edge(Edge{Type: schema.LocatedIn, From: "city:port-ardan", To: "country:syl"})
		}
		return s.node("country:fre", schema.Country, "Freedonia", false)
	}
	only := namespace(t, d)
	var last []*story
	for w := range writers {
		last = append(last, version(w, flips-1))
	}
	load(t, NewWriter(d, cfg.Database, 10), only, false, last)
	want := testdb.Snapshot(t, d, only)

	ns := namespace(t, d)
	concurrently(t, cfg, writers, func(w int, wr *Writer) error {
		for v := range flips {
			st, err := wr.Write(context.Background(), namespaced(version(w, v).g, ns))
			if err != nil {
				return err
			}
			if st.Unmatched > 0 {
				return fmt.Errorf("writer %d, version %d: %d edges not written, their ends missing: %+v", w, v, st.Unmatched, st)
			}
		}
		return nil
	})
	if got := testdb.Snapshot(t, d, ns); got != want {
		t.Errorf("after racing deletes and writes of a place, the graph differs from a serial load\n%s", testdb.Diff(got, want))
	}
}

// concurrently runs fn for writers writers at once, each with a Writer on
// a driver of its own, and fails the test with the first error any returns.
func concurrently(t *testing.T, cfg testdb.Config, writers int, fn func(w int, wr *Writer) error) {
	t.Helper()
	errs := make(chan error, writers)
	for w := range writers {
		wr := NewWriter(testdb.Open(t, cfg), cfg.Database, 10)
		go func() { errs <- fn(w, wr) }()
	}
	for range writers {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
