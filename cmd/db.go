package cmd

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

// writer is what ingest, retract and schema apply need of the database; tests pass a
// fake.
type writer interface {
	ApplySchema(ctx context.Context) error
	SeenAll(ctx context.Context, articles []graph.Article) (map[string]bool, error)
	Write(ctx context.Context, graphs ...*graph.Graph) (graph.Stats, error)
	DryRun(ctx context.Context, graphs ...*graph.Graph) (graph.Stats, error)
	Retract(ctx context.Context, ids []string) (graph.Stats, []string, error)
}

// preparer is a writer that can plan a batch before its write, so that
// the planning of one batch overlaps the write of the one before
// (graph.Writer is one).
type preparer interface {
	Prepare(graphs ...*graph.Graph) *graph.Prepared
	WritePrepared(ctx context.Context, p *graph.Prepared) (graph.Stats, error)
}

// conn is an open, verified connection to one Neo4j database.
type conn struct {
	writer writer
	query  func(ctx context.Context, name string, params map[string]string) (queries.Result, error)
	// export streams the whole graph (name "") or the subgraph of a query.
	export func(ctx context.Context, name string, params map[string]string, sink queries.Sink) error
	close  func(ctx context.Context) error
}

// open connects to the database of c, verifies the connection and the
// credentials, and wraps every error with the server's URI.
func (f *factory) open(ctx context.Context, c Config) (*conn, error) {
	connect := f.connect
	if connect == nil {
		connect = connectNeo4j
	}
	cn, err := connect(ctx, c.Neo4j, c.Load.BatchSize)
	if err != nil && ctx.Err() != nil {
		// stopped by a signal while connecting: not a connection problem
		return nil, errInterrupted
	}
	if err != nil {
		return nil, &dbError{URI: c.Neo4j.URI, User: c.Neo4j.User, err: err}
	}
	return cn, nil
}

// connectNeo4j is the real connect: one driver per process.
func connectNeo4j(ctx context.Context, c Neo4jConfig, batchSize int) (*conn, error) {
	d, err := graph.NewDriver(c.URI, c.User, c.Password)
	if err != nil {
		return nil, err
	}
	if err := graph.Verify(ctx, d, c.User); err != nil {
		return nil, errors.Join(err, d.Close(context.WithoutCancel(ctx)))
	}
	if err := checkDatabase(ctx, d, c); err != nil {
		return nil, errors.Join(err, d.Close(context.WithoutCancel(ctx)))
	}
	return &conn{
		writer: graph.NewWriter(d, c.Database, batchSize),
		query: func(ctx context.Context, name string, params map[string]string) (queries.Result, error) {
			r, err := queries.Run(ctx, d, c.Database, name, params)
			if err != nil {
				return r, graph.Explain(err, c.URI, c.User)
			}
			return r, nil
		},
		export: func(ctx context.Context, name string, params map[string]string, sink queries.Sink) error {
			var err error
			if name == "" {
				err = queries.Export(ctx, d, c.Database, sink)
			} else {
				err = queries.ExportQuery(ctx, d, c.Database, name, params, sink)
			}
			if err != nil {
				return graph.Explain(err, c.URI, c.User)
			}
			return nil
		},
		close: func(ctx context.Context) error {
			if err := d.Close(ctx); err != nil {
				return fmt.Errorf("close neo4j driver: %w", err)
			}
			return nil
		},
	}, nil
}

// withDB wraps a database error with the server it came from.
func withDB(c Config, err error) error {
	if err == nil {
		return nil
	}
	var db *dbError
	if errors.As(err, &db) {
		return err
	}
	return &dbError{URI: c.Neo4j.URI, User: c.Neo4j.User, err: err}
}

// unknownDatabaseError is a database name the server does not have.
type unknownDatabaseError struct {
	Name     string
	Existing []string // the databases the server lists; nil when it would not say
}

func (e *unknownDatabaseError) Error() string {
	return fmt.Sprintf("database %q does not exist", e.Name)
}

// checkDatabase asks the server for database; when it has none of that
// name, the error lists the databases it has (SHOW DATABASES on system).
func checkDatabase(ctx context.Context, d neo4j.DriverWithContext, c Neo4jConfig) error {
	_, err := neo4j.ExecuteQuery(ctx, d, "RETURN 1", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database))
	var ne *neo4j.Neo4jError
	if err == nil || !errors.As(err, &ne) || ne.Code != "Neo.ClientError.Database.DatabaseNotFound" {
		return graph.Explain(err, c.URI, c.User)
	}
	res, lerr := neo4j.ExecuteQuery(ctx, d, "SHOW DATABASES YIELD name", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase("system"))
	if lerr != nil {
		return &unknownDatabaseError{Name: c.Database}
	}
	seen := map[string]bool{}
	var names []string
	for _, rec := range res.Records {
		if n, _, _ := neo4j.GetRecordValue[string](rec, "name"); n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return &unknownDatabaseError{Name: c.Database, Existing: names}
}
