package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// The conditions a rule states as data (data/rules.yaml, users'
// dictionaries): exceptions and requirements by named word set within a
// window of tokens, and the kinds of actor its objects and agents may be.
// What data cannot say is in ruleHooks (rule_hooks.go).

// WordWindow names a word set of data/wordsets.txt and a window of tokens
// next to the trigger: {set: figurative_blows, within: 10}. Forms, when
// given, limit the condition to those forms of the rule's trigger.
type WordWindow struct {
	Set    string   `yaml:"set"`
	Within int      `yaml:"within"`
	Forms  []string `yaml:"forms"`
	words  map[string]bool
	firsts map[string]bool // the first words of Forms, inflected for verbs
}

// kindSet is a set of entity kinds, one bit each.
type kindSet uint16

const (
	kCountry kindSet = 1 << iota
	kPerson
	kCity
	kRegion
	kIGO
	kGovernment
	kMilitary
	kArmedGroup
	kNGO
	kParty
	kMedia
	kCompany
	kOtherOrg

	kOrganisation = kIGO | kGovernment | kMilitary | kArmedGroup | kNGO | kParty | kMedia | kCompany | kOtherOrg
)

// entityKinds are the kind names rules use in objects and agents: the
// labels of the ontology, "place" for a city or region, and the kinds of
// organisation of the gazetteer ("other" also takes an organisation of no
// known kind).
var entityKinds = map[string]kindSet{
	"country": kCountry, "person": kPerson, "city": kCity, "region": kRegion, "place": kCity | kRegion,
	"organisation": kOrganisation, "organization": kOrganisation,
	"igo": kIGO, "government": kGovernment, "military": kMilitary, "armed_group": kArmedGroup,
	"ngo": kNGO, "party": kParty, "media": kMedia, "company": kCompany, "other": kOtherOrg,
}

// orgKinds maps an organisation's Kind to its bit.
var orgKinds = map[string]kindSet{
	"igo": kIGO, "government": kGovernment, "military": kMilitary, "armed_group": kArmedGroup,
	"ngo": kNGO, "party": kParty, "media": kMedia, "company": kCompany, "other": kOtherOrg, "": kOtherOrg,
}

// kindOf returns the kind bit of e, or 0.
func kindOf(e *Entity) kindSet {
	switch e.Label {
	case schema.Country:
		return kCountry
	case schema.Person:
		return kPerson
	case schema.City:
		return kCity
	case schema.Region:
		return kRegion
	case schema.Organisation:
		return orgKinds[e.Kind]
	}
	return 0
}

// prepare checks that ru can fire and binds its word sets, kinds and
// hook. The error names the rule; the caller names the file.
func (ru *Rule) prepare() error {
	if _, ok := schema.ParseRelType(string(ru.Type)); !ok || ru.Type.Structural() {
		return fmt.Errorf("type %q is not an interaction type of the ontology", ru.Type)
	}
	switch ru.Kind {
	case "", "verb":
		ru.kind = verbRule
	case "noun":
		ru.kind = nounRule
	case "hyphen":
		ru.kind = hyphenRule
	default:
		return fmt.Errorf("kind %q is not verb, noun or hyphen", ru.Kind)
	}
	if len(ru.Forms) == 0 {
		return fmt.Errorf("has no forms")
	}
	for _, f := range ru.Forms {
		if len(strings.Fields(strings.ToLower(f))) == 0 {
			return fmt.Errorf("has an empty form")
		}
	}
	if (strings.TrimSpace(ru.Example) == "") != (strings.TrimSpace(ru.Expect) == "") {
		return fmt.Errorf("example and expect go together: a sentence and the edge it gives")
	}
	var err error
	if ru.objects, err = kindsOf("objects", ru.Objects); err != nil {
		return err
	}
	if ru.agents, err = kindsOf("agents", ru.Agents); err != nil {
		return err
	}
	if ru.objects&(kCity|kRegion) != 0 {
		ru.Places = true
	}
	for _, w := range []struct {
		name string
		w    *WordWindow
	}{{"unless_before", ru.UnlessBefore}, {"unless_after", ru.UnlessAfter}, {"requires_after", ru.RequiresAfter}} {
		if err := ru.prepareWindow(w.name, w.w); err != nil {
			return err
		}
	}
	ru.hook = ruleHooks[ru.ID]
	return nil
}

