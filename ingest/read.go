package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/schema"
)

// Format is an input format, chosen by file extension.
type Format string

// The input formats that ReadFile understands.
const (
	FormatText     Format = "text"     // .txt: title on the first non-empty line, optional front matter
	FormatMarkdown Format = "markdown" // .md: as text, with light markdown stripped
	FormatJSON     Format = "json"     // .json: one article object or an array of them
	FormatJSONL    Format = "jsonl"    // .jsonl, .ndjson: one article object per line
	FormatHTML     Format = "html"     // .html, .htm: title from <title>/<h1>, text from paragraphs
)

// MaxFileSize bounds the JSON files, which are read whole and may hold
// many articles.
const MaxFileSize = 64 << 20

// DefaultMaxArticleBytes is the largest article a zero Reader reads: 2 MiB,
// far above any news article (tens of KB), and small enough that extracting
// it takes about 150 MB of memory and seconds, not minutes.
const DefaultMaxArticleBytes = 2 << 20

// StdinPath is the path that names standard input.
const StdinPath = "-"

// FormatOf returns the format of a file from its extension.
func FormatOf(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return FormatText, true
	case ".md", ".markdown":
		return FormatMarkdown, true
	case ".json":
		return FormatJSON, true
	case ".jsonl", ".ndjson":
		return FormatJSONL, true
	case ".html", ".htm":
		return FormatHTML, true
	}
	return "", false
}

// ReadError is bad input: a file, or one line or element of it, that gave no
// article. Reading goes on after it.
type ReadError struct {
	Path string // StdinPath for standard input
	Line int    // 1-based; 0 when the whole file is at fault
	Err  error
}

func (e *ReadError) Error() string {
	name := e.Path
	if name == StdinPath {
		name = "stdin"
	}
	if e.Line > 0 {
		return fmt.Sprintf("read %s:%d: %v", name, e.Line, e.Err)
	}
	return fmt.Sprintf("read %s: %v", name, e.Err)
}

func (e *ReadError) Unwrap() error { return e.Err }

// Sentinel causes of a ReadError, for callers that branch on them.
var (
	ErrNotText = errors.New("not a text file")
	ErrEmpty   = errors.New("empty file")
	ErrNoText  = errors.New("article has no text")
	ErrTooBig  = errors.New("article too large")
)

// Reader reads articles. Its zero value reads with the defaults.
type Reader struct {
	// MaxArticleBytes bounds one article as read: a text, markdown or HTML
	// file, a JSONL line, a JSON file of one object or an element of a JSON
	// array. A larger one is a ReadError wrapping ErrTooBig; a JSONL line is
	// skipped without being held in memory. 0 means DefaultMaxArticleBytes.
	MaxArticleBytes int
}

func (r Reader) max() int {
	if r.MaxArticleBytes <= 0 {
		return DefaultMaxArticleBytes
	}
	return r.MaxArticleBytes
}

// tooBig is the cause of a ReadError for an article over limit bytes; size
// is what was seen (-1: more than limit, size unknown).
func tooBig(what string, size, limit int) error {
	if size < 0 {
		return fmt.Errorf("%w: %s larger than %d bytes, the maximum article size (ingest.max_article_bytes)", ErrTooBig, what, limit)
	}
	return fmt.Errorf("%w: %s of %d bytes, more than the maximum article size of %d bytes (ingest.max_article_bytes)", ErrTooBig, what, size, limit)
}

// Yield receives each article read, with a nil error, or each bad input, as
// a *ReadError with a zero Article. A non-nil return stops reading; the
// reader then returns that error.
type Yield func(Article, error) error

// ReadPaths reads articles from files, folders (recursively, in lexical
// order, skipping hidden entries, files of unknown extension and gold
// annotation files) and StdinPath, which reads stdin and detects its format
// from the content.
func ReadPaths(paths []string, stdin io.Reader, yield Yield) error {
	return Reader{}.ReadPaths(paths, stdin, yield)
}

// ReadPaths is the package's ReadPaths with r's limits.
func (r Reader) ReadPaths(paths []string, stdin io.Reader, yield Yield) error {
	return WalkPaths(paths, func(path string, err error) error {
		switch {
		case err != nil:
			return yield(Article{}, &ReadError{Path: path, Err: unwrapPathError(err)})
		case path == StdinPath:
			return r.Read(stdin, StdinPath, "", yield)
		}
		return r.ReadFile(path, yield)
	})
}

