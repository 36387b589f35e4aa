package ingest

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// longArticle concatenates the development articles (or the golden
// articles when ../shared is absent), as paragraphs of one article, until
// the text holds at least size bytes.
func longArticle(t testing.TB, size int) Article {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev2", "*.txt"))
	files = append(files, more...)
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/extract/*.txt")
	}
	sort.Strings(files)
	var texts []string
	for _, f := range files {
		a := readOne(t, f)
		texts = append(texts, strings.TrimSpace(a.Title+"\n\n"+a.Text))
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(texts[i%len(texts)])
		b.WriteString("\n\n")
	}
	return Article{ID: "long", Title: "Long article", Text: b.String(), Published: "2020-01-01"}
}

// BenchmarkExtractLong extracts one long article of about 200 KB and 1 MB
// and reports the time per word: it stays flat when no stage scans the
// whole document for each mention or event.
func BenchmarkExtractLong(b *testing.B) {
	p := testPipeline(b)
	for _, size := range []struct {
		name  string
		bytes int
	}{{"200KB", 200 << 10}, {"1MB", 1 << 20}} {
		a := longArticle(b, size.bytes)
		words := len(strings.Fields(a.Title + " " + a.Text))
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpuSeconds()
			for i := 0; i < b.N; i++ {
				p.Extract(a)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(words*b.N), "ns/word")
			if cpu := cpuSeconds() - cpu; cpu > 0 {
				b.ReportMetric(cpu*1e9/float64(words*b.N), "cpu-ns/word")
			}
		})
	}
}
