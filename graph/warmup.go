package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/schema"
)

// The warm-up. A fresh Neo4j server compiles each write statement at its
// first use (about a second of server CPU for an edge statement, more
// while the JVM is cold) and caches the plan under the statement's text
// and the types of its parameters. WarmUp runs every statement the writer
// can issue once, in one transaction that is rolled back, so that the
// first real load finds them all compiled. Its statements come from the
// ontology, not from example articles: a synthetic article that names two
// nodes of every entity label and has an edge of every relationship type
// between every pair of entity labels, loaded, then replaced by a version
// that drops half of it, then retracted; the plans of those three steps
// hold every statement planUpdate can make (TestWarmUpCoversWriter). The
// rows go in a map (unwindRows), so the compiled plans serve batches of
// any size. EXPLAIN would not do: measured on Neo4j 5.26, a statement run
// after its EXPLAIN still took a quarter of its first-run CPU (the
// executable plan is built at the first run).

// warmUpArticle is the id of the synthetic article of the warm-up.
const warmUpArticle = "article:actorgraph-warm-up"

// warmUpNodes returns two node ids of label l for the warm-up graphs.
func warmUpNodes(l schema.Label) (a, b string) {
	switch l {
	case schema.Country: // ZZA-ZZZ are user-assigned alpha-3 codes
		return "country:zza", "country:zzb"
	case schema.Person:
		return "person:actorgraph-warm-up-a", "person:actorgraph-warm-up-b"
	case schema.City:
		return "city:actorgraph-warm-up-a@zza", "city:actorgraph-warm-up-b@zza"
	case schema.Region:
		return "region:actorgraph-warm-up-a@zza", "region:actorgraph-warm-up-b@zza"
	}
	return "org:actorgraph-warm-up-a", "org:actorgraph-warm-up-b"
}

// warmUpGraphs returns the two versions of the warm-up article: v1 names
// the two nodes of every entity label and has an edge of every
// relationship type from the first node of every entity label to the
// second of every entity label; v2 names only the first nodes and has no
// edge, so that replacing v1 by v2 takes nodes and edges away.
func warmUpGraphs() (v1, v2 *Graph) {
	v1, v2 = New(), New()
	art := Article{ID: warmUpArticle, Title: "actorgraph warm-up", Published: "2000-01-01"}
	v1.AddArticle(art)
	art.ContentSHA256 = "2"
	v2.AddArticle(art)
	name := func(id string) string { return "Warm-up " + id }
	for _, l := range schema.EntityLabels {
		a, b := warmUpNodes(l)
		for _, id := range []string{a, b} {
			n := Node{ID: id, Label: l, Name: name(id), Aliases: []string{"alias"}, Official: l == schema.Person}
			v1.AddNode(n)
			v1.AddEdge(Edge{Type: schema.Mentions, From: warmUpArticle, To: id, Count: 1, Articles: []string{warmUpArticle}})
		}
		v2.AddNode(Node{ID: a, Label: l, Name: name(a)})
		v2.AddEdge(Edge{Type: schema.Mentions, From: warmUpArticle, To: a, Count: 1, Articles: []string{warmUpArticle}})
	}
	place, _ := warmUpNodes(schema.City)
	for _, t := range schema.RelTypes() {
		if t == schema.Mentions {
			continue
		}
		for _, from := range schema.EntityLabels {
			for _, to := range schema.EntityLabels {
				a, _ := warmUpNodes(from)
				_, b := warmUpNodes(to)
				e := Edge{Type: t, From: a, To: b, Modality: schema.Asserted, Confidence: 0.5,
					Articles: []string{warmUpArticle}, Evidence: []string{"A warm-up sentence."}, Rules: []string{"warm-up"}}
				if t == schema.OfficialOf {
					e.Titles = []string{"envoy"}
				}
				if !t.Structural() {
					e.Date, e.Location, e.Casualties = "2000-01-01", place, 1
				}
				v1.AddEdge(e)
			}
		}
	}
	return v1, v2
}

// warmUpPlans returns the statements of the warm-up, in the order it runs
// them in one transaction: v1 loaded, v1 replaced by v2, v2 retracted.
func warmUpPlans(batchSize int) ([][]Statement, error) {
	v1, v2 := warmUpGraphs()
	prior := func(g *Graph) (map[string]Contribution, error) {
		own, _, _, err := contributions(g)
		if err != nil {
			return nil, err
		}
		return map[string]Contribution{warmUpArticle: *own[warmUpArticle]}, nil
	}
	load, err := planUpdate([]*Graph{v1}, nil, nil, batchSize)
	if err != nil {
		return nil, fmt.Errorf("warm-up load: %w", err)
	}
	p1, err := prior(v1)
	if err != nil {
		return nil, err
	}
	replace, err := planUpdate([]*Graph{v2}, p1, nil, batchSize)
	if err != nil {
		return nil, fmt.Errorf("warm-up update: %w", err)
	}
	p2, err := prior(v2)
	if err != nil {
		return nil, err
	}
	retract, err := planUpdate(nil, p2, []string{warmUpArticle}, batchSize)
	if err != nil {
		return nil, fmt.Errorf("warm-up retraction: %w", err)
	}
	return [][]Statement{load, replace, retract}, nil
}

// WarmUpCypher returns the distinct texts of the load statements the
// warm-up runs, sorted: every statement a load plan can hold.
func WarmUpCypher() ([]string, error) {
	plans, err := warmUpPlans(100)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, stmts := range plans {
		for _, s := range stmts {
			if !seen[s.Cypher] {
				seen[s.Cypher] = true
				out = append(out, s.Cypher)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// WarmUp has the server compile every statement the writer can issue (the
// load plans of WarmUpCypher, the article locks, the skip look-up of
// SeenAll) by running them in one write transaction that it rolls back:
// nothing changes. It needs the schema applied (the edge statements name
// its date indexes). It returns the number of distinct statements run.
func (w *Writer) WarmUp(ctx context.Context) (int, error) {
	plans, err := warmUpPlans(w.batchSize)
	if err != nil {
		return 0, err
	}
	texts := map[string]bool{}
	session := w.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.database, AccessMode: neo4j.AccessModeWrite})
	_, err = neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (any, error) {
		clear(texts)
		ids := []string{warmUpArticle}
		for i, stmts := range plans {
			// A write locks (and creates) its articles; a retraction
			// only locks them.
			if _, _, _, err := lockArticles(ctx, tx, ids, i < 2); err != nil {
				return nil, err
			}
			texts[fmt.Sprint("lock ", i < 2)] = true
			if _, err := runStatements(ctx, tx, stmts); err != nil {
				return nil, fmt.Errorf("warm-up step %d: %w", i+1, err)
			}
			for _, s := range stmts {
				texts[s.Cypher] = true
			}
		}
		res, err := tx.Run(ctx, seenCypher(), seenParams([]Article{{ID: warmUpArticle}}))
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return nil, fmt.Errorf("warm-up look-up: %w", err)
		}
		texts[seenCypher()] = true
		return nil, errDryRun
	})
	if cerr := session.Close(ctx); cerr != nil {
		err = errors.Join(err, fmt.Errorf("close session: %w", cerr))
	}
	if err != nil && !errors.Is(err, errDryRun) {
		return 0, w.explain(err)
	}
	return len(texts), nil
}
