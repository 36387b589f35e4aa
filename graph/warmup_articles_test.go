package graph_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// TestWarmUpCoversArticles: the load plans of the repository's example
// articles and of the extraction test articles, each article alone and all
// of them in one batch, hold only statements the warm-up runs.
func TestWarmUpCoversArticles(t *testing.T) {
	warm, err := graph.WarmUpCypher()
	if err != nil {
		t.Fatal(err)
	}
	in := map[string]bool{}
	for _, c := range warm {
		in[c] = true
	}
	p, err := ingest.NewPipeline(ingest.Options{Published: "2016-10-16"})
	if err != nil {
		t.Fatal(err)
	}
	all := graph.New()
	n := 0
	err = ingest.ReadPaths([]string{"../examples/articles", "../ingest/testdata/extract"}, nil, func(a ingest.Article, err error) error {
		if err != nil {
			return err
		}
		g := p.Extract(a)
		all.Merge(g)
		n++
		check(t, in, a.Path, g)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("read %d articles, want the examples and the test articles", n)
	}
	check(t, in, "all articles", all)
}

func check(t *testing.T, warm map[string]bool, what string, g *graph.Graph) {
	t.Helper()
	stmts, err := graph.Plan(g, 50)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	for _, s := range stmts {
		if !warm[s.Cypher] {
			t.Errorf("%s: statement %s is not one the warm-up runs", what, s.Name)
		}
	}
}
