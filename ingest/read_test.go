package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readResult is one article or one bad input, as written to golden files.
type readResult struct {
	Article *Article `json:"article,omitempty"`
	Error   string   `json:"error,omitempty"`
}

func collect(t *testing.T, read func(Yield) error) []readResult {
	t.Helper()
	var out []readResult
	err := read(func(a Article, err error) error {
		if err != nil {
			var re *ReadError
			if !errors.As(err, &re) {
				t.Errorf("yielded error %v is not a *ReadError", err)
			}
			out = append(out, readResult{Error: filepath.ToSlash(err.Error())})
			return nil
		}
		a.Path = filepath.ToSlash(a.Path)
		out = append(out, readResult{Article: &a})
		return nil
	})
	if err != nil {
		t.Fatalf("read returned %v", err)
	}
	return out
}

func TestReadFileGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "read", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			got := collect(t, func(y Yield) error { return ReadFile(path, y) })
			for _, r := range got {
				if r.Article != nil {
					checkArticle(t, *r.Article)
				}
			}
			data, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			data = append(data, '\n')
			golden := path + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, data, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run go test ./ingest -update to create it): %v", err)
			}
			if !bytes.Equal(data, want) {
				t.Errorf("ReadFile(%s) =\n%s\nwant\n%s", path, data, want)
			}
		})
	}
	if n < 6 {
		t.Errorf("found %d reader cases in testdata/read, want at least 6", n)
	}
}

