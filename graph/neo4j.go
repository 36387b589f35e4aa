package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/url"
	"slices"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/schema"
)

// ErrUnavailable means that Neo4j could not be reached.
var ErrUnavailable = errors.New("neo4j unavailable")

// ErrAuth means that Neo4j refused the credentials.
var ErrAuth = errors.New("neo4j authentication failed")

// NewDriver returns a driver for the Neo4j server at uri (bolt://, neo4j://,
// or their +s and +ssc forms) with basic authentication. It does not connect;
// call Verify for that.
func NewDriver(uri, user, password string) (neo4j.DriverWithContext, error) {
	d, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, password, ""))
	if err != nil {
		return nil, fmt.Errorf("create neo4j driver for %s: %w", uri, err)
	}
	return d, nil
}

// Verify connects to the server of driver and logs in as user. A server that
// cannot be reached gives an error wrapping ErrUnavailable, refused
// credentials one wrapping ErrAuth; each says what to do.
func Verify(ctx context.Context, driver neo4j.DriverWithContext, user string) error {
	if err := driver.VerifyConnectivity(ctx); err != nil {
		return Explain(err, driverURI(driver), user)
	}
	return nil
}

// Explain turns a driver error into one wrapping ErrUnavailable or ErrAuth
// with a sentence naming uri and what to do, when it is one of those; other
// errors are returned as they are.
func Explain(err error, uri, user string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrUnavailable), errors.Is(err, ErrAuth):
		return err
	case isAuthError(err):
		who := "the credentials"
		if user != "" {
			who = "the credentials for user " + user
		}
		return fmt.Errorf("%w: Neo4j at %s refused %s: check NEO4J_PASSWORD or neo4j.password in config.yaml: %w",
			ErrAuth, uri, who, err)
	case isConnectivityError(err):
		return fmt.Errorf("%w: cannot reach Neo4j at %s: is it running? start the local one with `make neo4j-start`: %w",
			ErrUnavailable, uri, err)
	}
	return err
}

func isAuthError(err error) bool {
	var ae *neo4j.InvalidAuthenticationError
	if errors.As(err, &ae) {
		return true
	}
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && (ne.IsAuthenticationFailed() ||
		ne.Code == "Neo.ClientError.Security.AuthenticationRateLimit")
}

func isConnectivityError(err error) bool {
	var ce *neo4j.ConnectivityError
	var oe *net.OpError
	var de *net.DNSError
	var tl *neo4j.TransactionExecutionLimit
	if errors.As(err, &tl) {
		for _, e := range tl.Errors {
			if isConnectivityError(e) {
				return true
			}
		}
	}
	return errors.As(err, &ce) || errors.As(err, &oe) || errors.As(err, &de)
}

func driverURI(d neo4j.DriverWithContext) string {
	u := d.Target()
	return (&url.URL{Scheme: u.Scheme, Host: u.Host}).String()
}

// Writer loads graphs into one Neo4j database. It is safe for concurrent
// use, but one writer per process should send its graphs serially: parallel
// writes of edges on shared end nodes wait on each other's locks.
type Writer struct {
	driver    neo4j.DriverWithContext
	database  string
	batchSize int
}

// NewWriter returns a Writer that sends rows in batches of batchSize to the
// named database through driver. The caller keeps ownership of driver.
func NewWriter(driver neo4j.DriverWithContext, database string, batchSize int) *Writer {
	return &Writer{driver: driver, database: database, batchSize: batchSize}
}

// Stats counts what one Write did.
type Stats struct {
	Statements int // statements run (groups of the plan)
	Batches    int // batches sent
	Rows       int // rows sent
	// Unmatched counts edge rows whose end nodes were in neither the graph
	// nor the database, so the edge was not written.
	Unmatched            int
	NodesCreated         int
	RelationshipsCreated int
	LabelsAdded          int
	// Counters counts the nodes whose event counters were updated (not
	// counted in Statements, Batches or Rows).
	Counters int
	// Unrecorded counts the articles replaced or retracted that an older
	// actorgraph loaded without keeping their contribution: what their
	// loaded version gave could not be taken away and stays.
	Unrecorded int
}

