// Package testdb is the one place where the integration tests of graph,
// cmd and queries learn which Neo4j they may write to, and the helpers they
// share to read it back.
//
// The tests run when ACTORGRAPH_NEO4J_TEST is set (`make test` sets it) and
// write to the database named by their own variables only:
//
//	ACTORGRAPH_TEST_NEO4J_URI       default bolt://127.0.0.1:7687 (the local server)
//	ACTORGRAPH_TEST_NEO4J_USER      default neo4j
//	ACTORGRAPH_TEST_NEO4J_PASSWORD  default actorgraph-dev (the local server's)
//	ACTORGRAPH_TEST_NEO4J_DATABASE  default neo4j
//
// The variables a user sets for real work (NEO4J_URI, NEO4J_PASSWORD,
// ACTORGRAPH_NEO4J_URI, ...) are never read, so `make test` cannot write into
// the database they point at: the URI is the loopback default unless
// ACTORGRAPH_TEST_NEO4J_URI itself names another server.
package testdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The variables the tests read.
const (
	EnvEnable   = "ACTORGRAPH_NEO4J_TEST"
	EnvURI      = "ACTORGRAPH_TEST_NEO4J_URI"
	EnvUser     = "ACTORGRAPH_TEST_NEO4J_USER"
	EnvPassword = "ACTORGRAPH_TEST_NEO4J_PASSWORD"
	EnvDatabase = "ACTORGRAPH_TEST_NEO4J_DATABASE"
)

// DefaultURI is the local server that `make neo4j-start` runs.
const DefaultURI = "bolt://127.0.0.1:7687"

// Config names the test database.
type Config struct {
	URI, User, Password, Database string
}

// FromEnv returns the test database named by getenv: only the variables
// above are read, so a server other than the local one (any host that is not
// Loopback) can only come from ACTORGRAPH_TEST_NEO4J_URI itself.
func FromEnv(getenv func(string) string) (Config, error) {
	or := func(k, def string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return def
	}
	c := Config{URI: or(EnvURI, DefaultURI), User: or(EnvUser, "neo4j"),
		Password: or(EnvPassword, "actorgraph-dev"), Database: or(EnvDatabase, "neo4j")}
	u, err := url.Parse(c.URI)
	if err != nil || u.Host == "" {
		return Config{}, fmt.Errorf("%s=%q is not a Neo4j URI such as %s", EnvURI, c.URI, DefaultURI)
	}
	return c, nil
}

// Loopback reports whether host names this machine.
func Loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Get returns the test database, skipping the test unless
// ACTORGRAPH_NEO4J_TEST is set and failing it when the variables are wrong.
func Get(t testing.TB) Config {
	t.Helper()
	if os.Getenv(EnvEnable) == "" {
		t.Skip("integration: run `make test` (starts the local Neo4j) or set " + EnvEnable + "=1")
	}
	c, err := FromEnv(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	if u, _ := url.Parse(c.URI); !Loopback(u.Hostname()) {
		t.Logf("integration tests write to %s, given in %s", c.URI, EnvURI)
	}
	return c
}

// Driver returns a verified driver for the test database, closed when the
// test ends; it skips the test as Get does.
func Driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	return Open(t, Get(t))
}

// Open returns a verified driver for c, closed when the test ends.
func Open(t testing.TB, c Config) neo4j.DriverWithContext {
	t.Helper()
	d, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("integration test needs Neo4j at %s (start the local one with `make neo4j-start`, or set %s): %v",
			c.URI, EnvURI, err)
	}
	return d
}

// Query runs cypher on the test database and returns its records as maps.
func Query(t testing.TB, d neo4j.DriverWithContext, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(Get(t).Database))
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	var out []map[string]any
	for _, r := range res.Records {
		out = append(out, r.AsMap())
	}
	return out
}

// Namespace returns a fresh id namespace, prefix and 8 hex digits, and
// deletes the nodes whose id carries it ("person:<ns>-x") when the test ends.
// Tests that write only such ids may share the database.
func Namespace(t testing.TB, d neo4j.DriverWithContext, prefix string) string {
	t.Helper()
	b := make([]byte, 4)
	rand.Read(b)
	ns := prefix + hex.EncodeToString(b)
	t.Cleanup(func() {
		_, err := neo4j.ExecuteQuery(context.Background(), d,
			`MATCH (n) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $ns + '-' DETACH DELETE n`,
			map[string]any{"ns": ns}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(Get(t).Database))
		if err != nil {
			t.Errorf("delete test nodes of %s: %v", ns, err)
		}
	})
	return ns
}
