package queries

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

// EnvProfileArticles sets the number of articles of the generated feed of
// TestQueryPlans (default profileArticles; CI runs it with 50,000).
const EnvProfileArticles = "ACTORGRAPH_TEST_PROFILE_ARTICLES"

const profileArticles = 2000

// forbidden names the plan operators that read every node or relationship
// of the database, or every MENTIONS.
func forbidden(op, details string) bool {
	return strings.Contains(op, "AllNodesScan") || strings.Contains(op, "AllRelationshipsScan") ||
		strings.Contains(op, "RelationshipTypeScan") && strings.Contains(details, string(schema.Mentions))
}

// profileCase is one way of calling a canned query in TestQueryPlans.
type profileCase struct {
	q       Query
	variant string            // all, window or tail (see profileCases)
	params  map[string]string // as a user gives them
	bounded bool              // its answer does not grow with the corpus: neither may its work
}

func (c profileCase) name() string { return c.q.Name + "/" + c.variant }

// profileCases calls every canned query three ways on the feed f, whose
// first small articles are written: "all" names hub actors (the most
// popular person, the two most popular states and city) over the default
// dates, the whole feed; "window" names them over a window of days in the
// first small articles; "tail" names long-tail actors of the first small
// articles over the default dates. The answers of window and tail do not
// change as the feed grows (later articles report later events and new
// people), so the work of their queries must not grow with it either.
// Queries without dates have no window case, queries without names no tail
// case.
func profileCases(f *feed, small int) []profileCase {
	from, to := f.window(small)
	window := map[string]string{"from": from, "to": to}
	mid := small / 2 // an article whose runs of the long tail are over before small
	hub := map[string]string{"name": f.name("person", 0), "a": f.name("country", 0), "b": f.name("country", 1),
		"of": f.name("country", 0), "actor": f.name("country", 0), "target": f.name("country", 1), "place": f.name("city", 0)}
	envoy := mid / feedTailRun
	tail := map[string]string{"name": f.name("envoy", envoy), "a": f.name("envoy", envoy), "b": f.name("country", envoy%10),
		"of": f.name("bureau", mid/feedBodyRun), "actor": f.name("envoy", envoy), "target": f.name("envoy", envoy),
		"place": f.name("town", mid/feedTownRun)}
	var out []profileCase
	for _, q := range List() {
		dated, named := false, false
		for _, p := range q.Params {
			dated = dated || p.Name == "from"
			named = named || p.Type == TypeString
		}
		out = append(out, profileCase{q, "all", pick(q, hub, nil), false})
		if dated {
			out = append(out, profileCase{q, "window", pick(q, hub, window), true})
		}
		if named {
			out = append(out, profileCase{q, "tail", pick(q, tail, nil), true})
		}
	}
	return out
}

// pick returns the values of names and dates that q takes.
func pick(q Query, names, dates map[string]string) map[string]string {
	out := map[string]string{}
	for _, p := range q.Params {
		if v, ok := names[p.Name]; ok && p.Type == TypeString {
			out[p.Name] = v
		}
		if v, ok := dates[p.Name]; ok && p.Type == TypeDate {
			out[p.Name] = v
		}
	}
	return out
}

// growthBudget is the most database hits a bounded case may take on the
// feed of n articles, given its hits on the first tenth of them: three
// times as many plus a constant, far below the tenfold of a query that
// reads a hub's whole history, all events of a type or a label. Database
// hits do not depend on the machine's load.
func growthBudget(before int64) int64 { return 3*before + 500 }

// profileTimeout bounds each PROFILE of a bounded case (server side): it
// reads a few thousand records in well under a second even on a loaded
// machine; a query that reads a hub's whole history can take a minute at
// 50,000 articles. The other cases (all, known exceptions), only logged,
// get logTimeout.
const (
	profileTimeout = 5 * time.Second
	logTimeout     = 2 * time.Second
)

