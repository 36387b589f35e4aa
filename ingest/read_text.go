package ingest

import (
	"fmt"
	"regexp"
	"strings"
)

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
