package ingest

import (
	"strings"
	"unicode"
)

// written returns the span [from, to) of Document.Text as the article
// wrote it, before normalisation (curly quotes, dashes and spaces as they
// were), with control characters as spaces: the evidence of a relation.
// It is the normalised span when the article's text cannot be aligned.
func (d *Document) written(from, to int) string {
	if d.srcOffs == nil {
		d.src, d.srcOffs = d.source()
	}
	if len(d.srcOffs) != len(d.Text)+1 || from < 0 || to < from || to >= len(d.srcOffs) {
		return d.Text[from:to]
	}
	return strings.Map(func(r rune) rune {
		if r < 32 && r != '\n' || r == unicode.ReplacementChar {
			return ' '
		}
		return r
	}, d.src[d.srcOffs[from]:d.srcOffs[to]])
}

// source aligns Document.Text with the article's own title and text: the
// text they make, and for every byte of Document.Text (and its end) the
// offset of its character there.
func (d *Document) source() (string, []int32) {
	body, bOffs := normalizeTracked(d.Article.Text, true)
	title, tOffs := normalizeTracked(d.Article.Title, true)
	lead := len(title) - len(strings.TrimLeftFunc(title, unicode.IsSpace))
	trimmed := strings.TrimSpace(title)
	if trimmed == "" {
		return d.Article.Text, bOffs
	}
	base := int32(len(d.Article.Title))
	offs := make([]int32, 0, len(trimmed)+2+len(body)+1)
	offs = append(offs, tOffs[lead:lead+len(trimmed)]...)
	offs = append(offs, tOffs[lead+len(trimmed)], base+1) // the title ends where its text ends
	for _, o := range bOffs {
		offs = append(offs, o+base+2)
	}
	return d.Article.Title + "\n\n" + d.Article.Text, offs
}
