package cmd

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func TestLoadConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(file, []byte(`neo4j:
  uri: bolt://file:7687
  user: fileuser
  password: filepass
load:
  batch_size: 7
ingest:
  workers: 3
  published: 1 October 2016
extract:
  dictionaries: [a.yaml, b.yaml]
`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		file  string
		env   map[string]string
		flags []string
		check func(c Config) (got, want any)
	}{
		{name: "defaults", check: func(c Config) (any, any) {
			return []any{c.Neo4j.URI, c.Neo4j.User, c.Neo4j.Password, c.Neo4j.Database, c.Load.BatchSize, c.Ingest.Workers, c.Ingest.Published},
				[]any{"bolt://127.0.0.1:7687", "neo4j", "actorgraph-dev", "neo4j", 500, runtime.NumCPU(), ""}
		}},
		{name: "file over default", file: file, check: func(c Config) (any, any) {
			return []any{c.Neo4j.URI, c.Neo4j.User, c.Load.BatchSize, c.Ingest.Workers, c.Ingest.Published, c.Extract.Dictionaries, c.Neo4j.Database},
				[]any{"bolt://file:7687", "fileuser", 7, 3, "2016-10-01", []string{"a.yaml", "b.yaml"}, "neo4j"}
		}},
		{name: "NEO4J_* over file", file: file,
			env: map[string]string{"NEO4J_URI": "neo4j+s://std.example:7687", "NEO4J_USERNAME": "stduser", "NEO4J_PASSWORD": "stdpass"},
			check: func(c Config) (any, any) {
				return []any{c.Neo4j.URI, c.Neo4j.User, c.Neo4j.Password}, []any{"neo4j+s://std.example:7687", "stduser", "stdpass"}
			}},
		{name: "ACTORGRAPH_* over NEO4J_*", file: file,
			env: map[string]string{"NEO4J_URI": "bolt://std:1", "ACTORGRAPH_NEO4J_URI": "bolt://ag:2",
				"NEO4J_PASSWORD": "stdpass", "ACTORGRAPH_NEO4J_PASSWORD": "agpass", "ACTORGRAPH_LOAD_BATCH_SIZE": "9",
				"ACTORGRAPH_INGEST_PUBLISHED": "October 2, 2016", "ACTORGRAPH_EXTRACT_DICTIONARIES": "x.yaml,y.yaml"},
			check: func(c Config) (any, any) {
				return []any{c.Neo4j.URI, c.Neo4j.Password, c.Load.BatchSize, c.Ingest.Published, c.Extract.Dictionaries},
					[]any{"bolt://ag:2", "agpass", 9, "2016-10-02", []string{"x.yaml", "y.yaml"}}
			}},
		{name: "flag over ACTORGRAPH_*", file: file,
			env:   map[string]string{"ACTORGRAPH_NEO4J_URI": "bolt://ag:2", "ACTORGRAPH_INGEST_WORKERS": "5", "ACTORGRAPH_LOAD_BATCH_SIZE": "9"},
			flags: []string{"--neo4j-uri", "bolt://flag:3", "--workers", "2", "--dictionary", "f.yaml", "--published", "2016-10-03"},
			check: func(c Config) (any, any) {
				return []any{c.Neo4j.URI, c.Ingest.Workers, c.Load.BatchSize, c.Extract.Dictionaries, c.Ingest.Published},
					[]any{"bolt://flag:3", 2, 9, []string{"f.yaml"}, "2016-10-03"}
			}},
		{name: "max article bytes default", check: func(c Config) (any, any) { return c.Ingest.MaxArticleBytes, 2 << 20 }},
		{name: "max article bytes from env", env: map[string]string{"ACTORGRAPH_INGEST_MAX_ARTICLE_BYTES": "2048"},
			check: func(c Config) (any, any) { return c.Ingest.MaxArticleBytes, 2048 }},
		{name: "max article bytes flag over env", env: map[string]string{"ACTORGRAPH_INGEST_MAX_ARTICLE_BYTES": "2048"},
			flags: []string{"--max-article-bytes", "4096"},
			check: func(c Config) (any, any) { return c.Ingest.MaxArticleBytes, 4096 }},
		{name: "unset flag keeps lower layers", file: file, flags: []string{},
			check: func(c Config) (any, any) { return c.Neo4j.URI, "bolt://file:7687" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := testFlags()
			if err := fs.Parse(tt.flags); err != nil {
				t.Fatal(err)
			}
			c, err := loadConfig(tt.file, mapEnv(tt.env), fs, flagKeys)
			if err != nil {
				t.Fatalf("loadConfig(%q, %v, %v): %v", tt.file, tt.env, tt.flags, err)
			}
			if got, want := tt.check(c); !reflect.DeepEqual(got, want) {
				t.Errorf("loadConfig(%q, %v, %v) = %v, want %v", tt.file, tt.env, tt.flags, got, want)
			}
		})
	}
}

func TestLoadConfigErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("neo4j: [unclosed\n"), 0o644)
	tests := []struct {
		name string
		file string
		env  map[string]string
		want string
	}{
		{"missing file", filepath.Join(dir, "nope.yaml"), nil, "nope.yaml: not found"},
		{"bad yaml", bad, nil, "read config file"},
		{"bad scheme", "", map[string]string{"ACTORGRAPH_NEO4J_URI": "http://x:7474"}, `scheme "http"`},
		{"no host", "", map[string]string{"NEO4J_URI": "bolt://"}, "not a URI"},
		{"batch size", "", map[string]string{"ACTORGRAPH_LOAD_BATCH_SIZE": "0"}, "load.batch_size: 0"},
		{"workers", "", map[string]string{"ACTORGRAPH_INGEST_WORKERS": "-1"}, "ingest.workers: -1"},
		{"not a number", "", map[string]string{"ACTORGRAPH_INGEST_WORKERS": "many"}, "config:"},
		{"date", "", map[string]string{"ACTORGRAPH_INGEST_PUBLISHED": "yesterday"}, "ingest.published: unrecognised date"},
		{"article size too small", "", map[string]string{"ACTORGRAPH_INGEST_MAX_ARTICLE_BYTES": "10"}, "ingest.max_article_bytes: 10 is not between 1024 and"},
		{"article size too large", "", map[string]string{"ACTORGRAPH_INGEST_MAX_ARTICLE_BYTES": "1000000000"}, "ingest.max_article_bytes: 1000000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadConfig(tt.file, mapEnv(tt.env), testFlags(), flagKeys)
			var ue *usageError
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.As(err, &ue) {
				t.Errorf("loadConfig(%q, %v) = %v, want a usage error containing %q", tt.file, tt.env, err, tt.want)
			}
		})
	}
}

func testFlags() *pflag.FlagSet {
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.String("neo4j-uri", "", "")
	fs.String("neo4j-user", "", "")
	fs.String("neo4j-database", "", "")
	fs.Int("workers", 0, "")
	fs.Int("batch-size", 0, "")
	fs.String("published", "", "")
	fs.Int("max-article-bytes", 0, "")
	fs.StringSlice("dictionary", nil, "")
	return fs
}

func mapEnv(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}