// ApplySchema creates the constraints and indexes of schema.Statements and
// gives the nodes an older actorgraph loaded their name_keys and event
// counters (stats.go), and its meeting edges their ends' roll-up strings
// (rollup.go). It is idempotent.
func (w *Writer) ApplySchema(ctx context.Context) error {
	for i, stmt := range schema.Statements() {
		_, err := neo4j.ExecuteQuery(ctx, w.driver, stmt, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(w.database), neo4j.ExecuteQueryWithWritersRouting())
		if err != nil {
			return fmt.Errorf("apply schema statement %d (%s): %w", i+1, stmt, w.explain(err))
		}
	}
	// The write statements name the date indexes in hints
	// (datedEdgeCypher): wait until they are online.
	if _, err := neo4j.ExecuteQuery(ctx, w.driver, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(w.database), neo4j.ExecuteQueryWithWritersRouting()); err != nil {
		return fmt.Errorf("wait for the indexes to come online: %w", w.explain(err))
	}
	_, err := neo4j.ExecuteQuery(ctx, w.driver, nameKeysBackfillCypher(), nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(w.database), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return fmt.Errorf("give older nodes their name_keys: %w", w.explain(err))
	}
	if err := w.runAutoCommit(ctx, countersBackfillCypher(), map[string]any{"cap": partnerCap}); err != nil {
		return fmt.Errorf("give older nodes their event counters: %w", w.explain(err))
	}
	if err := w.runAutoCommit(ctx, rollupBackfillCypher(), nil); err != nil {
		return fmt.Errorf("give older meeting edges their ends' roll-up strings: %w", w.explain(err))
	}
	return nil
}

// runAutoCommit runs cypher in an auto-commit transaction, as CALL { ... }
// IN TRANSACTIONS needs, and waits for its end.
func (w *Writer) runAutoCommit(ctx context.Context, cypher string, params map[string]any) error {
	s := w.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.database, AccessMode: neo4j.AccessModeWrite})
	defer s.Close(ctx)
	res, err := s.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// Write loads graphs in one transaction: all of it is committed, or
// nothing. Each graph is normally one article's; an article already loaded
// is replaced: what its loaded version contributed is taken away in the
// same transaction (see delta.go). Writing the same graphs again changes
// nothing.
func (w *Writer) Write(ctx context.Context, graphs ...*Graph) (Stats, error) {
	return w.load(ctx, false, graphs)
}

// Prepared is a batch of graphs planned for writing as if none of their
// articles was loaded before. Prepare makes it, on any goroutine, while
// another batch is written; WritePrepared writes it.
type Prepared struct {
	graphs []*Graph
	fresh  []Statement
	err    error
}

// Prepare plans the write of graphs (see Prepared). It touches no database.
func (w *Writer) Prepare(graphs ...*Graph) *Prepared {
	fresh, err := planUpdate(graphs, nil, nil, w.batchSize)
	return &Prepared{graphs: graphs, fresh: fresh, err: err}
}

// Graphs returns the graphs p holds.
func (p *Prepared) Graphs() []*Graph { return p.graphs }

// WritePrepared writes the graphs of p exactly as Write does, with the
// plan Prepare made when none of their articles turns out to be loaded.
func (w *Writer) WritePrepared(ctx context.Context, p *Prepared) (Stats, error) {
	return w.loadPrepared(ctx, false, p)
}

func (w *Writer) load(ctx context.Context, dry bool, graphs []*Graph) (Stats, error) {
	return w.loadPrepared(ctx, dry, w.Prepare(graphs...))
}

