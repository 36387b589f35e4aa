package ingest

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// finderCase is the example of one argument finder in
// testdata/finders.txtar: a sentence and the relation it must give with
// the finder among the relation's finders, or, with absent, the relation
// the finder keeps out (and that appears without the finder).
type finderCase struct {
	text          string
	typ, from, to string
	absent        bool
}

// TestFinders runs the example of every argument finder as a subtest named
// by its id, and its further cases ("-- id/name --") as subtests of it.
// The example must be the one the finder's doc carries. A case listed in
// testdata/finders_known_failures.txt is skipped while it fails and fails
// once it passes (remove it from the list then).
func TestFinders(t *testing.T) {
	cases := readFinderCases(t, "testdata/finders.txtar")
	known := readKnownFailures(t, "testdata/finders_known_failures.txt")
	docs := relaterDocs(t)
	p := testPipeline(t)
	ids := map[string]bool{}
	for _, f := range append(append([]finder{}, argFinders...), closingFinders...) {
		ids[f.id] = true
		t.Run(f.id, func(t *testing.T) {
			c, ok := cases[f.id]
			if !ok {
				t.Fatalf("finder %s has no example in testdata/finders.txtar", f.id)
			}
			name := runtime.FuncForPC(reflect.ValueOf(f.find).Pointer()).Name()
			name = name[strings.LastIndex(name, ".")+1:]
			if doc := strings.Join(strings.Fields(docs[name]), " "); !strings.Contains(doc, c.text) {
				t.Errorf("the doc of %s does not carry the example %q", name, c.text)
			}
			for _, key := range sortedKeys(cases) {
				if _, sub, ok := strings.Cut(key, "/"); ok && strings.HasPrefix(key, f.id+"/") {
					t.Run(sub, func(t *testing.T) { cases[key].verdict(t, p, f.id, known[key] != "") })
				}
			}
			c.verdict(t, p, f.id, known[f.id] != "")
		})
	}
	for id := range cases {
		if base, _, _ := strings.Cut(id, "/"); !ids[base] {
			t.Errorf("testdata/finders.txtar: %s is no finder", id)
		}
	}
	for id := range known {
		if _, ok := cases[id]; !ok {
			t.Errorf("testdata/finders_known_failures.txt: %s is no case", id)
		}
	}
}

// verdict checks c for finder id; a known failure must fail.
func (c finderCase) verdict(t *testing.T, p *Pipeline, id string, known bool) {
	t.Helper()
	err := c.check(p, id)
	switch {
	case known && err == nil:
		t.Errorf("known failure passes now: remove it from testdata/finders_known_failures.txt")
	case known:
		t.Skipf("known failure: %v", err)
	case err != nil:
		t.Error(err)
	}
}

func sortedKeys(m map[string]finderCase) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// check runs the example: the relation with id among its finders, or for
// an absent one, no such relation with the full table and one without the
// finder id. It swaps the package's finder tables for that run, so the
// tests of this package must not run in parallel with it.
func (c finderCase) check(p *Pipeline, id string) error {
	got, finders := c.run(p)
	if !c.absent {
		if got && !strings.Contains(" "+finders+" ", " "+id+" ") {
			return fmt.Errorf("%q gave %s %s -> %s by finders [%s], not by %s", c.text, c.typ, c.from, c.to, finders, id)
		}
		if !got {
			return fmt.Errorf("%q did not give %s %s -> %s", c.text, c.typ, c.from, c.to)
		}
		return nil
	}
	if got {
		return fmt.Errorf("%q gave %s %s -> %s (finders [%s])", c.text, c.typ, c.from, c.to, finders)
	}
	args, closing := argFinders, closingFinders
	argFinders, closingFinders = withoutFinder(args, id), withoutFinder(closing, id)
	got, _ = c.run(p)
	argFinders, closingFinders = args, closing
	if !got {
		return fmt.Errorf("%q does not give %s %s -> %s without %s either: the example does not show what it keeps out", c.text, c.typ, c.from, c.to, id)
	}
	return nil
}

// run extracts c's text and reports whether it gave c's relation, with the
// finders of the relation.
func (c finderCase) run(p *Pipeline) (bool, string) {
	d := p.Analyze(Article{Title: "Test", Text: c.text, Published: "2020-06-10"})
	for _, r := range d.Relations {
		if r.From == nil || r.To == nil || r.From.Count == 0 || r.To.Count == 0 || r.From == r.To {
			continue // as Graph leaves them out
		}
		if string(r.Type) == c.typ && r.From.Name == c.from && r.To.Name == c.to {
			return true, strings.Join(r.Finders, " ")
		}
	}
	return false, ""
}

func withoutFinder(table []finder, id string) []finder {
	var out []finder
	for _, f := range table {
		if f.id != id {
			out = append(out, f)
		}
	}
	return out
}

// readFinderCases reads a txtar file of sections "-- id --", each a
// sentence line and a "[!]TYPE From -> To" line; "#" lines before the
// first section are comments.
func readFinderCases(t *testing.T, path string) map[string]finderCase {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]finderCase{}
	id := ""
	var lines []string
	flush := func() {
		if id == "" {
			return
		}
		if len(lines) != 2 {
			t.Fatalf("%s: %s: want a sentence and a relation line, have %q", path, id, lines)
		}
		c := finderCase{text: lines[0]}
		rel := lines[1]
		c.absent = strings.HasPrefix(rel, "!")
		typ, ends, _ := strings.Cut(strings.TrimPrefix(rel, "!"), " ")
		from, to, ok := strings.Cut(ends, " -> ")
		if !ok {
			t.Fatalf("%s: %s: relation %q is not TYPE From -> To", path, id, rel)
		}
		c.typ, c.from, c.to = typ, from, to
		if _, dup := cases[id]; dup {
			t.Fatalf("%s: %s twice", path, id)
		}
		cases[id] = c
	}
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --") {
			flush()
			id, lines = strings.TrimSuffix(strings.TrimPrefix(line, "-- "), " --"), nil
			continue
		}
		if line = strings.TrimSpace(line); line != "" && id != "" {
			lines = append(lines, line)
		}
	}
	flush()
	return cases
}

// readKnownFailures reads a list of cases that fail today: one id a line,
// then the reason, after white space or a "#"; a line that starts with "#"
// is a comment. An id with no reason is an error.
func readKnownFailures(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, reason, _ := strings.Cut(strings.Join(strings.Fields(line), " "), " ")
		if reason = strings.TrimSpace(strings.TrimPrefix(reason, "#")); reason == "" {
			t.Errorf("%s: %s has no reason", path, id)
		}
		out[id] = reason
	}
	return out
}

// relaterDocs returns the doc comments of the package's functions by name.
func relaterDocs(t *testing.T) map[string]string {
	t.Helper()
	docs := map[string]string{}
	for _, f := range packageFiles(t) {
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Doc != nil {
				docs[fn.Name.Name] = fn.Doc.Text()
			}
		}
	}
	return docs
}

// packageFiles parses the package's Go files but its tests, with their
// comments.
func packageFiles(t *testing.T) []*ast.File {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	fset := token.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}
