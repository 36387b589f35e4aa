package ingest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestWordSetsFile fails when data/wordsets.txt is malformed (see its
// header) and checks that the accessor finds a set by name.
func TestWordSetsFile(t *testing.T) {
	if _, err := parseWordSets(wordSetsText); err != nil {
		t.Fatal(err)
	}
	if s, ok := wordSet("speech_verbs"); !ok || !s["said"] || s["the"] {
		t.Errorf("wordSet(speech_verbs) = %v, %v; want a set with said and without the", len(s), ok)
	}
	if _, ok := wordSet("no_such_set"); ok {
		t.Error("wordSet(no_such_set) found a set")
	}
}

// TestWordSetsMalformed feeds parseWordSets broken files: each must fail.
func TestWordSetsMalformed(t *testing.T) {
	for name, text := range map[string]string{
		"duplicate set":       "[a]\n# d\nx\n[a]\n# d\ny\n",
		"empty set":           "[a]\n# d\n[b]\n# d\ny\n",
		"empty last set":      "[a]\n# d\nx\n[b]\n# d\n",
		"no description":      "[a]\nx y\n",
		"blank description":   "[a]\n#\nx\n",
		"word before a set":   "x\n[a]\n# d\ny\n",
		"bad name":            "[Speech-Verbs]\n# d\nx\n",
		"header with words":   "[a] x\n# d\ny\n",
		"upper-case word":     "[a]\n# d\nSaid\n",
		"word twice in a set": "[a]\n# d\nx y\nx\n",
	} {
		if _, err := parseWordSets(text); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	sets, err := parseWordSets("# header\n\n[a_1]\n# d\nx y # note\n z\n[b]\n# d\n# more\nx\n")
	if err != nil || len(sets) != 2 || len(sets["a_1"]) != 3 || !sets["b"]["x"] {
		t.Errorf("well-formed file: %v, %v", sets, err)
	}
}

// TestWordSetsUsed fails when a set of data/wordsets.txt is named nowhere
// else in the package (Go code or another data file): a dead set.
func TestWordSetsUsed(t *testing.T) {
	var uses strings.Builder
	files, _ := filepath.Glob("*.go")
	data, _ := filepath.Glob("data/*")
	for _, f := range append(files, data...) {
		if strings.HasSuffix(f, "_test.go") || f == filepath.Join("data", "wordsets.txt") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		uses.Write(b)
	}
	named := map[string]bool{}
	for _, w := range regexp.MustCompile(`[a-z0-9_]+`).FindAllString(uses.String(), -1) {
		named[w] = true
	}
	for name := range wordSets {
		if !named[name] {
			t.Errorf("word set [%s] is used nowhere", name)
		}
	}
}
