package ingest

import (
	"fmt"
	"time"

	"github.com/actorgraph/actorgraph/schema"
)

// mentionKind says how an entity is named in the text.
type mentionKind uint8

const (
	mName       mentionKind = iota // a proper name: "Sergei Lavrov", "Russia", "Aleppo"
	mDemonym                       // a country adjective: "Russian" (air strikes)
	mUnnamed                       // an unnamed official acting as the state: "the Iranian foreign minister"
	mDescriptor                    // a definite description: "the Mission", "the village", "militants"
	mPronoun                       // he, his, she, her
)

// Mention is a span of tokens [Start, End) that names an entity.
type Mention struct {
	Start, End int
	Sent       int
	Kind       mentionKind
	Ent        *Entity
	Place      bool   // used as a location: "in Aleppo", "the town of X"
	Head       string // an actor noun absorbed after the name: forces, aircraft, officials
	Possessive bool   // followed by 's
	Rule       string // the recognition rule that found it
}

// Entity is one real-world actor or place of an article.
type Entity struct {
	ID       string
	Label    schema.Label
	Name     string
	Aliases  map[string]bool
	ISO3     string // country of a place, organisation or country itself
	Kind     string // organisation kind
	Lat, Lon float64
	HasLoc   bool
	Count    int
	Official bool
	Polity   bool   // a region named by its leaders or government acts: "the leaders of Tarsa"
	Parent   string // PART_OF from the gazetteer
	BasedIn  string // BASED_IN from the gazetteer (iso3 or org name)
	Within   *Entity
	Noun     string // the place noun it was introduced with: town, village, city
	known    bool
}

// Relation is one extracted edge before it becomes a graph.Edge.
type Relation struct {
	Type          schema.RelType
	From, To      *Entity
	Sent          int
	Date          string
	DatePrecision schema.DatePrecision // day, month or year; empty with an empty Date
	Modality      schema.Modality
	Confidence    float64
	Rule          string
	Finders       []string // ids of the argument finders that gave From and To (relate_finders.go)
	Title         string
	Casualties    int
	Location      *Entity
}

// Document is one article as it passes through the stages: normalise and
// tokenize fill Text and Tokens, segment fills Sentences, recognize and
// resolve fill Mentions and Entities, relate fills Relations.
type Document struct {
	Article   Article
	Text      string
	Published time.Time
	Tokens    []Token
	Sentences []Sentence
	Mentions  []Mention
	Entities  []*Entity
	Relations []Relation
	byID      map[string]*Entity
	sentOf    []int // token -> sentence
	dateline  *Entity
	mix       mentionIndex
	src       string  // the article's title and text as written
	srcOffs   []int32 // Text offset -> src offset (written.go)
}

func (d *Document) entity(id string) *Entity { return d.byID[id] }

// addEntity returns the entity with e's id, adding e when it is new.
func (d *Document) addEntity(e *Entity) *Entity {
	if have, ok := d.byID[e.ID]; ok {
		if len(e.Name) > len(have.Name) && e.Label == schema.Person {
			have.Aliases[have.Name] = true
			have.Name = e.Name
		}
		return have
	}
	if e.Aliases == nil {
		e.Aliases = map[string]bool{}
	}
	d.byID[e.ID] = e
	d.Entities = append(d.Entities, e)
	return e
}

// String describes a mention for debugging.
func (m Mention) String() string {
	name := "<nil>"
	if m.Ent != nil {
		name = m.Ent.ID
	}
	return fmt.Sprintf("[%d,%d) %s %s", m.Start, m.End, name, m.Rule)
}
