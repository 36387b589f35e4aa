package cmd

import (
	"context"
	"net/url"
	"strings"
	"testing"
)

// TestServerMisconfigurations runs against the real Neo4j: an unknown
// database lists the ones that exist; a TLS scheme against the plain local
// server says to drop the +s.
func TestServerMisconfigurations(t *testing.T) {
	env := integrationEnv(t)
	c, err := loadConfig("", mapEnv(env), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(c.Neo4j.URI)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "bolt" && u.Scheme != "neo4j" {
		t.Skipf("the test server %s uses TLS", c.Neo4j.URI)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown database", []string{"query", "meetings", "--neo4j-database", "no-such-db"},
			`has no database "no-such-db" (it has neo4j, system): set --neo4j-database or ACTORGRAPH_NEO4J_DATABASE to one that exists.`},
		{"unknown database on ingest", []string{"ingest", "--neo4j-database", "no-such-db", examples},
			`has no database "no-such-db" (it has neo4j, system)`},
		{"TLS against a plain server", []string{"schema", "apply", "--neo4j-uri", "neo4j+s://" + u.Host},
			"actorgraph: Neo4j at neo4j+s://" + u.Host + " does not answer TLS: for a server without encryption, such as the local one, use neo4j://" + u.Host + " or bolt://" + u.Host + " instead."},
		{"self-signed TLS against a plain server", []string{"schema", "apply", "--neo4j-uri", "bolt+ssc://" + u.Host},
			"use bolt://" + u.Host + " instead."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, context.Background(), nil, "", env, tt.args...)
			if code != ExitUsage || !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and one line containing %q", code, out, errOut, ExitUsage, tt.want)
			}
		})
	}
}
