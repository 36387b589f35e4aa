package schema

import "sort"

// Label is a node label of the actor graph. Labels reach Cypher only through
// these constants, never from article text.
type Label string

// The node labels of the graph model (docs/graph-model.md).
const (
	Country      Label = "Country"
	Person       Label = "Person"
	Official     Label = "Official"
	City         Label = "City"
	Region       Label = "Region"
	Organisation Label = "Organisation"
	Article      Label = "Article"
)

// EntityLabels lists the labels an extracted entity may carry as its type.
var EntityLabels = []Label{Country, Person, City, Region, Organisation}

// NodeLabels lists every label that has an id constraint.
var NodeLabels = []Label{Article, City, Country, Organisation, Person, Region}

// ParseLabel returns the label spelled s and whether it is an entity or
// article label of the ontology.
func ParseLabel(s string) (Label, bool) {
	for _, l := range NodeLabels {
		if string(l) == s {
			return l, true
		}
	}
	if s == string(Official) {
		return Official, true
	}
	return "", false
}

// RelType is a relationship type of the actor graph.
type RelType string

// Interaction (event) types of the graph model.
const (
	MetWith            RelType = "MET_WITH"
	SpokeWith          RelType = "SPOKE_WITH"
	Visited            RelType = "VISITED"
	AgreedWith         RelType = "AGREED_WITH"
	Supported          RelType = "SUPPORTED"
	Urged              RelType = "URGED"
	Accused            RelType = "ACCUSED"
	Criticized         RelType = "CRITICIZED"
	Rejected           RelType = "REJECTED"
	Vetoed             RelType = "VETOED"
	Threatened         RelType = "THREATENED"
	SuspendedTalksWith RelType = "SUSPENDED_TALKS_WITH"
	Sanctioned         RelType = "SANCTIONED"
	Attacked           RelType = "ATTACKED"
	Bombed             RelType = "BOMBED"
	Captured           RelType = "CAPTURED"
	Besieged           RelType = "BESIEGED"
	Killed             RelType = "KILLED"
)

// Structural (fact) types of the graph model.
const (
	OfficialOf RelType = "OFFICIAL_OF"
	LocatedIn  RelType = "LOCATED_IN"
	BasedIn    RelType = "BASED_IN"
	PartOf     RelType = "PART_OF"
	MemberOf   RelType = "MEMBER_OF"
	Mentions   RelType = "MENTIONS"
)

type relInfo struct {
	cameo      string
	symmetric  bool
	structural bool
}

var relTypes = map[RelType]relInfo{
	MetWith:            {cameo: "04", symmetric: true},
	SpokeWith:          {cameo: "04", symmetric: true},
	Visited:            {cameo: "04"},
	AgreedWith:         {cameo: "05", symmetric: true},
	Supported:          {cameo: "05"},
	Urged:              {cameo: "02"},
	Accused:            {cameo: "11"},
	Criticized:         {cameo: "11"},
	Rejected:           {cameo: "12"},
	Vetoed:             {cameo: "12"},
	Threatened:         {cameo: "13"},
	SuspendedTalksWith: {cameo: "16"},
	Sanctioned:         {cameo: "16"},
	Attacked:           {cameo: "18"},
	Bombed:             {cameo: "19"},
	Captured:           {cameo: "19"},
	Besieged:           {cameo: "19"},
	Killed:             {cameo: "18"},
	OfficialOf:         {structural: true},
	LocatedIn:          {structural: true},
	BasedIn:            {structural: true},
	PartOf:             {structural: true},
	MemberOf:           {structural: true},
	Mentions:           {structural: true},
}

// RelTypes returns every relationship type of the ontology, sorted.
func RelTypes() []RelType {
	out := make([]RelType, 0, len(relTypes))
	for t := range relTypes {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// ParseRelType returns the relationship type spelled s and whether the
// ontology allows it.
func ParseRelType(s string) (RelType, bool) {
	t := RelType(s)
	_, ok := relTypes[t]
	return t, ok
}

// Valid reports whether t is in the ontology's allow-list.
func (t RelType) Valid() bool { _, ok := relTypes[t]; return ok }

// Symmetric reports whether t is stored once with the lower id first and
// matched in either direction.
func (t RelType) Symmetric() bool { return relTypes[t].symmetric }

// Structural reports whether t is a fact about the world rather than an event.
func (t RelType) Structural() bool { return relTypes[t].structural }

// CAMEO returns the CAMEO root code of an interaction type, or "".
func (t RelType) CAMEO() string { return relTypes[t].cameo }

// Modality says whether an event happened, is planned, is reported by someone
// else, or is denied.
type Modality string

// The modalities of the graph model.
const (
	Asserted Modality = "asserted"
	Planned  Modality = "planned"
	Reported Modality = "reported"
	Negated  Modality = "negated"
)

// DatePrecision says how much of an event's date the text fixes: the day
// ("on Saturday"), only the month ("in December", "last month": the date
// is the first of the month) or only the year ("in 2004": January 1).
type DatePrecision string

// The date precisions of ONTOLOGY.md; an empty precision means Day.
const (
	Day   DatePrecision = "day"
	Month DatePrecision = "month"
	Year  DatePrecision = "year"
)

// Rank orders precisions from finest (1, a day) to coarsest (3, a year).
func (p DatePrecision) Rank() int {
	switch p {
	case Month:
		return 2
	case Year:
		return 3
	}
	return 1
}

// OrgKinds lists the allowed values of Organisation.kind.
var OrgKinds = []string{"igo", "government", "military", "armed_group", "ngo", "party", "media", "company", "other"}

// Interactions returns the interaction (non-structural) types, sorted.
func Interactions() []RelType {
	var out []RelType
	for _, t := range RelTypes() {
		if !t.Structural() {
			out = append(out, t)
		}
	}
	return out
}

// Quad classes group the twenty CAMEO roots into four, as GDELT and PLOVER
// do: roots 01-05 are verbal cooperation, 06-08 material cooperation, 09-13
// verbal conflict and 14-20 material conflict.
const (
	VerbalCooperation   = "verbal cooperation"
	MaterialCooperation = "material cooperation"
	VerbalConflict      = "verbal conflict"
	MaterialConflict    = "material conflict"
)

// QuadClass returns the quad class of a CAMEO root code ("01" to "20"), or
// "" for anything else.
func QuadClass(root string) string {
	if len(root) != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9' {
		return ""
	}
	switch n := int(root[0]-'0')*10 + int(root[1]-'0'); {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 8:
		return MaterialCooperation
	case n >= 9 && n <= 13:
		return VerbalConflict
	case n >= 14 && n <= 20:
		return MaterialConflict
	}
	return ""
}

// Quad returns the quad class of t's CAMEO root, or "" for a structural type.
func (t RelType) Quad() string { return QuadClass(t.CAMEO()) }

// Bookkeeping lists the properties the loader keeps on nodes, edges and
// articles so that a new version of an article, or its retraction, takes
// away exactly what it gave (docs/graph-model.md, "Updates and
// retraction"). Exports leave them out.
var Bookkeeping = []string{"tally", "tally_counts", "evidence_by_article", "contribution", "edge_keys", "edge_evidence"}