// loadPrepared writes p.graphs. The plan for articles that were never
// loaded is made before the transaction opens: it checks the graphs, and
// it is the plan when the transaction finds none of the articles loaded (a
// feed's new articles), so that the server does not wait for the planning
// while the transaction holds its locks.
func (w *Writer) loadPrepared(ctx context.Context, dry bool, p *Prepared) (Stats, error) {
	graphs, fresh := p.graphs, p.fresh
	if p.err != nil {
		return Stats{}, p.err
	}
	var ids []string
	for _, g := range graphs {
		for _, a := range g.Articles {
			ids = appendUnique(ids, a.ID)
		}
	}
	sort.Strings(ids) // lock in one order: fewer deadlocks between writers
	st, _, err := w.update(ctx, ids, true, dry, func(prior map[string]Contribution) ([]Statement, error) {
		if len(prior) == 0 {
			return fresh, nil
		}
		return planUpdate(graphs, prior, nil, w.batchSize)
	})
	return st, err
}

// errEndGone means that a node the transaction had merged was gone when an
// edge on it was written: a concurrent transaction deleted it (the MERGE
// found the node before that transaction's delete committed, and the
// lock it then waited for was on a deleted node). The whole transaction is
// rolled back and run again, and then creates the node.
var errEndGone = errors.New("an end node was deleted by a concurrent transaction")

// endGoneRetries bounds the reruns after errEndGone.
const endGoneRetries = 10

// errDryRun rolls back the transaction of a dry run.
var errDryRun = errors.New("dry run: rolled back")

// DryRun plans and runs the write of graphs like Write, then rolls the
// transaction back: nothing changes, but the graphs are checked against the
// database and the server has compiled and cached the plans of the
// statements these graphs need (WarmUp compiles every statement the
// writer can issue).
func (w *Writer) DryRun(ctx context.Context, graphs ...*Graph) (Stats, error) {
	return w.load(ctx, true, graphs)
}

// Retract removes the articles with the given ids and everything only they
// support, in one transaction. It returns the ids that were loaded; the
// others are ignored.
func (w *Writer) Retract(ctx context.Context, ids []string) (Stats, []string, error) {
	return w.update(ctx, ids, false, false, func(prior map[string]Contribution) ([]Statement, error) {
		return planUpdate(nil, prior, sortedKeys(prior), w.batchSize)
	})
}

// update runs, in one managed write transaction, the statements plan
// returns for the stored contributions of the articles ids. Their Article
// nodes are locked first (and created when create is set), so that two
// transactions updating one article serialise. It returns the ids that had
// an Article node. A dry update is rolled back at the end.
func (w *Writer) update(ctx context.Context, ids []string, create, dry bool,
	plan func(prior map[string]Contribution) ([]Statement, error)) (Stats, []string, error) {
	for attempt := 1; ; attempt++ {
		st, found, err := w.updateOnce(ctx, ids, create, dry, plan)
		if !errors.Is(err, errEndGone) || attempt > endGoneRetries {
			return st, found, err
		}
	}
}

// updateOnce runs one attempt of update.
func (w *Writer) updateOnce(ctx context.Context, ids []string, create, dry bool,
	plan func(prior map[string]Contribution) ([]Statement, error)) (Stats, []string, error) {
	session := w.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.database, AccessMode: neo4j.AccessModeWrite})
	var found []string
	var dryStats Stats
	st, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (Stats, error) {
		prior, existed, created, err := lockArticles(ctx, tx, ids, create)
		if err != nil {
			return Stats{}, err
		}
		found = existed
		stmts, err := plan(prior)
		if err != nil {
			return Stats{}, err
		}
		st, err := runStatements(ctx, tx, stmts)
		st.NodesCreated += created
		for _, id := range existed {
			if prior[id].unrecorded {
				st.Unrecorded++
			}
		}
		if dry && err == nil {
			dryStats, err = st, errDryRun
		}
		return st, err
	})
	if errors.Is(err, errDryRun) {
		err = nil
		st = dryStats
	}
	if cerr := session.Close(ctx); cerr != nil {
		err = errors.Join(err, fmt.Errorf("close session: %w", cerr))
	}
	if err != nil {
		return Stats{}, nil, w.explain(err)
	}
	return st, found, nil
}