// knownGrowth lists the cases that grow with the corpus on main today,
// with the reason; they are logged, not failed. Remove a case when its
// query is fixed (the log says when it is within budget).
var knownGrowth = map[string]string{
	// neighbourhood and timeline read a hub's first days through the date
	// indexes only when they hold few of its events (b590c0e): within the
	// budget at 50,000 articles, not always at 2,000; a long-tail actor's
	// timeline may scan a date index whole (DirectedRelationshipIndexScan).
	"neighbourhood/window": "reads every link of the actor when the window holds many of them",
	"timeline/window":      "reads every event of the actor and its members when the window holds many",
	"timeline/tail":        "may scan a date index whole and filter the dates",
	// A state's officials and bodies (OFFICIAL_OF|PART_OF*0..3) are all
	// read to choose the side with fewer events, then the events of that
	// side's members: linear in the members (about 20,000 db hits at
	// 10,000 articles; pairing every member of one side with every member
	// of the other took about 50 million at 50,000).
	"cooperation-conflict/window": "reads all officials and bodies of both states",
	"cooperation-conflict/tail":   "reads all officials and bodies of the state",
	"pair-history/window":         "reads all officials and bodies of both actors",
	"pair-history/tail":           "reads all officials and bodies of the state",
	// As pair-history: both sides' members are read to choose the side,
	// then the events of that side's members (did not finish in 2 s at
	// 50,000 before it read one side; 81,485 db hits after).
	"shared-history/window": "reads all officials and bodies of both actors",
	"shared-history/tail":   "reads all officials and bodies of the state",
}

// TestQueryPlans PROFILEs every canned query (profileCases) on a generated
// news feed (feed: hubs and a long tail) of profileArticles articles (more
// with ACTORGRAPH_TEST_PROFILE_ARTICLES): no plan may scan all nodes, all
// relationships or all MENTIONS, and the bounded cases (window, tail) must
// finish within profileTimeout and may not take more database hits on the
// whole feed than growthBudget allows from their hits on its first tenth.
// Each case's time and database hits are logged (go test -v).
func TestQueryPlans(t *testing.T) {
	d := testDriver(t)
	n := profileSize(t)
	small := n / 10
	f := newFeed(t, d)
	start := time.Now()
	f.grow(t, small)
	took := time.Since(start)
	cases := profileCases(f, small)
	before := map[string]measure{}
	for _, c := range cases {
		if c.bounded {
			_, before[c.name()] = measureCase(t, d, c)
		}
	}
	probe, probeParams := hubWindowProbe(f, small)
	explain(t, d, probe, probeParams)
	probeBefore := measureQuery(t, d, probe, probeParams, profileTimeout)
	start = time.Now()
	f.grow(t, n)
	took += time.Since(start)
	t.Logf("generated %d articles (%d rows) in %.1f s: %s", n, f.rows, took.Seconds(), graphSize(t, d))
	checkTheChecks(t, d, f, small, probeBefore)
	for _, c := range cases {
		t.Run(c.name(), func(t *testing.T) {
			plan, m := measureCase(t, d, c)
			tree := explainTree(plan)
			if m.done {
				tree = profileTree(m.plan)
			}
			if bad := scans(tree); len(bad) > 0 {
				t.Errorf("%s scans the graph: %s", c.name(), strings.Join(bad, "; "))
			}
			if !c.bounded {
				t.Logf("%-28s %s", c.name(), m)
				return
			}
			b := before[c.name()]
			t.Logf("%-28s %s (at %d articles: %s)", c.name(), m, small, b)
			checkGrowth(t, c.name(), m, b, n, small)
		})
	}
}

// checkGrowth fails a bounded case that took more than growthBudget
// database hits at n articles (m) from its hits at small (b), or that did
// not finish, unless it is a known exception.
func checkGrowth(t *testing.T, name string, m, b measure, n, small int) {
	t.Helper()
	var msg string
	switch {
	case !b.done:
		msg = fmt.Sprintf("%s did not finish within %s at %d articles", name, b.timeout, small)
	case !m.done:
		msg = fmt.Sprintf("%s did not finish within %s at %d articles (%d db hits at %d)", name, m.timeout, n, b.hits, small)
	case m.hits > growthBudget(b.hits):
		msg = fmt.Sprintf("%s reads more as the feed grows: %d db hits at %d articles, %d at %d (budget %d); most in %s",
			name, m.hits, n, b.hits, small, growthBudget(b.hits), heaviest(m.plan))
	}
	why, known := knownGrowth[name]
	switch {
	case msg != "" && known:
		t.Logf("known exception (%s): %s", why, msg)
	case msg != "":
		t.Error(msg)
	case known:
		t.Logf("known exception %s is within budget at %d articles (%d db hits, %d at %d): remove it from knownGrowth if it stays so at 50,000",
			name, n, m.hits, b.hits, small)
	}
}

