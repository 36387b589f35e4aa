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

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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

// lineError carries a line number to Read.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return e.err.Error() }
func (e *lineError) Unwrap() error { return e.err }

func lineOf(err error) int {
	var le *lineError
	if errors.As(err, &le) {
		return le.line
	}
	return 0
}

// jsonArticle is the JSON form of an article. Body and content are accepted
// for text, date for published.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Body      string          `json:"body"`
	Content   string          `json:"content"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
}

func (j jsonArticle) article() (Article, error) {
	a := Article{Title: clean(j.Title), URL: strings.TrimSpace(j.URL), Source: clean(j.Source)}
	id, err := jsonID(j.ID)
	if err != nil {
		return Article{}, err
	}
	a.ID = id
	a.Text = firstNonEmpty(j.Text, j.Body, j.Content)
	a.Text = strings.TrimSpace(strings.ReplaceAll(a.Text, "\r\n", "\n"))
	if a.Text == "" {
		return Article{}, fmt.Errorf("%w: field \"text\" is missing or empty", ErrNoText)
	}
	if a.Published, err = ParseDate(firstNonEmpty(j.Published, j.Date)); err != nil {
		return Article{}, err
	}
	return a, nil
}

func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("field \"id\" must be a string or a number, got %s", raw)
}

func decodeArticle(data []byte) (Article, error) {
	var j jsonArticle
	if err := json.Unmarshal(data, &j); err != nil {
		return Article{}, fmt.Errorf("malformed JSON: %w", err)
	}
	return j.article()
}

func readJSONL(br *bufio.Reader, path string, limit int, yield Yield) error {
	line, any := 0, false
	for {
		raw, size, err := readLine(br, limit)
		if size > 0 || err == nil {
			line++
		}
		if size > limit {
			any = true
			if yerr := yield(Article{}, &ReadError{Path: path, Line: line, Err: tooBig("line", size, limit)}); yerr != nil {
				return yerr
			}
		} else if t := bytes.TrimSpace(bytes.TrimPrefix(raw, []byte("\uFEFF"))); len(t) > 0 {
			any = true
			var a Article
			var aerr error
			if cerr := checkText(t); cerr != nil {
				aerr = cerr
			} else if t[0] != '{' {
				aerr = fmt.Errorf("malformed JSON: want an article object, got %q", preview(t))
			} else {
				a, aerr = decodeArticle(t)
			}
			if aerr != nil {
				if yerr := yield(Article{}, &ReadError{Path: path, Line: line, Err: aerr}); yerr != nil {
					return yerr
				}
			} else {
				a.Path, a.Line = path, line
				if yerr := yield(a, nil); yerr != nil {
					return yerr
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return yield(Article{}, &ReadError{Path: path, Line: line, Err: err})
		}
	}
	if !any {
		return yield(Article{}, &ReadError{Path: path, Err: ErrEmpty})
	}
	return nil
}

// readLine reads one line without its newline and returns its length. Of a
// line longer than limit it keeps nothing: memory stays bounded by limit
// however long the line.
func readLine(br *bufio.Reader, limit int) ([]byte, int, error) {
	var buf []byte
	size := 0
	for {
		chunk, err := br.ReadSlice('\n')
		size += len(chunk)
		if size <= limit+1 { // +1: the newline
			buf = append(buf, chunk...)
		} else {
			buf = nil
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' {
			size--
			buf = bytes.TrimSuffix(buf, []byte("\n"))
		}
		return buf, size, err
	}
}

func preview(b []byte) string {
	if len(b) > 20 {
		b = b[:20]
		for !utf8.Valid(b) && len(b) > 0 {
			b = b[:len(b)-1]
		}
		return string(b) + "..."
	}
	return string(b)
}

func readJSON(data []byte, path string, limit int, yield Yield) error {
	data = bytes.TrimSpace(data)
	// lineAt counts lines from the last offset asked for, when it can.
	lastOff, lastLine := int64(0), 1
	lineAt := func(off int64) int {
		off = min(max(off, 0), int64(len(data)))
		if off < lastOff {
			lastOff, lastLine = 0, 1
		}
		lastLine += bytes.Count(data[lastOff:off], []byte("\n"))
		lastOff = off
		return lastLine
	}
	bad := func(line int, err error) error {
		return yield(Article{}, &ReadError{Path: path, Line: line, Err: err})
	}
	if data[0] != '[' {
		if len(data) > limit {
			return bad(0, tooBig("article", len(data), limit))
		}
		if !json.Valid(data) {
			var serr *json.SyntaxError
			err := json.Unmarshal(data, new(any))
			if errors.As(err, &serr) {
				return bad(lineAt(serr.Offset), fmt.Errorf("malformed JSON: %w", err))
			}
			return bad(0, fmt.Errorf("malformed JSON: %w", err))
		}
		a, err := decodeArticle(data)
		if err != nil {
			return bad(0, err)
		}
		a.Path = path
		return yield(a, nil)
	}
	// The elements are cut out of data in place, without a decoder's copy,
	// so that a large file takes little more memory than itself.
	n, i := 0, skipSpace(data, 1)
	for i < len(data) && data[i] != ']' {
		end := valueEnd(data, i)
		if end < 0 || !json.Valid(data[i:end]) {
			if end < 0 {
				end = len(data)
			}
			err := json.Unmarshal(data[i:end], new(any))
			line := lineAt(int64(i))
			var serr *json.SyntaxError
			if errors.As(err, &serr) {
				line = lineAt(int64(i) + serr.Offset)
			}
			// Element boundaries are unknown after a syntax error.
			return bad(line, fmt.Errorf("malformed JSON: %w", err))
		}
		n++
		if err := readElement(data[i:end], n, lineAt(int64(i)), path, limit, yield); err != nil {
			return err
		}
		i = skipSpace(data, end)
		if i < len(data) && data[i] == ',' {
			i = skipSpace(data, i+1)
		} else if i >= len(data) || data[i] != ']' {
			return bad(lineAt(int64(i)), errors.New("malformed JSON: want ',' or ']' after an array element"))
		}
	}
	if i >= len(data) {
		return bad(lineAt(int64(len(data))), errors.New("malformed JSON: unexpected end of JSON input"))
	}
	if n == 0 {
		return bad(0, fmt.Errorf("%w: empty JSON array", ErrEmpty))
	}
	return nil
}

// readElement yields the article of one element of a JSON array, or its
// error.
func readElement(raw []byte, n, line int, path string, limit int, yield Yield) error {
	bad := func(err error) error {
		return yield(Article{}, &ReadError{Path: path, Line: line, Err: fmt.Errorf("element %d: %w", n, err)})
	}
	if len(raw) > limit {
		return bad(tooBig("article", len(raw), limit))
	}
	if raw[0] != '{' {
		return bad(fmt.Errorf("want an article object, got %q", preview(raw)))
	}
	a, err := decodeArticle(raw)
	if err != nil {
		return bad(err)
	}
	a.Path, a.Line = path, line
	return yield(a, nil)
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	return i
}

// valueEnd returns the end of the JSON value that starts at data[i]: past
// its closing bracket or quote, or at the byte that ends a bare literal. It
// returns -1 when the value does not end.
func valueEnd(data []byte, i int) int {
	depth, inString, escaped := 0, false, false
	for j := i; j < len(data); j++ {
		c := data[j]
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString && c == '"':
			inString = false
			if depth == 0 {
				return j + 1
			}
		case inString:
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth == 0 { // a bare literal ends at the array's ']'
				return j
			}
			if depth--; depth == 0 {
				return j + 1
			}
		case depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n'):
			return j
		}
	}
	return -1
}

// parseText reads a text or markdown article: optional front matter between
// "---" lines, then the title on the first non-empty line, then the text.
func parseText(s string, markdown bool) (Article, error) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var a Article
	lines := strings.Split(s, "\n")
	body := lines
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first < len(lines) && strings.TrimSpace(lines[first]) == "---" {
		for end := first + 1; end < len(lines); end++ {
			if t := strings.TrimSpace(lines[end]); t == "---" || t == "..." {
				if err := frontMatter(&a, lines[first+1:end], first+2); err != nil {
					return Article{}, err
				}
				body = lines[end+1:]
				break
			}
		}
	}
	if markdown {
		body = stripMarkdown(body)
	}
	i := 0
	for i < len(body) && strings.TrimSpace(body[i]) == "" {
		i++
	}
	if i < len(body) {
		line := clean(body[i])
		if a.Title == "" {
			a.Title = line
			i++
		} else if strings.EqualFold(line, a.Title) {
			i++
		}
	}
	a.Text = blankRun.ReplaceAllString(strings.TrimSpace(strings.Join(body[min(i, len(body)):], "\n")), "\n\n")
	if a.Text == "" {
		return Article{}, fmt.Errorf("%w after the title line", ErrNoText)
	}
	return a, nil
}

// frontMatter reads "key: value" lines into a.
func frontMatter(a *Article, lines []string, firstLine int) error {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		k, v, ok := strings.Cut(t, ":")
		if !ok {
			return &lineError{firstLine + i, fmt.Errorf("front matter: want \"key: value\", got %q", t)}
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = unquote(strings.TrimSpace(v))
		switch k {
		case "title":
			a.Title = clean(v)
		case "published", "date":
			d, err := ParseDate(v)
			if err != nil {
				return &lineError{firstLine + i, fmt.Errorf("front matter: %w", err)}
			}
			a.Published = d
		case "url", "link":
			a.URL = v
		case "source":
			a.Source = clean(v)
		case "id":
			a.ID = v
		}
	}
	return nil
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdItalic   = regexp.MustCompile(`\*([^*\s](?:[^*]*[^*\s])?)\*`)
	blankRun   = regexp.MustCompile(`\n{3,}`)
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdQuote    = regexp.MustCompile(`^\s{0,3}>\s?`)
	mdBullet   = regexp.MustCompile(`^\s*[-*+]\s+`)
	mdRule     = regexp.MustCompile(`^\s{0,3}([-*_]\s*){3,}$`)
)

// stripMarkdown removes the markup that would get in the way of sentences:
// heading and quote markers, bullets, rules, strong emphasis and links.
func stripMarkdown(lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if mdRule.MatchString(l) {
			out = append(out, "")
			continue
		}
		l = mdHeading.ReplaceAllString(l, "")
		l = mdQuote.ReplaceAllString(l, "")
		l = mdBullet.ReplaceAllString(l, "")
		l = mdLink.ReplaceAllString(l, "$1")
		l = mdEmphasis.ReplaceAllString(l, "$2")
		l = mdItalic.ReplaceAllString(l, "$1")
		l = strings.TrimRight(l, " #")
		out = append(out, l)
	}
	return out
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

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Noscript: true, atom.Template: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Svg: true,
	atom.Iframe: true, atom.Button: true, atom.Select: true, atom.Head: true,
}

// blocks start a new paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Br: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Figcaption: true, atom.Body: true, atom.Hr: true,
	atom.Address: true, atom.Caption: true,
}

// parseHTML reads an HTML article: the title from <title>, else the first
// <h1>; the text from the paragraphs of <article> or <main> when there is
// one, else of <body>, without scripts, styles, navigation, headers and
// footers. Meta tags fill published, url and source.
func parseHTML(data []byte) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, fmt.Errorf("parse html: %w", err)
	}
	var a Article
	var title, h1 string
	var root, body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" {
					title = clean(textOf(n))
				}
			case atom.H1:
				if h1 == "" {
					h1 = clean(textOf(n))
				}
			case atom.Article, atom.Main:
				if root == nil {
					root = n
				}
			case atom.Body:
				body = n
			case atom.Meta:
				meta(&a, n)
			case atom.Link:
				if attr(n, "rel") == "canonical" && a.URL == "" {
					a.URL = strings.TrimSpace(attr(n, "href"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if root == nil {
		root = body
	}
	if root == nil {
		root = doc
	}
	a.Title = title
	if a.Title == "" {
		a.Title = h1
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := clean(cur.String()); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var collect func(n *html.Node)
	collect = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if blocks[n.DataAtom] {
				flush()
				defer flush()
			}
		case html.CommentNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			collect(c)
		}
	}
	collect(root)
	flush()
	if len(paras) > 0 && a.Title != "" && (strings.EqualFold(paras[0], a.Title) || strings.EqualFold(paras[0], h1)) {
		paras = paras[1:]
	}
	a.Text = strings.Join(paras, "\n\n")
	if a.Text == "" {
		return Article{}, fmt.Errorf("%w: no paragraphs found in the html", ErrNoText)
	}
	// A meta date that cannot be read is dropped: the page's author did not
	// write it for us, and --published can supply one.
	a.Published, _ = ParseDate(a.Published)
	return a, nil
}

func meta(a *Article, n *html.Node) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	v := strings.TrimSpace(attr(n, "content"))
	if v == "" {
		return
	}
	switch key {
	case "article:published_time", "date", "dc.date", "pubdate", "publishdate", "published":
		if a.Published == "" {
			a.Published = v
		}
	case "og:url":
		if a.URL == "" {
			a.URL = v
		}
	case "og:site_name", "source":
		if a.Source == "" {
			a.Source = clean(v)
		}
	case "actorgraph:id", "article:id":
		a.ID = v
	}
}

func attr(n *html.Node, key string) string {
	for _, at := range n.Attr {
		if strings.EqualFold(at.Key, key) {
			return at.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && skipped[n.DataAtom] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}
