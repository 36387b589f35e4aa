package cmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// bulkEdgeBudget bounds the bytes of edges an export keeps in memory;
// past it they go to sorted run files (graph/bulkspill.go).
const bulkEdgeBudget = 32 << 20

// runBulkExport extracts the articles of opts.Paths and writes their graph
// as the CSV files of neo4j-admin import into opts.Out, without a database.
func runBulkExport(ctx context.Context, opts *exportOptions) error {
	f, cfg := opts.f, opts.Config
	t := tally{start: time.Now()}
	p, err := ingest.NewPipeline(ingest.Options{Dictionaries: cfg.Extract.Dictionaries, Published: cfg.Ingest.Published})
	if err != nil {
		return fmt.Errorf("build pipeline: %w", err)
	}
	out, err := graph.NewAdminCSV(opts.Out, time.Now())
	if err != nil {
		return err
	}
	b := graph.NewBulk(out)
	spillDir, err := os.MkdirTemp(opts.Out, ".spill-")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.RemoveAll(spillDir)
	b.SpillTo(spillDir, bulkEdgeBudget)
	bar := newProgress(f.Err, f.ErrTTY && !f.quiet, "export")
	params := &extractParams{
		paths: opts.Paths, stdin: f.In, workers: cfg.Ingest.Workers,
		pipeline: p, maxArticle: cfg.Ingest.MaxArticleBytes, bar: bar,
		check: needPublished(p),
	}
	params.sink = graphSink(ctx, &t, bar, f.Err, b.Add)
	bar.start(opts.Paths)
	err = extractAll(ctx, params)
	bar.finish()
	if err == nil && ctx.Err() != nil {
		err = errInterrupted
	}
	if err == nil {
		err = b.Finish()
	}
	t.entities, t.relations = b.Len()
	err = errors.Join(err, out.Close())
	if !f.quiet {
		fmt.Fprintln(f.Err, t.summary("export", errors.Is(err, errInterrupted)))
	}
	if err != nil {
		return err
	}
	if err := params.nothingRead(t); err != nil {
		return err
	}
	if !f.quiet {
		fmt.Fprintf(f.Err, "export: %d nodes, %d relationships -> %s; load them into an EMPTY database with\n  %s\n"+
			"then start the server and run: actorgraph schema apply --after-import\n",
			out.Nodes, out.Rels, opts.Out, adminCommand(out))
	}
	return params.missingPaths()
}

// adminCommand returns the neo4j-admin command that imports the files of out.
func adminCommand(out *graph.AdminCSV) string {
	nodes, rels := out.Files()
	args := []string{"neo4j-admin database import full neo4j --overwrite-destination",
		"--array-delimiter=U+001E --multiline-fields=true --read-buffer-size=16m"}
	for _, n := range nodes {
		args = append(args, "--nodes="+n)
	}
	for _, r := range rels {
		args = append(args, "--relationships="+r)
	}
	return strings.Join(args, " ")
}
