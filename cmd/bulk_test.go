package cmd

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportNeo4jAdminFiles: export --format neo4j-admin extracts articles
// without a database and writes the import files with their headers.
func TestExportNeo4jAdminFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "import")
	code, _, errOut := runCLI(t, context.Background(), nil, "", nil,
		"export", "--format", "neo4j-admin", "--published", "2016-10-16", "--out", dir, examples)
	if code != ExitOK {
		t.Fatalf("export --format neo4j-admin: exit %d; %s", code, errOut)
	}
	for _, want := range []string{" articles read, 0 skipped, 0 failed", "load them into an EMPTY database", "--overwrite-destination"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
	for name, head := range map[string]string{
		"nodes-Article.csv":          "id:ID,:LABEL,",
		"nodes-Country.csv":          "id:ID,:LABEL,name,aliases:string[]",
		"relationships.csv":          ":START_ID,:END_ID,:TYPE,date:date,",
		"relationships-MENTIONS.csv": ":START_ID,:END_ID,:TYPE,count:long",
	} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if lines := strings.Count(string(b), "\n"); !strings.HasPrefix(string(b), head) || lines < 3 {
			t.Errorf("%s: %d lines, starts %.80q; want the header %q and rows", name, lines, b, head)
		}
	}
}
