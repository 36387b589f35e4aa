package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

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
