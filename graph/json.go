package graph

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/actorgraph/actorgraph/schema"
)

// Extraction is the extraction JSON of ONTOLOGY.md.
type Extraction struct {
	Articles  []Article  `json:"articles"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Entity is one node in the extraction JSON.
type Entity struct {
	ID         string         `json:"id"`
	Type       string         `json:"type"`
	Name       string         `json:"name"`
	Aliases    []string       `json:"aliases"`
	Official   bool           `json:"official,omitempty"`
	Properties map[string]any `json:"properties,omitempty"`
}

// Relation is one edge in the extraction JSON. Article and Rule name the
// first supporting article and rule; Articles and Rules list them all.
type Relation struct {
	Type     string   `json:"type"`
	Source   string   `json:"source"`
	Target   string   `json:"target"`
	Article  string   `json:"article"`
	Articles []string `json:"articles"`
	Evidence []string `json:"evidence"`
	Date     string   `json:"date,omitempty"`
	// DatePrecision is "month" or "year" when the text fixes only that
	// much of Date; omitted for a day.
	DatePrecision string         `json:"date_precision,omitempty"`
	Modality      string         `json:"modality,omitempty"`
	Confidence    float64        `json:"confidence"`
	Rule          string         `json:"rule"`
	Rules         []string       `json:"rules"`
	Finders       []string       `json:"finders,omitempty"` // the argument finders that gave the ends
	Properties    map[string]any `json:"properties"`
}

// Extraction returns g in the extraction JSON form, sorted for stable output.
func (g *Graph) Extraction() Extraction {
	x := Extraction{Articles: append([]Article{}, g.Articles...), Entities: []Entity{}, Relations: []Relation{}}
	sort.Slice(x.Articles, func(i, j int) bool { return x.Articles[i].ID < x.Articles[j].ID })
	for _, n := range g.Nodes() {
		aliases := append([]string{}, n.Aliases...)
		sort.Strings(aliases)
		x.Entities = append(x.Entities, Entity{ID: n.ID, Type: string(n.Label), Name: n.Name,
			Aliases: aliases, Official: n.Official, Properties: n.Props})
	}
	for _, e := range g.Edges() {
		r := Relation{Type: string(e.Type), Source: e.From, Target: e.To, Articles: e.Articles,
			Evidence: e.Evidence, Date: e.Date, Modality: string(e.Modality), Confidence: e.Confidence,
			Rules: e.Rules, Finders: e.Finders, Properties: map[string]any{}}
		if !e.Type.Structural() && e.DatePrecision != "" && e.DatePrecision != schema.Day {
			r.DatePrecision = string(e.DatePrecision)
		}
		if len(e.Articles) > 0 {
			r.Article = e.Articles[0]
		}
		if len(e.Rules) > 0 {
			r.Rule = e.Rules[0]
		}
		if r.Evidence == nil {
			r.Evidence = []string{}
		}
		if r.Rules == nil {
			r.Rules = []string{}
		}
		if len(e.Titles) > 0 {
			r.Properties["title"] = e.Titles[0]
			r.Properties["titles"] = e.Titles
		}
		if e.Location != "" {
			r.Properties["location"] = e.Location
		}
		if e.Casualties > 0 {
			r.Properties["casualties"] = e.Casualties
		}
		if e.Type == schema.Mentions {
			r.Properties["count"] = e.Count
		}
		if e.Type.CAMEO() != "" {
			r.Properties["cameo"] = e.Type.CAMEO()
		}
		x.Relations = append(x.Relations, r)
	}
	return x
}

// WriteJSON writes the extraction JSON of g, indented.
func (g *Graph) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(g.Extraction())
}

// ReadJSON reads an extraction JSON document into a new Graph. Labels and
// relationship types outside the ontology are errors.
func ReadJSON(r io.Reader) (*Graph, error) {
	var x Extraction
	if err := json.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("decode extraction json: %w", err)
	}
	g := New()
	for _, a := range x.Articles {
		g.AddArticle(a)
	}
	for i, e := range x.Entities {
		l, ok := schema.ParseLabel(e.Type)
		if !ok || l == schema.Article || l == schema.Official {
			return nil, fmt.Errorf("entity %d (%s): unknown type %q", i, e.ID, e.Type)
		}
		if !schema.ValidID(e.ID) {
			return nil, fmt.Errorf("entity %d: malformed id %q", i, e.ID)
		}
		g.AddNode(Node{ID: e.ID, Label: l, Name: e.Name, Aliases: e.Aliases, Official: e.Official, Props: e.Properties})
	}
	for i, r := range x.Relations {
		t, ok := schema.ParseRelType(r.Type)
		if !ok {
			return nil, fmt.Errorf("relation %d: unknown type %q", i, r.Type)
		}
		e := Edge{Type: t, From: r.Source, To: r.Target, Date: r.Date, Modality: schema.Modality(r.Modality),
			Confidence: r.Confidence, Articles: r.Articles, Evidence: r.Evidence, Rules: r.Rules, Finders: r.Finders}
		switch p := schema.DatePrecision(r.DatePrecision); p {
		case "", schema.Day, schema.Month, schema.Year:
			e.DatePrecision = p
		default:
			return nil, fmt.Errorf("relation %d: unknown date_precision %q", i, r.DatePrecision)
		}
		if len(e.Articles) == 0 && r.Article != "" {
			e.Articles = []string{r.Article}
		}
		if len(e.Rules) == 0 && r.Rule != "" {
			e.Rules = []string{r.Rule}
		}
		if titles, ok := r.Properties["titles"].([]any); ok {
			for _, t := range titles {
				if s, ok := t.(string); ok {
					e.Titles = append(e.Titles, s)
				}
			}
		} else if t, ok := r.Properties["title"].(string); ok {
			e.Titles = []string{t}
		}
		if loc, ok := r.Properties["location"].(string); ok {
			e.Location = loc
		}
		if c, ok := r.Properties["casualties"].(float64); ok {
			e.Casualties = int(c)
		}
		if c, ok := r.Properties["count"].(float64); ok {
			e.Count = int(c)
		}
		g.AddEdge(e)
	}
	return g, nil
}