// lockArticles write-locks the Article nodes of ids and returns the
// contributions stored on those that were loaded before, their ids, and
// the number of Article nodes it created.
func lockArticles(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, create bool) (
	prior map[string]Contribution, found []string, created int, err error) {
	prior = map[string]Contribution{}
	if len(ids) == 0 {
		return prior, nil, 0, nil
	}
	find := `MATCH (a:` + string(schema.Article) + ` {id: id})`
	if create {
		find = `MERGE (a:` + string(schema.Article) + ` {id: id})
ON CREATE SET a._new = true, a.ingested_at = datetime()`
	}
	res, err := tx.Run(ctx, stablePlan+`UNWIND $batch.rows AS id
`+find+`
SET a._lock = true
REMOVE a._lock
WITH a, a._new IS NULL AS loaded
REMOVE a._new
RETURN a.id AS id, loaded, a.contribution AS contribution, a.edge_keys AS keys, a.edge_evidence AS evidence`,
		map[string]any{"batch": rowsParam(ids)})
	if err != nil {
		return nil, nil, 0, fmt.Errorf("lock %d articles: %w", len(ids), err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("lock %d articles: %w", len(ids), err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("lock %d articles: %w", len(ids), err)
	}
	for _, rec := range recs {
		m := rec.AsMap()
		id, _ := m["id"].(string)
		if loaded, _ := m["loaded"].(bool); !loaded {
			continue
		}
		c, err := decodeContribution(id, m["contribution"], m["keys"], m["evidence"])
		if err != nil {
			return nil, nil, 0, err
		}
		prior[id] = c
		found = append(found, id)
	}
	return prior, found, sum.Counters().NodesCreated(), nil
}

// write runs stmts in one managed write transaction, which the driver
// retries on transient errors; the transaction function only touches the
// transaction and the stats it returns.
func (w *Writer) write(ctx context.Context, stmts []Statement) (Stats, error) {
	if len(stmts) == 0 {
		return Stats{}, nil
	}
	session := w.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.database, AccessMode: neo4j.AccessModeWrite})
	st, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (Stats, error) {
		return runStatements(ctx, tx, stmts)
	})
	if cerr := session.Close(ctx); cerr != nil {
		err = errors.Join(err, fmt.Errorf("close session: %w", cerr))
	}
	if err != nil {
		return Stats{}, w.explain(err)
	}
	return st, nil
}

// countersBatch is the most nodes a statement of event counters updates.
const countersBatch = 500

// unwindRows starts every statement of a load plan. The rows come in a map,
// {rows: [...]}, not as a list parameter: Neo4j caches a plan under the
// statement text and the types of its parameters, and the type of a list
// (or string) parameter includes its size rounded up to a power of ten
// (0, 1, 10, 100, 1000 ...), so a statement sent with batches of 1, 7,
// 150 and 200 rows was compiled three times; a map's type has no size.
const unwindRows = "UNWIND $batch.rows AS row"

// rowsParam returns the value of the parameter batch of unwindRows.
func rowsParam[T any](rows []T) map[string]any { return map[string]any{"rows": rows} }

// stablePlan prefixes the write statements: their plans are index seeks on
// the id constraints whatever the statistics say, so they are compiled
// once per server and not planned again as the graph grows (a re-plan
// costs about as much as the write of a batch).
const stablePlan = "CYPHER replan=skip "

