package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
	a, title, h1, root := htmlHead(doc)
	a.Title = title
	if a.Title == "" {
		a.Title = h1
	}
	paras := paragraphs(root)
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

// htmlHead walks the page for what surrounds the text: the metadata and
// canonical link into a, the first <title> and <h1>, and the root whose
// text is the article (<article> or <main>, else <body>, else doc).
func htmlHead(doc *html.Node) (a Article, title, h1 string, root *html.Node) {
	var body *html.Node
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
	return a, title, h1, root
}

// paragraphs is the text under root as cleaned paragraphs, one per block
// element, without skipped elements and comments.
func paragraphs(root *html.Node) []string {
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
	return paras
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
