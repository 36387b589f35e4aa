package testdb

import (
	"strings"
	"testing"
)

// userEnv is what a user of Aura exports for real work (README): none of it
// may reach the tests.
var userEnv = map[string]string{
	"NEO4J_URI":                 "bolt://unreachable.example:7687",
	"NEO4J_USERNAME":            "someone",
	"NEO4J_PASSWORD":            "their-password",
	"ACTORGRAPH_NEO4J_URI":      "neo4j+s://unreachable.example",
	"ACTORGRAPH_NEO4J_USER":     "someone",
	"ACTORGRAPH_NEO4J_PASSWORD": "their-password",
	"ACTORGRAPH_NEO4J_DATABASE": "production",
}

func TestFromEnv(t *testing.T) {
	local := Config{URI: DefaultURI, User: "neo4j", Password: "actorgraph-dev", Database: "neo4j"}
	tests := []struct {
		name string
		env  map[string]string
		want Config
		err  string
	}{
		{"nothing set", nil, local, ""},
		{"the user's variables are ignored", userEnv, local, ""},
		{"own variables", map[string]string{EnvURI: "bolt://localhost:7688", EnvUser: "u", EnvPassword: "p", EnvDatabase: "d"},
			Config{URI: "bolt://localhost:7688", User: "u", Password: "p", Database: "d"}, ""},
		{"a remote server given explicitly", map[string]string{EnvURI: "neo4j+s://test.example"},
			Config{URI: "neo4j+s://test.example", User: "neo4j", Password: "actorgraph-dev", Database: "neo4j"}, ""},
		{"not a URI", map[string]string{EnvURI: "127.0.0.1"}, Config{}, "is not a Neo4j URI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range userEnv {
				env[k] = v
			}
			for k, v := range tt.env {
				env[k] = v
			}
			got, err := FromEnv(func(k string) string { return env[k] })
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("FromEnv = %+v, %v; want an error containing %q", got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("FromEnv = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestLoopback(t *testing.T) {
	for host, want := range map[string]bool{"127.0.0.1": true, "localhost": true, "::1": true, "127.3.2.1": true,
		"unreachable.example": false, "10.0.0.1": false, "": false} {
		if got := Loopback(host); got != want {
			t.Errorf("Loopback(%q) = %v, want %v", host, got, want)
		}
	}
}

// TestUserVariablesIgnored runs against the test database with the user's
// variables pointing at a host that does not exist: the driver must still
// reach the test database.
func TestUserVariablesIgnored(t *testing.T) {
	for k, v := range userEnv {
		t.Setenv(k, v)
	}
	d := Driver(t)
	if rows := Query(t, d, "RETURN 1 AS one", nil); len(rows) != 1 || rows[0]["one"] != int64(1) {
		t.Errorf("RETURN 1 = %v", rows)
	}
}