func runStatements(ctx context.Context, tx neo4j.ManagedTransaction, stmts []Statement) (Stats, error) {
	var st Stats
	counts := statsDelta{} // the changes of the event counters (stats.go)
	for _, s := range stmts {
		if s.Counters != "" {
			s.Batches = split(counts.rows()[s.Counters], countersBatch)
			if len(s.Batches) == 0 {
				continue
			}
		}
		if s.Counters == "" {
			st.Statements++
		}
		for i, batch := range s.Batches {
			params := make(map[string]any, len(s.Params)+1)
			for k, v := range s.Params {
				params[k] = v
			}
			params["batch"] = rowsParam(nativeDates(batch))
			res, err := tx.Run(ctx, stablePlan+s.Cypher, params)
			if err != nil {
				return Stats{}, fmt.Errorf("load batch %d of %s: %w", i+1, s.Name, err)
			}
			rec, err := res.Single(ctx)
			if err != nil {
				return Stats{}, fmt.Errorf("load batch %d of %s: %w", i+1, s.Name, err)
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return Stats{}, fmt.Errorf("load batch %d of %s: %w", i+1, s.Name, err)
			}
			merged, _, err := neo4j.GetRecordValue[int64](rec, "n")
			if err != nil {
				return Stats{}, fmt.Errorf("load batch %d of %s: %w", i+1, s.Name, err)
			}
			if d, ok := rec.Get("d"); ok {
				counts.addDeltas(d)
			}
			if s.Strict && int(merged) < len(batch) {
				return Stats{}, fmt.Errorf("%w: %d of %d rows of %s", errEndGone, len(batch)-int(merged), len(batch), s.Name)
			}
			if s.Counters != "" {
				st.Counters += len(batch)
				continue
			}
			st.Batches++
			st.Rows += len(batch)
			st.Unmatched += len(batch) - int(merged)
			c := sum.Counters()
			st.NodesCreated += c.NodesCreated()
			st.RelationshipsCreated += c.RelationshipsCreated()
			st.LabelsAdded += c.LabelsAdded()
		}
	}
	return st, nil
}

// dateKeys are the row fields that hold a YYYY-MM-DD date.
var dateKeys = []string{"date", "published"}

// nativeDates returns batch with the YYYY-MM-DD strings of its date fields
// as Neo4j dates, so that the server does not parse a string per row (the
// parsing took about a tenth of its CPU in a write). batch itself is not
// changed; a string that is no date stays, for the server's date() to
// refuse as before.
func nativeDates(batch []map[string]any) []map[string]any {
	out, copied := batch, false
	for i, row := range batch {
		var r map[string]any
		for _, k := range dateKeys {
			s, ok := row[k].(string)
			if !ok {
				continue
			}
			t, err := time.Parse(time.DateOnly, s)
			if err != nil {
				continue
			}
			if r == nil {
				r = maps.Clone(row)
			}
			r[k] = neo4j.DateOf(t)
		}
		if r == nil {
			continue
		}
		if !copied {
			out, copied = slices.Clone(batch), true
		}
		out[i] = r
	}
	return out
}

// Seen reports whether the article with the given id is loaded with the
// given content hash, so that an unchanged article can be skipped. An
// article is loaded together with its whole graph, so a seen article's
// graph is complete.
func (w *Writer) Seen(ctx context.Context, articleID, contentSHA256 string) (bool, error) {
	seen, err := w.SeenAll(ctx, []Article{{ID: articleID, ContentSHA256: contentSHA256}})
	if err != nil {
		return false, err
	}
	return seen[articleID], nil
}

// SeenAll reports, for each of the articles, whether it is loaded with its
// ContentSHA256. The map holds only the ids that are seen.
func (w *Writer) SeenAll(ctx context.Context, articles []Article) (map[string]bool, error) {
	res, err := neo4j.ExecuteQuery(ctx, w.driver, seenCypher(), seenParams(articles), neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(w.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("look up %d articles: %w", len(articles), w.explain(err))
	}
	seen := map[string]bool{}
	for _, rec := range res.Records {
		id, _, err := neo4j.GetRecordValue[string](rec, "id")
		if err != nil {
			return nil, fmt.Errorf("look up articles: %w", err)
		}
		seen[id] = true
	}
	return seen, nil
}

// seenCypher returns the look-up of SeenAll.
func seenCypher() string {
	return unwindRows + `
MATCH (a:` + string(schema.Article) + ` {id: row.id})
WHERE a.content_sha256 = row.sha
RETURN a.id AS id`
}

// seenParams returns the parameters of seenCypher for articles.
func seenParams(articles []Article) map[string]any {
	rows := make([]map[string]any, 0, len(articles))
	for _, a := range articles {
		rows = append(rows, map[string]any{"id": a.ID, "sha": a.ContentSHA256})
	}
	return map[string]any{"batch": rowsParam(rows)}
}

func (w *Writer) explain(err error) error {
	return Explain(err, driverURI(w.driver), "")
}