// kindsOf returns the kind set of names, the value of field.
func kindsOf(field string, names []string) (kindSet, error) {
	var ks kindSet
	for _, n := range names {
		k, ok := entityKinds[strings.ToLower(n)]
		if !ok {
			return 0, fmt.Errorf("%s: unknown kind %q (want country, person, city, region, place, organisation or a kind of organisation)", field, n)
		}
		ks |= k
	}
	return ks, nil
}

// prepareWindow checks the window w of the field name of ru and binds its
// word set and forms.
func (ru *Rule) prepareWindow(name string, w *WordWindow) error {
	if w == nil {
		return nil
	}
	words, ok := wordSet(w.Set)
	if !ok {
		return fmt.Errorf("%s: unknown word set %q", name, w.Set)
	}
	if w.Within <= 0 {
		return fmt.Errorf("%s: within must be at least 1 token, not %d", name, w.Within)
	}
	w.words, w.firsts = words, nil
	for _, f := range w.Forms {
		if !slices.Contains(ru.Forms, f) {
			return fmt.Errorf("%s: %q is not one of the rule's forms", name, f)
		}
		if w.firsts == nil {
			w.firsts = map[string]bool{}
		}
		first := strings.Fields(strings.ToLower(f))[0]
		w.firsts[first] = true
		if ru.kind == verbRule {
			for _, v := range inflect(first) {
				w.firsts[v] = true
			}
		}
	}
	return nil
}

// ruleConditions applies the data conditions of ev's rule in sentence s
// and then its hook. It is false when they clear ev.
func (x *relater) ruleConditions(ev *event, s Sentence) bool {
	ru := ev.rule
	ok := true
	if w := ru.UnlessBefore; w != nil && x.windowForm(w, ev) && x.wordBefore(w, ev.start, s) {
		ok = false // "the alleged plot": an adjective
	}
	if w := ru.UnlessAfter; ok && w != nil && x.windowForm(w, ev) && x.wordAfter(w, ev.end, s) {
		ok = false // "hit Freedonia with tariffs": no strike
	}
	if w := ru.RequiresAfter; ok && w != nil && x.windowForm(w, ev) && !x.wordAfter(w, ev.end, s) {
		ok = false // "designated X a terrorist group": only such a listing sanctions
	}
	if ok && ru.objects != 0 {
		var kept []*Entity
		for _, t := range ev.targets {
			if ru.objects&kindOf(t) != 0 {
				kept = append(kept, t)
			}
		}
		ev.targets = kept
		ok = len(kept) > 0
	}
	if !ok {
		ev.agents, ev.targets = nil, nil
		return false
	}
	if ru.hook != nil {
		return ru.hook(x, ev, s)
	}
	return true
}

// windowForm reports whether the condition w holds for the trigger form of
// ev.
func (x *relater) windowForm(w *WordWindow, ev *event) bool {
	return w.firsts == nil || w.firsts[x.tok(ev.start).Lower]
}

// wordBefore reports whether a word of w stands in the w.Within tokens
// before i, in sentence s and not before a semicolon.
func (x *relater) wordBefore(w *WordWindow, i int, s Sentence) bool {
	for j := i - 1; j >= s.Start && j >= i-w.Within; j-- {
		if w.words[x.tok(j).Lower] {
			return true
		}
		if x.tok(j).Text == ";" {
			return false
		}
	}
	return false
}

// wordAfter reports whether a word of w stands in the w.Within tokens from
// i, in sentence s and not past a full stop or semicolon.
func (x *relater) wordAfter(w *WordWindow, i int, s Sentence) bool {
	for j := i; j < s.End && j < i+w.Within; j++ {
		if w.words[x.tok(j).Lower] {
			return true
		}
		if x.tok(j).Text == "." || x.tok(j).Text == ";" {
			return false
		}
	}
	return false
}