// profileSize returns the number of articles of TestQueryPlans.
func profileSize(t *testing.T) int {
	s := os.Getenv(EnvProfileArticles)
	if s == "" {
		return profileArticles
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 2000 {
		t.Fatalf("%s=%q: want a number of articles, at least 2000", EnvProfileArticles, s)
	}
	return v
}

// hubWindowProbe is a query that reads a window of days of the most
// popular state's events through all its relationships (not through the
// date indexes): what the growth check is for.
func hubWindowProbe(f *feed, small int) (string, map[string]any) {
	from, to := f.window(small)
	return `MATCH (a:Country {id: $id})-[r]-() WHERE r.date >= date($from) AND r.date <= date($to) RETURN count(r)`,
		map[string]any{"id": f.id("country", 0), "from": from, "to": to}
}

// checkTheChecks shows that the checks of TestQueryPlans catch what they
// are for: a name compared on every node scans all nodes, and the
// hubWindowProbe, measured before the feed grew, grows with it.
func checkTheChecks(t *testing.T, d neo4j.DriverWithContext, f *feed, small int, probeBefore measure) {
	t.Helper()
	if plan := explain(t, d, "MATCH (n) WHERE n.name = $x RETURN n", map[string]any{"x": f.name("person", 0)}); len(scans(explainTree(plan))) == 0 {
		t.Errorf("a scan of every node passes the check")
	}
	left := `CALL { MATCH (n) WHERE n.name = $x RETURN n UNION ALL MATCH (n:Person {id: $id}) RETURN n } RETURN count(n)`
	if m := measureQuery(t, d, left, map[string]any{"x": f.name("person", 0), "id": f.id("person", 0)}, profileTimeout); !m.done ||
		len(scans(profileTree(m.plan))) == 0 {
		t.Errorf("a scan of every node on the left of a union passes the check")
	}
	probe, params := hubWindowProbe(f, small)
	after := measureQuery(t, d, probe, params, profileTimeout)
	if !probeBefore.done || !after.done || after.hits <= growthBudget(probeBefore.hits) {
		t.Errorf("a window of a hub's events read through all its relationships passes the growth check: %d db hits before, %s after",
			probeBefore.hits, after)
	}
}

// measure is what a PROFILE of a query gave.
type measure struct {
	plan    neo4j.ProfiledPlan
	hits    int64
	rows    int
	ms      float64       // server time, available and consumed after
	done    bool          // it finished within timeout
	timeout time.Duration // the bound it had
}

func (m measure) String() string {
	if !m.done {
		return fmt.Sprintf("did not finish within %s", m.timeout)
	}
	return fmt.Sprintf("%4d rows %8.1f ms %9d db hits; starts: %s", m.rows, m.ms, m.hits, strings.Join(leaves(m.plan), ", "))
}

// measureCase EXPLAINs the query of c with its parameters, which compiles
// its plan, then PROFILEs it. A bounded case that is not a known exception
// gets a second try when it does not finish: a first run on a loaded
// machine can spend seconds more.
func measureCase(t *testing.T, d neo4j.DriverWithContext, c profileCase) (neo4j.Plan, measure) {
	t.Helper()
	bound, err := c.q.Bind(c.params)
	if err != nil {
		t.Fatal(err)
	}
	plan := explain(t, d, c.q.Cypher, bound)
	if _, known := knownGrowth[c.name()]; known || !c.bounded {
		return plan, measureQuery(t, d, c.q.Cypher, bound, logTimeout)
	}
	m := measureQuery(t, d, c.q.Cypher, bound, profileTimeout)
	if !m.done {
		m = measureQuery(t, d, c.q.Cypher, bound, profileTimeout)
	}
	return plan, m
}

// measureQuery PROFILEs cypher in a transaction the server ends after
// timeout.
func measureQuery(t *testing.T, d neo4j.DriverWithContext, cypher string, params map[string]any, timeout time.Duration) measure {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout+time.Minute)
	defer cancel()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: testdb.Get(t).Database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "PROFILE\n"+cypher, params, neo4j.WithTxTimeout(timeout))
	var recs []*neo4j.Record
	if err == nil {
		recs, err = res.Collect(ctx)
	}
	var sum neo4j.ResultSummary
	if err == nil {
		sum, err = res.Consume(ctx)
	}
	if err != nil && strings.Contains(err.Error(), "TransactionTimedOut") {
		return measure{timeout: timeout}
	}
	if err != nil {
		t.Fatal(err)
	}
	m := measure{plan: sum.Profile(), rows: len(recs), done: true,
		ms: float64((sum.ResultAvailableAfter() + sum.ResultConsumedAfter()).Microseconds()) / 1000}
	if m.plan == nil {
		t.Fatal("no profile in the summary")
	}
	walkPlan(m.plan, func(p neo4j.ProfiledPlan) { m.hits += p.DbHits() })
	return m
}

