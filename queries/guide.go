package queries

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

//go:embed guide.tmpl
var guideText string

// guideTemplate is the Browser guide; its data is the query slides.
var guideTemplate = template.Must(template.New("guide").Funcs(template.FuncMap{"events": guideEvents}).Parse(guideText))

// guideEvent is one row of the guide's table of event types.
type guideEvent struct {
	Type        schema.RelType
	CAMEO, Quad string
}

// guideEvents lists the event types with their CAMEO root and quad class.
func guideEvents() []guideEvent {
	var out []guideEvent
	for _, t := range schema.Interactions() {
		out = append(out, guideEvent{t, t.CAMEO(), t.Quad()})
	}
	return out
}

// guideExamples are the values the Browser guide fills in for the required
// parameters of a query, chosen to give rows on examples/articles; a
// parameter not listed takes guideDefaults, then its own default.
var guideExamples = map[string]map[string]string{
	"chain":                {"a": "Sweden", "b": "Nigeria"},
	"shared-history":       {"a": "Sweden", "b": "Nigeria"},
	"pair-history":         {"a": "Ukraine", "b": "Russia"},
	"cooperation-conflict": {"a": "Ukraine", "b": "Russia"},
	"evidence":             {"a": "Ukraine", "b": "Russia"},
	"path":                 {"a": "Sweden", "b": "Nigeria"},
}

var guideDefaults = map[string]string{"name": "Russia", "of": "Russia", "a": "Sweden", "b": "Nigeria"}

// escapeText escapes text for an HTML element (quotes stay readable).
var escapeText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// paramRef matches a parameter in a query's Cypher.
var paramRef = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// guideQuery is one canned query as the guide shows it.
type guideQuery struct {
	Query
	Inputs []guideInput
	Body   template.HTML // the Cypher with literal values, inputs as spans
}

// guideInput is a text box of the guide that edits one value of a query.
type guideInput struct {
	Key, Param, Value string
}

// guideCypher returns q's Cypher without its header, with each parameter
// replaced by a literal: required strings become spans that the guide's
// text boxes edit (key is prefixed with the query name).
func guideCypher(q Query) (template.HTML, []guideInput) {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(q.Cypher), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "//") {
			continue
		}
		lines = append(lines, l)
	}
	body := strings.Join(lines, "\n")
	byName := map[string]Param{}
	for _, p := range q.Params {
		byName[p.Name] = p
	}
	var inputs []guideInput
	var b strings.Builder
	last := 0
	for _, m := range paramRef.FindAllStringSubmatchIndex(body, -1) {
		b.WriteString(escapeText(body[last:m[0]]))
		last = m[1]
		p, ok := byName[body[m[2]:m[3]]]
		if !ok {
			b.WriteString(escapeText(body[m[0]:m[1]]))
			continue
		}
		b.WriteString(guideLiteral(q, p, &inputs))
	}
	b.WriteString(escapeText(body[last:]))
	return template.HTML(b.String()), inputs
}

// guideLiteral writes the Cypher literal of p in HTML, and adds a text box
// for a required string.
func guideLiteral(q Query, p Param, inputs *[]guideInput) string {
	v := p.Default
	if ex, ok := guideExamples[q.Name][p.Name]; ok {
		v = ex
	} else if ex, ok := guideDefaults[p.Name]; ok && p.Required {
		v = ex
	}
	switch p.Type {
	case TypeDate:
		return escapeText("date('" + v + "')")
	case TypeInt, TypeFloat:
		return escapeText(v)
	}
	quoted := escapeText(strings.ReplaceAll(v, "'", `\'`))
	if !p.Required {
		return "'" + quoted + "'"
	}
	key := q.Name + "-" + p.Name
	seen := false
	for _, in := range *inputs {
		seen = seen || in.Key == key
	}
	if !seen {
		*inputs = append(*inputs, guideInput{Key: key, Param: p.Name, Value: v})
	}
	return fmt.Sprintf(`'<span value-key="%s">%s</span>'`, key, quoted)
}

// guideSlide is one slide of the guide's query part.
type guideSlide struct {
	Title   string
	Intro   string
	Queries []guideQuery
}

// guideSlides groups the queries: the graph-returning ones first, then the
// others three to a slide.
func guideSlides() []guideSlide {
	draw := guideSlide{Title: "Questions that draw",
		Intro: "These return paths: the Browser draws them. Click a node to see its properties, double-click to expand it."}
	var rows []guideQuery
	for _, q := range List() {
		body, inputs := guideCypher(q)
		gq := guideQuery{Query: q, Body: body, Inputs: inputs}
		if q.Graph {
			draw.Queries = append(draw.Queries, gq)
		} else {
			rows = append(rows, gq)
		}
	}
	slides := []guideSlide{draw}
	for i := 0; i < len(rows); i += 3 {
		end := min(i+3, len(rows))
		slides = append(slides, guideSlide{
			Title:   fmt.Sprintf("Questions with tables (%d of %d)", i/3+1, (len(rows)+2)/3),
			Intro:   "These return rows; switch the result frame to Table, or run the same query on the command line with actorgraph query NAME.",
			Queries: rows[i:end]})
	}
	return slides
}

// WriteGuide writes the Neo4j Browser guide of actorgraph (for :play URL):
// the graph model, how to read provenance, and every canned query as a
// one-click query with its parameters filled in.
func WriteGuide(w io.Writer) error {
	if err := guideTemplate.Execute(w, guideSlides()); err != nil {
		return fmt.Errorf("write guide: %w", err)
	}
	return nil
}
