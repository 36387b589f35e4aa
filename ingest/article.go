package ingest

// Article is one source document as read from a file, a feed line or stdin.
type Article struct {
	ID        string // given id; empty means derived from the text
	Title     string
	URL       string
	Source    string
	Published string // YYYY-MM-DD; empty when unknown
	Text      string // body text, without the title line
	// Path and Line say where the article was read from, for messages.
	Path string
	Line int
}