// profile runs cypher with PROFILE and returns its plan and database hits.
func profile(t *testing.T, d neo4j.DriverWithContext, cypher string, params map[string]any) (neo4j.ProfiledPlan, int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: testdb.Get(t).Database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "PROFILE\n"+cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plan := sum.Profile()
	if plan == nil {
		t.Fatal("no profile in the summary")
	}
	var hits int64
	walkPlan(plan, func(p neo4j.ProfiledPlan) { hits += p.DbHits() })
	return plan, hits
}

// explain returns the plan of cypher without running it.
func explain(t *testing.T, d neo4j.DriverWithContext, cypher string, params map[string]any) neo4j.Plan {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: testdb.Get(t).Database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "EXPLAIN\n"+cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Plan() == nil {
		t.Fatal("no plan in the summary")
	}
	return sum.Plan()
}

// graphSize counts the nodes and relationships of the database.
func graphSize(t *testing.T, d neo4j.DriverWithContext) string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d,
		`CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(testdb.Get(t).Database))
	if err != nil || len(res.Records) != 1 {
		t.Fatalf("count the graph: %v", err)
	}
	r := res.Records[0].Values
	return fmt.Sprintf("%d nodes, %d relationships in the database", r[0], r[1])
}

// heaviest names the operator of plan with the most database hits, with
// its details and hits.
func heaviest(plan neo4j.ProfiledPlan) string {
	var top neo4j.ProfiledPlan
	walkPlan(plan, func(p neo4j.ProfiledPlan) {
		if top == nil || p.DbHits() > top.DbHits() {
			top = p
		}
	})
	details, _ := top.Arguments()["Details"].(string)
	return fmt.Sprintf("%s %s (%d db hits)", top.Operator(), details, top.DbHits())
}

// planTree is an operator of a plan with its details and children.
type planTree struct {
	op, details string
	children    []planTree
}

// explainTree returns the tree of an EXPLAIN plan. Beware: the driver's
// Plan.Children (v5.28) returns every child of an operator as its last one
// (it keeps the address of its loop variable), so that the left side of a
// union or an apply is lost; profileTree has them right.
func explainTree(p neo4j.Plan) planTree {
	details, _ := p.Arguments()["Details"].(string)
	t := planTree{op: p.Operator(), details: details}
	for _, c := range p.Children() {
		t.children = append(t.children, explainTree(c))
	}
	return t
}

// profileTree returns the tree of a PROFILE plan.
func profileTree(p neo4j.ProfiledPlan) planTree {
	details, _ := p.Arguments()["Details"].(string)
	t := planTree{op: p.Operator(), details: details}
	for _, c := range p.Children() {
		t.children = append(t.children, profileTree(c))
	}
	return t
}

// scans returns the operators of plan that forbidden names, with their
// details.
func scans(plan planTree) []string {
	var bad []string
	if forbidden(plan.op, plan.details) {
		bad = append(bad, plan.op+" "+plan.details)
	}
	for _, c := range plan.children {
		bad = append(bad, scans(c)...)
	}
	return bad
}

// leaves returns the distinct operators that start plan's branches.
func leaves(plan neo4j.ProfiledPlan) []string {
	var out []string
	walkPlan(plan, func(p neo4j.ProfiledPlan) {
		op, _, _ := strings.Cut(p.Operator(), "@")
		if len(p.Children()) == 0 && !slices.Contains(out, op) {
			out = append(out, op)
		}
	})
	return out
}

func walkPlan(p neo4j.ProfiledPlan, f func(neo4j.ProfiledPlan)) {
	f(p)
	for _, c := range p.Children() {
		walkPlan(c, f)
	}
}