// WalkPaths calls fn with each input that ReadPaths reads, in its order:
// StdinPath, a file named in paths (whatever its extension), each article
// file of a folder, or a path that could not be read, with its error. A
// non-nil return of fn stops the walk and is returned.
func WalkPaths(paths []string, fn func(path string, err error) error) error {
	for _, p := range paths {
		if p == StdinPath {
			if err := fn(p, nil); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			if err := fn(p, err); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fn(path, err)
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if _, ok := FormatOf(path); !ok || isGoldFile(d.Name()) {
				return nil
			}
			return fn(path, nil)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func isGoldFile(name string) bool {
	return strings.HasSuffix(name, ".gold.json") || strings.HasSuffix(name, ".golden.json")
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFile reads the articles of one file. A file of unknown extension is
// read as text.
func ReadFile(path string, yield Yield) error {
	return Reader{}.ReadFile(path, yield)
}

// ReadFile is the package's ReadFile with r's limits.
func (r Reader) ReadFile(path string, yield Yield) error {
	f, err := os.Open(path)
	if err != nil {
		return yield(Article{}, &ReadError{Path: path, Err: unwrapPathError(err)})
	}
	defer f.Close()
	format, ok := FormatOf(path)
	if !ok {
		format = FormatText
	}
	return r.Read(f, path, format, yield)
}

// Read reads the articles in r, named path in messages. An empty format is
// detected from the content: JSON when it starts with '[' or '{' (JSONL when
// the first line is a whole object), HTML when it starts with '<', else text.
func Read(rd io.Reader, path string, format Format, yield Yield) error {
	return Reader{}.Read(rd, path, format, yield)
}

// Read is the package's Read with r's limits.
func (r Reader) Read(rd io.Reader, path string, format Format, yield Yield) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	if format == "" {
		format = sniff(br)
	}
	if format == FormatJSONL {
		return readJSONL(br, path, r.max(), yield)
	}
	limit, tooLarge := r.fileLimit(format)
	data, err := io.ReadAll(io.LimitReader(br, int64(limit)+1))
	if err != nil {
		return yield(Article{}, &ReadError{Path: path, Err: err})
	}
	if len(data) > limit {
		return yield(Article{}, &ReadError{Path: path, Err: tooLarge})
	}
	if err := checkText(data); err != nil {
		return yield(Article{}, &ReadError{Path: path, Err: err})
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return yield(Article{}, &ReadError{Path: path, Err: ErrEmpty})
	}
	var a Article
	switch format {
	case FormatJSON:
		return readJSON(data, path, r.max(), yield)
	case FormatHTML:
		a, err = parseHTML(data)
		if err == nil && len(a.Text) > r.max() {
			err = tooBig("article text", len(a.Text), r.max())
		}
	case FormatMarkdown:
		a, err = parseText(string(data), true)
	default:
		a, err = parseText(string(data), false)
	}
	if err != nil {
		return yield(Article{}, &ReadError{Path: path, Line: lineOf(err), Err: err})
	}
	a.Path, a.Line = path, 0
	return yield(a, nil)
}

// fileLimit is the size of the largest file of format that Read reads whole,
// and the error for a larger one. A text or markdown file is one article; an
// HTML page may hold four times as much markup, its text is checked after
// parsing; a JSON file may hold many articles.
func (r Reader) fileLimit(format Format) (int, error) {
	switch format {
	case FormatJSON:
		return MaxFileSize, fmt.Errorf("%w: JSON file larger than %d MiB: split it, or write it as JSONL (one article a line, streamed)",
			ErrTooBig, MaxFileSize>>20)
	case FormatHTML:
		n := min(4*r.max(), MaxFileSize)
		return n, fmt.Errorf("%w: HTML page larger than %d bytes, four times the maximum article size (ingest.max_article_bytes)", ErrTooBig, n)
	}
	return r.max(), tooBig("article", -1, r.max())
}

func sniff(br *bufio.Reader) Format {
	peek, _ := br.Peek(64 << 10)
	peek = bytes.TrimPrefix(peek, []byte("\uFEFF"))
	trimmed := bytes.TrimLeft(peek, " \t\r\n")
	if len(trimmed) == 0 {
		return FormatText
	}
	switch trimmed[0] {
	case '[':
		return FormatJSON
	case '{':
		first, _, _ := bytes.Cut(trimmed, []byte("\n"))
		if json.Valid(bytes.TrimSpace(first)) {
			return FormatJSONL
		}
		return FormatJSON
	case '<':
		return FormatHTML
	}
	return FormatText
}

// checkText rejects binary data and invalid UTF-8.
func checkText(data []byte) error {
	if bytes.IndexByte(data, 0) >= 0 {
		return fmt.Errorf("%w: binary content (NUL bytes)", ErrNotText)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("%w: invalid UTF-8 at byte %d (line %d)", ErrNotText, off, bytes.Count(data[:off], []byte("\n"))+1)
	}
	return nil
}

// clean folds whitespace.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

var ordinal = regexp.MustCompile(`(\d)(?:st|nd|rd|th)\b`)

// dateLayouts are the accepted forms of a publication date.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04",
	"2006-01-02T15:04",
	"2006/01/02",
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Monday, 2 January 2006",
	"Monday, January 2, 2006",
	time.RFC1123,
	time.RFC1123Z,
	time.RFC822,
	time.RFC822Z,
}

// ParseDate normalises a date to YYYY-MM-DD. It accepts RFC 3339,
// "2016-10-12", "12 October 2016", "October 12, 2016" and a few close
// variants. An empty string stays empty.
func ParseDate(s string) (string, error) {
	s = clean(s)
	if s == "" {
		return "", nil
	}
	t := strings.ReplaceAll(s, "Sept ", "Sep ")
	t = strings.TrimSuffix(strings.TrimSuffix(t, " UTC"), " GMT")
	t = ordinal.ReplaceAllString(t, "$1") // "12th October 2016"
	for _, layout := range dateLayouts {
		if d, err := time.Parse(layout, t); err == nil {
			return d.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("unrecognised date %q (want YYYY-MM-DD, RFC 3339, \"12 October 2016\" or \"October 12, 2016\")", s)
}

// ArticleKey returns the id and content hash that the pipeline records for
// a, so that an article already loaded can be skipped before extraction.
func ArticleKey(a Article) (id, sha string) {
	return schema.ArticleID(a.ID, a.Text), schema.ContentHash(a.Title + "\n" + a.Text)
}
