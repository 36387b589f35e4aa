package ingest

import (
	"encoding/json"
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
		{"html text", "long.html", "<title>T</title><p>" + long + "</p>", "long.html: article too large: article text of 239 bytes, more than the maximum article size of 200 bytes", 0},
		{"html markup", "ads.html", "<title>T</title><script>" + strings.Repeat("x", 700) + "</script><p>Sylvania met Freedonia.</p>", "", 1},
		{"html page", "huge.html", "<title>T</title><script>" + strings.Repeat("x", 900) + "</script><p>Sylvania met Freedonia.</p>",
			"huge.html: article too large: HTML page larger than 800 bytes, four times the maximum article size", 0},
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

// TestReadJSONArray: the elements of a JSON array are cut out in place;
// brackets and quotes inside strings do not end them, and a syntax error
// names its line and stops the file.
func TestReadJSONArray(t *testing.T) {
	tests := []struct {
		name, in string
		titles   string
		errs     []string
	}{
		{"nested and escaped", "[\n{\"title\":\"A [x] {y}\",\"text\":\"Sylvania met \\\"Freedonia\\\" ]}.\",\"tags\":[[1],{\"k\":\"]\"}]},\n{\"title\":\"B\",\"text\":\"Ruritania met Sylvania.\"}\n]",
			"A [x] {y},B", nil},
		{"bare literals", `[1, "two", null, {"title":"C","text":"Ruritania spoke."}, true]`, "C",
			[]string{"x.json:1: element 1: want an article object, got \"1\"", "element 2: want an article object, got \"\\\"two\\\"\"",
				"element 3: want an article object, got \"null\"", "element 5: want an article object, got \"true\""}},
		{"empty", "[ ]", "", []string{"x.json: empty file: empty JSON array"}},
		{"malformed element", "[\n{\"title\":\"A\",\"text\":\"Sylvania met Freedonia.\"},\n{\"title\": \"B\", \"text\": }\n]", "A",
			[]string{"x.json:3: malformed JSON: invalid character '}' looking for beginning of value"}},
		{"missing comma", "[\n{\"title\":\"A\",\"text\":\"x.\"}\n{\"title\":\"B\",\"text\":\"y.\"}]", "A",
			[]string{"x.json:3: malformed JSON: want ',' or ']' after an array element"}},
		{"unterminated", "[\n{\"title\":\"A\",\"text\":\"x.\"},\n{\"title\":\"B\"", "A", []string{"x.json:3: malformed JSON: unexpected end of JSON input"}},
		{"no closing bracket", "[{\"title\":\"A\",\"text\":\"x.\"}", "A", []string{"x.json:1: malformed JSON: want ',' or ']'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var titles, errs []string
			err := Read(strings.NewReader(tt.in), "x.json", FormatJSON, func(a Article, err error) error {
				if err != nil {
					errs = append(errs, err.Error())
				} else {
					titles = append(titles, a.Title)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(titles, ","); got != tt.titles {
				t.Errorf("titles = %q, want %q", got, tt.titles)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors = %q, want %d like %q", errs, len(tt.errs), tt.errs)
			}
			for i, want := range tt.errs {
				if !strings.Contains(errs[i], want) {
					t.Errorf("error %d = %q, want %q", i, errs[i], want)
				}
			}
		})
	}
}

// TestReadBigJSONFileMemory: a JSON file is not copied element by element:
// reading a 40 MB one-element array allocates little more than the file.
func TestReadBigJSONFileMemory(t *testing.T) {
	in := io.MultiReader(strings.NewReader(`[{"title":"Huge","text":"`), &repeatReader{'a', 40 << 20}, strings.NewReader(`"}]`))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var errs []string
	Read(in, "big.json", FormatJSON, func(a Article, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
		}
		return nil
	})
	runtime.ReadMemStats(&after)
	if len(errs) != 1 || !strings.Contains(errs[0], "big.json:1: element 1: article too large") {
		t.Errorf("errors = %q, want element 1 too large", errs)
	}
	// io.ReadAll's growing buffer costs about twice the file; a decoder's
	// copies would add two more files' worth.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 3*(40<<20) {
		t.Errorf("reading a 40 MB JSON file allocated %d MB, want at most 120", alloc>>20)
	}
}

// TestValueEndMatchesDecoder: on valid arrays the in-place cut gives the
// elements encoding/json gives.
func TestValueEndMatchesDecoder(t *testing.T) {
	for _, in := range []string{
		`[1,2.5e3,-0,true,false,null]`,
		`[ "a\"]", "\\", "\\\"", "}{][" ]`,
		`[{"a":[1,{"b":"]}"}]},[[],[{}]],{}]`,
		"[\n\t{\"t\": \"\\u005d\"} ,\r\n\"x\"\n]",
		`[[["deep"]]]`,
	} {
		var want []json.RawMessage
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		data := []byte(in)
		var got []string
		for i := skipSpace(data, 1); i < len(data) && data[i] != ']'; {
			end := valueEnd(data, i)
			if end < 0 {
				t.Fatalf("%s: no end for the value at %d", in, i)
			}
			got = append(got, string(data[i:end]))
			if i = skipSpace(data, end); i < len(data) && data[i] == ',' {
				i = skipSpace(data, i+1)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%s: cut %q, want %d elements", in, got, len(want))
		}
		for k := range want {
			if got[k] != string(want[k]) {
				t.Errorf("%s: element %d = %s, want %s", in, k, got[k], want[k])
			}
		}
	}
}
