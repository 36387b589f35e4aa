package ingest

import (
	_ "embed"
	"fmt"
	"strings"
)

// wordSetsText is the file of named word sets; its header gives the format.
//
//go:embed data/wordsets.txt
var wordSetsText string

// wordSets holds the sets of wordSetsText by name, parsed once when the
// package is initialised; wordSetsErr says why the file is malformed.
var wordSets, wordSetsErr = parseWordSets(wordSetsText)

// wordSet returns the named word set (members in lower case) and whether
// the file has a set of that name. Callers must not change the map.
func wordSet(name string) (map[string]bool, bool) {
	s, ok := wordSets[name]
	return s, ok
}

// mustWordSet returns the named word set for a package variable; a name
// the file lacks, or a malformed file, is a programming error.
func mustWordSet(name string) map[string]bool {
	if wordSetsErr != nil {
		panic(wordSetsErr)
	}
	s, ok := wordSet(name)
	if !ok {
		panic("ingest: no word set [" + name + "] in data/wordsets.txt")
	}
	return s
}

// parseWordSets reads the format of data/wordsets.txt: "[name]" lines
// start a set, "#" starts a comment, and the first line of each set is its
// description comment; members follow, separated by white space.
func parseWordSets(text string) (map[string]map[string]bool, error) {
	sets := map[string]map[string]bool{}
	var cur map[string]bool
	name, described := "", true
	for i, line := range strings.Split(text, "\n") {
		body, comment, _ := strings.Cut(line, "#")
		body = strings.TrimSpace(body)
		at := func(format string, args ...any) error {
			return fmt.Errorf("data/wordsets.txt:%d: "+format, append([]any{i + 1}, args...)...)
		}
		switch {
		case strings.HasPrefix(body, "["):
			if cur != nil && len(cur) == 0 {
				return nil, at("set [%s] before has no words", name)
			}
			name = strings.TrimSuffix(body[1:], "]")
			if !isSetName(name) || body != "["+name+"]" {
				return nil, at("bad set header %q (want [snake_case])", body)
			}
			if sets[name] != nil {
				return nil, at("set [%s] again", name)
			}
			cur, described = map[string]bool{}, false
			sets[name] = cur
			continue
		case !described && (body != "" || strings.TrimSpace(comment) == ""):
			return nil, at("set [%s] wants a one-line \"# description\" first", name)
		}
		described = true
		for _, w := range strings.Fields(body) {
			switch {
			case cur == nil:
				return nil, at("word %q before the first [set]", w)
			case w != strings.ToLower(w):
				return nil, at("word %q of [%s] is not lower case", w, name)
			case cur[w]:
				return nil, at("word %q twice in [%s]", w, name)
			}
			cur[w] = true
		}
	}
	if cur != nil && len(cur) == 0 {
		return nil, fmt.Errorf("data/wordsets.txt: set [%s] has no words", name)
	}
	return sets, nil
}

// isSetName reports whether s is a snake_case set name.
func isSetName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
