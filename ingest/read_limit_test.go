package ingest

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestReadMaxArticleBytes: an article over the limit is a ReadError naming
// the file and line; the articles around it are still read.
func TestReadMaxArticleBytes(t *testing.T) {
	long := strings.Repeat("Sylvania met Freedonia. ", 10) // 240 bytes
	small := `{"title":"S","text":"Ruritania met Sylvania."}`
	big := `{"title":"B","text":"` + long + `"}`
	tests := []struct {
		name, file, data string
		wantErr          string
		wantRead         int
	}{
		{"jsonl line", "feed.jsonl", small + "\n" + big + "\n" + small + "\n",
			"feed.jsonl:2: article too large: line of 263 bytes, more than the maximum article size of 200 bytes (ingest.max_article_bytes)", 2},
		{"jsonl last line without newline", "feed.jsonl", small + "\n" + big, "feed.jsonl:2: article too large: line of 263", 1},
		{"json array element", "feed.json", "[\n" + small + ",\n" + big + "\n]", "feed.json:3: element 2: article too large", 1},
		{"json object", "one.json", big, "one.json: article too large", 0},
		{"text file", "long.txt", "Title\n\n" + long, "long.txt: article too large: article larger than 200 bytes", 0},
		{"html file", "long.html", "<title>T</title><p>" + long + "</p>", "long.html: article too large", 0},
		{"at the limit", "ok.jsonl", small + "\n", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var errs []error
			read := 0
			err := Reader{MaxArticleBytes: 200}.ReadFile(path, func(a Article, err error) error {
				if err != nil {
					errs = append(errs, err)
				} else {
					read++
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if read != tt.wantRead {
				t.Errorf("read %d articles, want %d (errors %v)", read, tt.wantRead, errs)
			}
			if tt.wantErr == "" {
				if len(errs) > 0 {
					t.Errorf("errors %v, want none", errs)
				}
				return
			}
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.wantErr) || !errors.Is(errs[0], ErrTooBig) {
				t.Errorf("errors %v, want one ErrTooBig containing %q", errs, tt.wantErr)
			}
		})
	}
}

// repeatReader yields n bytes of b.
type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := range p[:k] {
		p[i] = r.b
	}
	r.n -= k
	return k, nil
}

// TestReadLongLineBoundedMemory: a 50 MB JSONL line is refused without being
// held in memory, and the next line is read.
func TestReadLongLineBoundedMemory(t *testing.T) {
	in := io.MultiReader(strings.NewReader(`{"title":"Huge","text":"`), &repeatReader{'a', 50 << 20},
		strings.NewReader("\"}\n"+`{"title":"After","text":"Sylvania met Freedonia."}`+"\n"))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var titles, errs []string
	err := Read(in, "big.jsonl", FormatJSONL, func(a Article, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
		} else {
			titles = append(titles, a.Title)
		}
		return nil
	})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "big.jsonl:1: article too large: line of 52428826 bytes") {
		t.Errorf("errors = %q, want line 1 too large", errs)
	}
	if strings.Join(titles, ",") != "After" {
		t.Errorf("titles = %q, want the line after the long one", titles)
	}
	// The buffer grows to the limit and is dropped: far less than the line.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8*DefaultMaxArticleBytes {
		t.Errorf("reading a 50 MB line allocated %d bytes, want at most %d", alloc, 8*DefaultMaxArticleBytes)
	}
}
