package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead feeds arbitrary bytes to every reader. Invariants: no panic;
// every article has non-empty, valid UTF-8 text and a YYYY-MM-DD or empty
// date; every bad input is a *ReadError naming the input.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "read", "*"))
	for _, p := range files {
		if strings.HasSuffix(p, ".golden.json") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		format, _ := FormatOf(p)
		f.Add(data, string(format))
	}
	f.Add([]byte("\x00\xff"), "")
	f.Add([]byte("---\ntitle: x\n"), string(FormatMarkdown))
	formats := []Format{"", FormatText, FormatMarkdown, FormatJSON, FormatJSONL, FormatHTML}
	f.Fuzz(func(t *testing.T, data []byte, format string) {
		fm := Format(format)
		known := false
		for _, k := range formats {
			known = known || k == fm
		}
		if !known {
			fm = ""
		}
		err := Read(bytes.NewReader(data), "fuzz", fm, func(a Article, err error) error {
			if err != nil {
				if !strings.Contains(err.Error(), "fuzz") {
					t.Errorf("error %q does not name the input", err)
				}
				return nil
			}
			for _, s := range []string{a.ID, a.Title, a.Text, a.URL, a.Source, a.Published} {
				if !utf8.ValidString(s) {
					t.Errorf("article field %q is not valid UTF-8", s)
				}
			}
			if strings.TrimSpace(a.Text) == "" {
				t.Errorf("article with empty text from %q", data)
			}
			if a.Published != "" && len(a.Published) != 10 {
				t.Errorf("published %q is not YYYY-MM-DD", a.Published)
			}
			return nil
		})
		if err != nil {
			t.Errorf("Read returned %v; bad input must be yielded, not returned", err)
		}
	})
}
