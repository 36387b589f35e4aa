package ingest

import (
	"fmt"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// Options configures a Pipeline.
type Options struct {
	// Dictionaries are YAML files of extra actors and verb patterns.
	Dictionaries []string
	// Published is the date of articles that carry none: YYYY-MM-DD or
	// any form ParseDate reads. Empty leaves them undated.
	Published string
}

// Pipeline extracts the actor graph of one article. It is built once,
// read-only afterwards, and safe for concurrent use by several goroutines.
type Pipeline struct {
	opts  Options
	lex   *Lexicon
	rules *ruleSet
}

// NewPipeline loads the embedded gazetteers, the rule tables and any
// custom dictionaries named in opts.
func NewPipeline(opts Options) (*Pipeline, error) {
	published, err := ParseDate(opts.Published)
	if err != nil {
		return nil, fmt.Errorf("published: %w", err)
	}
	opts.Published = published
	lex, err := loadLexicon(schema.Gazetteer())
	if err != nil {
		return nil, err
	}
	rules, err := defaultRules()
	if err != nil {
		return nil, err
	}
	for _, path := range opts.Dictionaries {
		if err := loadDictionary(path, lex, rules); err != nil {
			return nil, err
		}
	}
	rules.compile()
	return &Pipeline{opts: opts, lex: lex, rules: rules}, nil
}

// Published returns the date of a: its own, else Options.Published.
func (p *Pipeline) Published(a Article) string {
	if a.Published != "" {
		return a.Published
	}
	return p.opts.Published
}

// Analyze runs the stages over one article and returns the Document with
// every stage's output.
func (p *Pipeline) Analyze(a Article) *Document {
	a.Published = p.Published(a)
	d := &Document{Article: a, byID: map[string]*Entity{}}
	title := strings.TrimSpace(normalize(a.Title))
	body := normalize(a.Text)
	if title != "" {
		d.Text = title + "\n\n" + body
	} else {
		d.Text = body
	}
	if t, err := time.Parse("2006-01-02", a.Published); err == nil {
		d.Published = t
	}
	// 1. normalize (above), tokenize, segment
	d.Tokens = tokenize(d.Text)
	d.Sentences = dropBoilerplate(d.Text, d.Tokens, segment(d.Text, d.Tokens))
	d.sentOf = make([]int, len(d.Tokens))
	for si, s := range d.Sentences {
		for k := s.Start; k < s.End; k++ {
			d.sentOf[k] = si
		}
	}
	// 2. recognize, with the resolve steps it needs in between
	r := &recognizer{lex: p.lex, rules: p.rules, d: d, toks: d.Tokens, taken: make([]bool, len(d.Tokens)), places: map[string]*Entity{}}
	r.countCountries()
	r.people()
	r.mergePeople()
	r.indexSurnames()
	r.names()
	r.islands()
	r.predicates()
	r.seatsAsBodies()
	r.foreignBodies()
	r.namesAroundStates()
	r.placePrefixes()
	r.vesselNames()
	r.orgTails()
	r.oneSensePerName()
	// 3. resolve
	r.references()
	for _, m := range d.Mentions {
		if m.Ent != nil {
			m.Ent.Count++
			if m.Kind == mName {
				m.Ent.Aliases[d.Text[d.Tokens[m.Start].Start:d.Tokens[m.End-1].End]] = true
			}
		}
	}
	rel := &relater{lex: p.lex, rules: p.rules, r: r, d: d, toks: d.Tokens}
	rel.relate()     // 4. events with their arguments
	rel.when()       // 5. their date and modality
	rel.passes()     // 6. passes over the dated events, relations
	rel.structural() //    and the structural facts
	return d
}

// Extract returns the graph of one article: its Article record, the
// entities it names and the relations found in it.
func (p *Pipeline) Extract(a Article) *graph.Graph {
	d := p.Analyze(a)
	return d.Graph()
}

// Graph converts the document's entities and relations to a graph.Graph.
func (d *Document) Graph() *graph.Graph {
	a := d.Article
	g := graph.New()
	id := schema.ArticleID(a.ID, a.Text)
	g.AddArticle(graph.Article{ID: id, Title: a.Title, URL: a.URL, Source: a.Source,
		Published: a.Published, ContentSHA256: schema.ContentHash(a.Title + "\n" + a.Text)})
	for _, e := range d.Entities {
		if e.Count == 0 {
			continue
		}
		n := graph.Node{ID: e.ID, Label: e.Label, Name: e.Name, Official: e.Official}
		for al := range e.Aliases {
			if al != e.Name {
				n.Aliases = append(n.Aliases, al)
			}
		}
		props := map[string]any{}
		switch e.Label {
		case schema.Country:
			props["iso3"] = e.ISO3
		case schema.City, schema.Region:
			props["country"] = e.ISO3
			if e.HasLoc {
				props["lat"], props["lon"] = e.Lat, e.Lon
			}
		case schema.Organisation:
			props["kind"] = e.Kind
		}
		n.Props = props
		g.AddNode(n)
		g.AddEdge(graph.Edge{Type: schema.Mentions, From: id, To: e.ID, Count: e.Count, Articles: []string{id}, Rules: []string{"mentions"}})
	}
	for _, r := range d.Relations {
		if r.From == nil || r.To == nil || r.From.Count == 0 || r.To.Count == 0 || r.From == r.To {
			continue
		}
		t, ok := schema.ParseRelType(string(r.Type))
		if !ok {
			continue
		}
		e := graph.Edge{Type: t, From: r.From.ID, To: r.To.ID, Articles: []string{id},
			Rules: []string{r.Rule}, Finders: r.Finders, Confidence: r.Confidence, Casualties: r.Casualties}
		if r.Sent >= 0 && r.Sent < len(d.Sentences) {
			s := d.Sentences[r.Sent]
			e.Evidence = []string{d.written(s.From, s.To)}
		}
		if !t.Structural() {
			e.Date, e.DatePrecision = r.Date, r.DatePrecision
			e = e.Dated(a.Published) // no date of its own: the article's
			e.Modality = r.Modality
			if r.Location != nil && r.Location.Count > 0 {
				e.Location = r.Location.ID
			}
		}
		if r.Title != "" {
			e.Titles = []string{r.Title}
		}
		g.AddEdge(e)
	}
	return g
}
