package cmd

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/schema"
)

// retractOptions are the inputs of one retract run.
type retractOptions struct {
	f      *factory
	Args   []string // article ids and paths
	Config Config
}

// newRetractCmd returns the retract command. runF, when set, replaces
// runRetract.
func newRetractCmd(f *factory, runF func(context.Context, *retractOptions) error) *cobra.Command {
	opts := &retractOptions{f: f}
	return &cobra.Command{
		Use:   "retract ID|PATH...",
		Short: "Remove articles, and everything only they support, from Neo4j",
		Long: `retract removes articles from the graph in one transaction: their Article
nodes and MENTIONS, their ids and sentences from the edges they support, and
the edges and entities that no other article supports any more. The graph is
then the one the other articles alone would have given.

An argument that starts with "article:" is an article id, as the graph and the
extraction JSON show it; any other is a file, a folder or - for stdin, whose
articles' ids are computed the way ingest computes them (the given id, else
the hash of the text). An id that is not loaded is reported and the others
are retracted; the exit code is then 3, or 1 when none was loaded.`,
		Example: `  actorgraph retract article:sylvania-talks-0412
  actorgraph retract corrections/old-story.txt
  actorgraph retract article:a1 article:a2 feed-2031-03.jsonl`,
		Args: minArgs(1, "ID or PATH (an article id such as article:x, a file, a folder or - for stdin)"),
		RunE: runE(func(c *cobra.Command, args []string) error {
			opts.Args = args
			cfg, err := f.config(c)
			if err != nil {
				return err
			}
			opts.Config = cfg
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return runRetract(c.Context(), opts)
		}),
	}
}

// runRetract retracts the articles of opts.Args.
func runRetract(ctx context.Context, opts *retractOptions) (err error) {
	f, cfg := opts.f, opts.Config
	start := time.Now()
	ids, bad := retractIDs(opts)
	for _, e := range bad {
		fmt.Fprintf(f.Err, "actorgraph: %v\n", e)
	}
	if len(ids) == 0 {
		return &silentError{code: ExitFailure, err: errors.New("no article to retract")}
	}
	cn, err := f.open(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := cn.close(context.WithoutCancel(ctx)); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	// The write statements use the schema's indexes (an older database
	// may lack some): apply it first, as ingest does.
	if err := cn.writer.ApplySchema(ctx); err != nil {
		return withDB(cfg, fmt.Errorf("apply schema: %w", err))
	}
	st, found, err := cn.writer.Retract(ctx, ids)
	if err != nil {
		return withDB(cfg, fmt.Errorf("retract %d articles: %w", len(ids), err))
	}
	if st.Unrecorded > 0 {
		fmt.Fprintf(f.Err, "actorgraph: %s\n", unrecordedNote(st.Unrecorded, "retracted"))
	}
	loaded := map[string]bool{}
	for _, id := range found {
		loaded[id] = true
	}
	missing := 0
	for _, id := range ids {
		if !loaded[id] {
			missing++
			fmt.Fprintf(f.Err, "actorgraph: %s is not loaded in %s (database %s): nothing to retract for it\n",
				id, cfg.Neo4j.URI, cfg.Neo4j.Database)
		}
	}
	if !f.quiet {
		fmt.Fprintf(f.Err, "retract: %d articles retracted, %d not loaded, %d bad inputs; %.1fs\n",
			len(found), missing, len(bad), time.Since(start).Seconds())
	}
	switch {
	case len(found) == 0:
		return &silentError{code: ExitFailure, err: errors.New("no article was retracted")}
	case missing > 0 || len(bad) > 0:
		return &silentError{code: ExitPartial, err: errors.New("some articles were not retracted")}
	}
	return nil
}

// retractIDs returns the article ids named by opts.Args, in order and
// without repeats, and the inputs that gave none.
func retractIDs(opts *retractOptions) (ids []string, bad []error) {
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	var paths []string
	for _, a := range opts.Args {
		if l, ok := schema.LabelOfID(a); ok && l == schema.Article && strings.TrimPrefix(a, "article:") != "" {
			add(a)
		} else {
			paths = append(paths, a)
		}
	}
	if len(paths) == 0 {
		return ids, nil
	}
	err := ingest.ReadPaths(paths, opts.f.In, func(a ingest.Article, err error) error {
		if err != nil {
			bad = append(bad, err)
			return nil
		}
		id, _ := ingest.ArticleKey(a)
		add(id)
		return nil
	})
	if err != nil {
		bad = append(bad, err)
	}
	return ids, bad
}

// unrecordedNote says that n articles an older actorgraph loaded were
// replaced or retracted without taking away what they gave.
func unrecordedNote(n int, done string) string {
	return fmt.Sprintf("%d of the %s articles were loaded by an older actorgraph, which kept no record of what "+
		"each article gave: the facts of their loaded version stay in the graph; for exact updates, "+
		"load the articles again into an empty database", n, done)
}
