package cmd

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// TestExtractJSONL checks that extract --format jsonl writes one line per
// article, in input order, each the extraction JSON of that article alone.
func TestExtractJSONL(t *testing.T) {
	const published = "2016-10-12"
	code, out, errOut := runCLI(t, context.Background(), nil, "", nil,
		"extract", "--format", "jsonl", "--published", published, examples)
	if code != ExitOK {
		t.Fatalf("extract --format jsonl exit %d, stderr %s", code, errOut)
	}
	p, err := ingest.NewPipeline(ingest.Options{Published: published})
	if err != nil {
		t.Fatal(err)
	}
	var want []graph.Extraction
	err = ingest.ReadPaths([]string{examples}, nil, func(a ingest.Article, err error) error {
		if err == nil {
			want = append(want, p.Extract(a).Extraction())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 16<<20)
	n := 0
	for ; sc.Scan(); n++ {
		var x graph.Extraction
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			t.Fatalf("line %d is not extraction JSON: %v", n+1, err)
		}
		if len(x.Articles) != 1 {
			t.Fatalf("line %d holds %d articles, want 1", n+1, len(x.Articles))
		}
		if n < len(want) && !sameJSON(t, sc.Bytes(), want[n]) {
			t.Errorf("line %d (%s) differs from the extraction of that article alone", n+1, x.Articles[0].ID)
		}
		if _, err := graph.ReadJSON(strings.NewReader(sc.Text())); err != nil {
			t.Errorf("graph.ReadJSON(line %d): %v", n+1, err)
		}
	}
	if n != len(want) || n < 6 {
		t.Errorf("extract --format jsonl wrote %d lines, want one per article (%d)", n, len(want))
	}
	if !strings.Contains(errOut, fmt.Sprintf("extract: %d articles read, 0 skipped, 0 failed", len(want))) {
		t.Errorf("extract --format jsonl stderr = %q, want the summary", errOut)
	}
}

// sameJSON reports whether line and the JSON of x decode to the same value.
func sameJSON(t *testing.T, line []byte, x graph.Extraction) bool {
	t.Helper()
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	var got, want any
	if err := json.Unmarshal(line, &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(got, want)
}
