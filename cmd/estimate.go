package cmd

import (
	"bufio"
	"bytes"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/ingest"
)

// estimate is the number of articles that the inputs hold, counted before
// they are read, for the total of the progress bar.
type estimate struct {
	n     int
	known bool // false when an input is stdin: its size is not known
	exact bool // false when a large file's count was extrapolated
}

// countLimit is how much of a JSONL file is read to count its lines; the
// count of a larger file is extrapolated from its size.
var countLimit int64 = 32 << 20

// estimateInputs counts the articles of paths the way ReadPaths reads them:
// a JSONL file holds one a non-blank line, a JSON file one an element of its
// array (or one object), any other file one; a path that cannot be read is
// one bad input.
func estimateInputs(paths []string) estimate {
	e := estimate{known: true, exact: true}
	ingest.WalkPaths(paths, func(path string, err error) error {
		switch {
		case path == ingest.StdinPath:
			e.known = false
		case err != nil:
			e.n++
		default:
			n, exact := countFile(path)
			e.n += n
			e.exact = e.exact && exact
		}
		return nil
	})
	return e
}

// countFile counts the articles of one file; an empty or unreadable one is
// one bad input.
func countFile(path string) (int, bool) {
	format, _ := ingest.FormatOf(path)
	if format != ingest.FormatJSONL && format != ingest.FormatJSON {
		return 1, true
	}
	f, err := os.Open(path)
	if err != nil {
		return 1, true
	}
	defer f.Close()
	if format == ingest.FormatJSON {
		return max(jsonElements(bufio.NewReaderSize(f, 64<<10)), 1), true
	}
	n, read := countLines(io.LimitReader(f, countLimit))
	exact := true
	if info, err := f.Stat(); err == nil && info.Size() > read && read > 0 {
		n, exact = int(float64(n)*float64(info.Size())/float64(read)), false
	}
	return max(n, 1), exact
}

// countLines counts the lines of r that hold more than white space, and the
// bytes read.
func countLines(r io.Reader) (int, int64) {
	buf := make([]byte, 256<<10)
	n, blank := 0, true
	var read int64
	for {
		k, err := r.Read(buf)
		read += int64(k)
		for chunk := buf[:k]; len(chunk) > 0; {
			line, rest, found := bytes.Cut(chunk, []byte{'\n'})
			if blank && len(bytes.TrimSpace(line)) > 0 {
				blank = false
			}
			if found {
				if !blank {
					n++
				}
				blank = true
			}
			chunk = rest
		}
		if err != nil {
			break
		}
	}
	if !blank {
		n++ // a last line without a newline
	}
	return n, read
}

// jsonElements counts the elements of a JSON array, or 1 for any other
// value, scanning the bytes without decoding them.
func jsonElements(br *bufio.Reader) int {
	depth, n := 0, 0
	inString, escaped, empty := false, false, true
	for {
		c, err := br.ReadByte()
		if err != nil {
			return n
		}
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\n',
			depth == 0 && (c == 0xEF || c == 0xBB || c == 0xBF): // white space, a byte order mark
			continue
		case depth == 0 && c != '[':
			return 1 // an object, or not JSON: one input either way
		}
		if depth == 1 && empty && c != ']' {
			n, empty = 1, false
		}
		switch c {
		case '"':
			inString = true
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return n
			}
		case ',':
			if depth == 1 {
				n++
			}
		}
	}
}