// checkArticle checks the invariants every article read satisfies.
func checkArticle(t *testing.T, a Article) {
	t.Helper()
	for name, s := range map[string]string{"id": a.ID, "title": a.Title, "text": a.Text,
		"url": a.URL, "source": a.Source, "published": a.Published} {
		if !utf8.ValidString(s) {
			t.Errorf("article %s:%d: %s is not valid UTF-8: %q", a.Path, a.Line, name, s)
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		t.Errorf("article %s:%d has no text", a.Path, a.Line)
	}
	if a.Published != "" && len(a.Published) != len("2006-01-02") {
		t.Errorf("article %s:%d: published %q is not YYYY-MM-DD", a.Path, a.Line, a.Published)
	}
}

func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name     string
		file     string
		data     []byte
		wantErr  []string // substrings of the messages, in order
		wantRead int
		is       error
	}{
		{name: "binary", file: "image.txt", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
			wantErr: []string{"image.txt: not a text file: binary content"}, is: ErrNotText},
		{name: "invalid utf-8", file: "latin1.txt", data: []byte("Title\n\nCaf\xe9 talks in Paris.\n"),
			wantErr: []string{"latin1.txt: not a text file: invalid UTF-8 at byte 10 (line 3)"}, is: ErrNotText},
		{name: "empty", file: "empty.md", data: nil, wantErr: []string{"empty.md: empty file"}, is: ErrEmpty},
		{name: "blank", file: "blank.txt", data: []byte(" \n\n\t\n"), wantErr: []string{"blank.txt: empty file"}, is: ErrEmpty},
		{name: "title only", file: "title.txt", data: []byte("Only a title\n"), wantErr: []string{"title.txt: article has no text"}, is: ErrNoText},
		{name: "empty jsonl", file: "empty.jsonl", data: []byte("\n\n"), wantErr: []string{"empty.jsonl: empty file"}, is: ErrEmpty},
		{name: "jsonl line 3 malformed", file: "feed.jsonl",
			data:    []byte(`{"title":"a","text":"A met B."}` + "\n" + `{"title":"b","text":"C met D."}` + "\n" + `{"title": "c", "text": ` + "\n" + `{"title":"d","text":"E met F."}` + "\n"),
			wantErr: []string{"feed.jsonl:3: malformed JSON"}, wantRead: 3},
		{name: "jsonl invalid utf-8 line", file: "mixed.jsonl",
			data:    []byte(`{"title":"a","text":"A met B."}` + "\n" + "{\"title\":\"b\",\"text\":\"\xff\"}\n"),
			wantErr: []string{"mixed.jsonl:2: not a text file: invalid UTF-8"}, wantRead: 1, is: ErrNotText},
		{name: "jsonl not an object", file: "arr.jsonl", data: []byte(`{"title":"a","text":"A met B."}` + "\n[1,2]\n"),
			wantErr: []string{"arr.jsonl:2: malformed JSON: want an article object"}, wantRead: 1},
		{name: "json malformed", file: "bad.json", data: []byte("{\"title\": \"a\",\n\"text\": }"),
			wantErr: []string{"bad.json:2: malformed JSON"}},
		{name: "json missing text", file: "notext.json", data: []byte(`{"title": "a"}`),
			wantErr: []string{"notext.json: article has no text"}, is: ErrNoText},
		{name: "bad front matter date", file: "date.txt", data: []byte("---\npublished: someday\n---\nT\n\nBody.\n"),
			wantErr: []string{"date.txt:2: front matter: unrecognised date \"someday\""}},
		{name: "html without paragraphs", file: "nav.html", data: []byte("<html><body><nav><p>menu</p></nav></body></html>"),
			wantErr: []string{"nav.html: article has no text"}, is: ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(tt.file, tt.data)
			var errs []error
			read := 0
			err := ReadFile(path, func(a Article, err error) error {
				if err != nil {
					errs = append(errs, err)
				} else {
					checkArticle(t, a)
					read++
				}
				return nil
			})
			if err != nil {
				t.Fatalf("ReadFile(%s) returned %v", tt.file, err)
			}
			if read != tt.wantRead {
				t.Errorf("ReadFile(%s) read %d articles, want %d", tt.file, read, tt.wantRead)
			}
			if len(errs) != len(tt.wantErr) {
				t.Fatalf("ReadFile(%s) errors = %v, want %d matching %q", tt.file, errs, len(tt.wantErr), tt.wantErr)
			}
			for i, want := range tt.wantErr {
				if got := errs[i].Error(); !strings.Contains(got, want) {
					t.Errorf("ReadFile(%s) error %d = %q, want it to contain %q", tt.file, i, got, want)
				}
			}
			if tt.is != nil && !errors.Is(errs[0], tt.is) {
				t.Errorf("ReadFile(%s) error %v is not %v", tt.file, errs[0], tt.is)
			}
		})
	}
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":               "A title\n\nA body.\n",
		"sub/b.md":            "# B title\n\nB body.\n",
		"sub/deeper/c.jsonl":  `{"title":"C","text":"C body."}` + "\n",
		"sub/notes.csv":       "ignored,unknown,extension\n",
		".hidden/d.txt":       "D\n\nD body.\n",
		"sub/x.gold.json":     `{"article": "x.txt"}`,
		"sub/deeper/e.html":   "<title>E</title><p>E body.</p>",
		"sub/deeper/f.json":   `[{"title":"F","text":"F body."}]`,
		"sub/deeper/g.ndjson": `{"title":"G","text":"G body."}`,
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdin := strings.NewReader(`{"title":"S1","text":"S1 body."}` + "\n" + `{"title":"S2","text":"S2 body."}` + "\n")
	var titles, errs []string
	err := ReadPaths([]string{dir, filepath.Join(dir, "missing.txt"), StdinPath}, stdin, func(a Article, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
			return nil
		}
		titles = append(titles, a.Title)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(titles, ","), "A title,B title,C,E,F,G,S1,S2"; got != want {
		t.Errorf("ReadPaths titles = %s, want %s", got, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "missing.txt: no such file or directory") {
		t.Errorf("ReadPaths errors = %q, want one naming missing.txt", errs)
	}
}

func TestReadStopsWhenYieldFails(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(strings.NewReader("{\"title\":\"a\",\"text\":\"x\"}\n{\"title\":\"b\",\"text\":\"y\"}\n"), "feed", FormatJSONL,
		func(Article, error) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Read = %v after %d calls, want stop after 1", err, n)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Title\n\nBody.", "Title"},
		{`{"title":"J","text":"x"}` + "\n" + `{"title":"K","text":"y"}`, "J,K"},
		{"{\n  \"title\": \"P\",\n  \"text\": \"x\"\n}\n", "P"},
		{`[{"title":"A","text":"x"}]`, "A"},
		{"<html><title>H</title><p>x</p></html>", "H"},
	}
	for _, tt := range tests {
		var titles []string
		err := Read(strings.NewReader(tt.in), StdinPath, "", func(a Article, err error) error {
			if err != nil {
				t.Errorf("Read(%q): %v", tt.in, err)
				return nil
			}
			titles = append(titles, a.Title)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(titles, ","); got != tt.want {
			t.Errorf("Read(%q) titles = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"2016-10-12", "2016-10-12"},
		{"2016-10-12T23:30:00Z", "2016-10-12"},
		{"2016-10-12T06:00:00+02:00", "2016-10-12"},
		{"12 October 2016", "2016-10-12"},
		{"October 12, 2016", "2016-10-12"},
		{"Oct 12, 2016", "2016-10-12"},
		{"12th October 2016", "2016-10-12"},
		{"Wednesday, October 12, 2016", "2016-10-12"},
		{" 2016/10/12 ", "2016-10-12"},
		{"Sept 1, 2016", "2016-09-01"},
		{"2023-03-07 14:05:09Z", "2023-03-07"},
		{"2023-03-07 14:05:09 +0200", "2023-03-07"},
		{"2023-03-07 14:05", "2023-03-07"},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"yesterday", "2016-13-01", "12/10/2016", "October 2016"} {
		if got, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) = %q, want an error", bad, got)
		}
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	for i := 0; i < 1000; i++ {
		buf.WriteString(`{"id":"x","title":"Ministers meet","text":"The foreign ministers of Austria and Slovakia met in Vienna on Tuesday to discuss energy links and the situation in the region.","published":"2016-10-12"}` + "\n")
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		_ = Read(bytes.NewReader(data), "bench.jsonl", FormatJSONL, func(Article, error) error { return nil })
	}
}
