package ingest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Layout limits for the non-test Go files of this package (issue 6): a
// file longer than maxFileLines or a function longer than maxFuncLines is
// a sign that a stage or a pass wants its own file or its own helpers.
const (
	maxFileLines = 600
	maxFuncLines = 80
)

// TestLayout fails when a non-test Go file of ingest exceeds maxFileLines
// lines or one of its functions exceeds maxFuncLines lines (from the func
// keyword to the closing brace).
func TestLayout(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(src), "\n"); n > maxFileLines {
			t.Errorf("%s: %d lines, more than %d", name, n, maxFileLines)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			lines := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
			if lines > maxFuncLines {
				t.Errorf("%s: func %s: %d lines, more than %d", name, fn.Name.Name, lines, maxFuncLines)
			}
		}
	}
}
