package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// variedGraphs returns n article graphs (ids article:<prefix>-<i>) drawn
// at random from a pool of nodes of every entity label, with edges of
// every relationship type between any labels, any modality and date.
func variedGraphs(seed uint64, prefix string, n int) []*Graph {
	r := rand.New(rand.NewPCG(seed, 7))
	var pool []Node
	for _, l := range schema.EntityLabels {
		for i := range 4 {
			var id string
			switch l {
			case schema.Country:
				id = fmt.Sprintf("country:zz%c", 'a'+i)
			case schema.City, schema.Region:
				id = fmt.Sprintf("%s:place-%d@zza", map[schema.Label]string{schema.City: "city", schema.Region: "region"}[l], i)
			case schema.Organisation:
				id = fmt.Sprintf("org:body-%d", i)
			default:
				id = fmt.Sprintf("person:mira-okafor-%d", i)
			}
			pool = append(pool, Node{ID: id, Label: l, Name: fmt.Sprintf("Name %s", id), Official: r.IntN(2) == 0})
		}
	}
	types := schema.RelTypes()
	modalities := []schema.Modality{schema.Asserted, schema.Planned, schema.Reported, schema.Negated}
	var out []*Graph
	for i := range n {
		s := newStory(fmt.Sprintf("%s-%d", prefix, i), fmt.Sprintf("2031-01-%02d", 1+r.IntN(28)), fmt.Sprint(seed))
		var named []Node
		for range 2 + r.IntN(6) {
			nd := pool[r.IntN(len(pool))]
			named = append(named, nd)
			s.node(nd.ID, nd.Label, nd.Name, nd.Official)
		}
		for range r.IntN(8) {
			t := types[r.IntN(len(types))]
			if t == schema.Mentions {
				continue
			}
			e := Edge{Type: t, From: named[r.IntN(len(named))].ID, To: named[r.IntN(len(named))].ID,
				Modality: modalities[r.IntN(len(modalities))], Evidence: []string{fmt.Sprintf("Sentence %d.", r.IntN(5))},
				Rules: []string{"rule"}, Titles: []string{"envoy"}}
			if !t.Structural() && r.IntN(3) > 0 {
				e.Date = fmt.Sprintf("2031-02-%02d", 1+r.IntN(28))
			}
			s.edge(e)
		}
		out = append(out, s.g)
	}
	return out
}

// writerCypher returns the statement texts of the plans that load graphs
// fresh, replace them by next (the same article ids) and retract next.
func writerCypher(t *testing.T, graphs, next []*Graph, batch int) map[string]string {
	t.Helper()
	prior := func(gs []*Graph) map[string]Contribution {
		out := map[string]Contribution{}
		for _, g := range gs {
			own, _, _, err := contributions(g)
			if err != nil {
				t.Fatal(err)
			}
			for id, c := range own {
				out[id] = *c
			}
		}
		return out
	}
	texts := map[string]string{}
	add := func(stmts []Statement, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range stmts {
			texts[s.Cypher] = s.Name
		}
	}
	add(planUpdate(graphs, nil, nil, batch))
	add(planUpdate(next, prior(graphs), nil, batch))
	p := prior(next)
	add(planUpdate(nil, p, sortedKeys(p), batch))
	return texts
}

// TestWarmUpCoversWriter: every statement the writer issues for varied
// graphs (loaded, replaced, retracted) is one the warm-up runs, and the
// warm-up runs the statement of every label and relationship type of the
// ontology: one per entity label for nodes, counters and clean-up, one
// per relationship type for edges, and the article, prune and retract
// statements.
func TestWarmUpCoversWriter(t *testing.T) {
	warm, err := WarmUpCypher()
	if err != nil {
		t.Fatal(err)
	}
	in := map[string]bool{}
	for _, c := range warm {
		in[c] = true
	}
	want := []string{articleCypher(), pruneMentionsCypher(), dropArticleCypher()}
	for _, l := range schema.EntityLabels {
		want = append(want, nodeCypher(l), statsCypher(l), cleanupCypher(l))
	}
	for _, rt := range schema.RelTypes() {
		want = append(want, edgeCypher(rt))
	}
	for _, c := range want {
		if !in[c] {
			t.Errorf("the warm-up does not run\n%s", c)
		}
	}
	if len(warm) != len(want) {
		t.Errorf("the warm-up runs %d statements, want %d", len(warm), len(want))
	}
	for seed := range uint64(5) {
		graphs := variedGraphs(seed, "varied", 40)
		next := variedGraphs(seed+100, "varied", 40)
		for c, name := range writerCypher(t, graphs, next, 7) {
			if !in[c] {
				t.Errorf("seed %d: the writer issues statement %s, which the warm-up does not run\n%s", seed, name, c)
			}
		}
	}
	for i, c := range updateCases {
		for text, name := range writerCypher(t, gs(c.v1()), gs(c.v2()), 100) {
			if !in[text] {
				t.Errorf("update case %d: the writer issues statement %s, which the warm-up does not run", i, name)
			}
		}
	}
}

func gs(stories []*story) []*Graph {
	var out []*Graph
	for _, s := range stories {
		out = append(out, s.g)
	}
	return out
}

// TestWarmUp runs the warm-up against the database: it runs every
// statement and keeps nothing.
func TestWarmUp(t *testing.T) {
	d := testDriver(t)
	w := NewWriter(d, testdb.Get(t).Database, 50)
	if err := w.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	n, err := w.WarmUp(context.Background())
	if err != nil {
		t.Fatalf("WarmUp: %v", err)
	}
	warm, err := WarmUpCypher()
	if err != nil {
		t.Fatal(err)
	}
	if want := len(warm) + 3; n != want { // and two article locks, the look-up
		t.Errorf("WarmUp ran %d statements, want %d", n, want)
	}
	rows := query(t, d, `MATCH (n) WHERE n.id = $article OR n.id STARTS WITH 'person:actorgraph-warm-up'
		OR n.id IN ['country:zza', 'country:zzb'] RETURN count(n) AS n`, map[string]any{"article": warmUpArticle})
	if got := rows[0]["n"]; got != int64(0) {
		t.Errorf("WarmUp left %v nodes", got)
	}
}
