package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// knownRuleFailures is the list of rule examples that do not give their
// edge yet: one "rule-id reason" a line.
const knownRuleFailures = "testdata/rules/known_failures.txt"

// TestRuleExamples runs the example of every rule of data/rules.yaml as
// its own subtest, named by the rule id: the example must give the edge of
// expect, made by that rule. A rule listed in knownRuleFailures must fail,
// so that the list shrinks when a rule learns its example.
func TestRuleExamples(t *testing.T) {
	rs, err := defaultRules()
	if err != nil {
		t.Fatal(err)
	}
	known := readKnownFailures(t, knownRuleFailures)
	ids := map[string]bool{}
	p := testPipeline(t)
	for _, ru := range rs.rules {
		ids[ru.ID] = true
		t.Run(ru.ID, func(t *testing.T) {
			if strings.TrimSpace(ru.Example) == "" || strings.TrimSpace(ru.Expect) == "" {
				t.Fatalf("rule %s has no example and expect", ru.ID)
			}
			f, err := parseExpect(ru.Expect)
			if err != nil {
				t.Fatalf("rule %s: %v", ru.ID, err)
			}
			x := p.Extract(Article{Title: "Test", Text: ru.Example, Published: "2024-05-15"}).Extraction()
			got := ruleGave(x, f, ru.ID)
			switch reason, listed := known[ru.ID]; {
			case listed && got:
				t.Errorf("%s now gives %q on %q: remove it from %s (%s)", ru.ID, ru.Expect, ru.Example, knownRuleFailures, reason)
			case !listed && !got:
				t.Errorf("%s: %q does not give %q by this rule; got %s", ru.ID, ru.Example, ru.Expect, ruleEdges(x))
			}
		})
	}
	for id := range known {
		if !ids[id] {
			t.Errorf("%s lists %s, which is no rule of data/rules.yaml", knownRuleFailures, id)
		}
	}
}

// parseExpect reads "Chile ACCUSED Peru": the names around an interaction
// type of the ontology.
func parseExpect(s string) (fact, error) {
	words := strings.Fields(s)
	for i, w := range words {
		if t, ok := schema.ParseRelType(w); ok && i > 0 && i < len(words)-1 {
			return fact{typ: string(t), from: strings.Join(words[:i], " "), to: strings.Join(words[i+1:], " ")}, nil
		}
	}
	return fact{}, fmt.Errorf("expect %q is not \"FROM TYPE TO\" with a relation type of the ontology", s)
}

// ruleGave reports whether x holds the edge f made by the rule id.
func ruleGave(x graph.Extraction, f fact, id string) bool {
	r, ok := findFact(x, f)
	if !ok {
		return false
	}
	if r.Rule == id {
		return true
	}
	for _, ru := range r.Rules {
		if ru == id {
			return true
		}
	}
	return false
}

// ruleEdges lists the interaction edges of x with their rules.
func ruleEdges(x graph.Extraction) string {
	name := entityNames(x)
	var out []string
	for _, r := range x.Relations {
		if r.Type != string(schema.Mentions) {
			out = append(out, name[r.Source]+" "+r.Type+" "+name[r.Target]+" ("+r.Rule+")")
		}
	}
	return "[" + strings.Join(out, "; ") + "]"
}

// TestRuleConditions checks the conditions the built-in rules state as
// data and in their hooks, each by a pair of invented sentences: one the
// condition lets through, one it stops.
func TestRuleConditions(t *testing.T) {
	runRelationCases(t, []relationCase{
		{name: "figurative_blows_strike", text: "Chilean jets hit Peru with missiles on Monday.", typ: "BOMBED", from: "Chile", to: "Peru"},
		{name: "figurative_blows_tariffs", text: "Chile hit Peru with new tariffs on Monday.", absent: "BOMBED"},
		{name: "figurative_blows_criticism", text: "Chile attacked Peru with fresh criticism on Monday.", absent: "ATTACKED"},
		{name: "attributive_cues_adjective", text: "Peru denied the alleged plot by Chile.", absent: "ACCUSED"},
		{name: "beside_words_with", text: "Peruvian President Mira Okafor spoke with Chilean President Tomas Feld on Monday.", typ: "SPOKE_WITH", from: "Mira Okafor", to: "Tomas Feld"},
		{name: "beside_words_alongside", text: "Peruvian President Mira Okafor spoke alongside Chilean President Tomas Feld on Monday.", absent: "SPOKE_WITH"},
		{name: "carried_objects_flew", text: "Peruvian President Mira Okafor flew to Chile on Monday.", typ: "VISITED", from: "Mira Okafor", to: "Chile"},
		{name: "carried_objects_them", text: "Peruvian President Mira Okafor flew them to Chile on Monday.", absent: "VISITED"},
		{name: "pact_nouns_deal", text: "Chile signed a deal with Peru on Monday.", typ: "AGREED_WITH", from: "Chile", to: "Peru"},
		{name: "pact_nouns_none", text: "Chile signed with Peru on Monday.", absent: "AGREED_WITH"},
		{name: "terror_words_terrorist", text: "Chile designated the Ardent Front a terrorist group on Monday.", typ: "SANCTIONED", from: "Chile", to: "Ardent Front"},
		{name: "terror_words_rebel", text: "Chile designated the Ardent Front a rebel group on Monday.", absent: "SANCTIONED"},
		{name: "objects_bloc", text: "Kenya withdrew from the East African Community on Monday.", typ: "SUSPENDED_TALKS_WITH", from: "Kenya", to: "East African Community"},
		{name: "objects_country", text: "Kenya withdrew from Uganda on Monday.", absent: "SUSPENDED_TALKS_WITH"},
		{name: "agents_person", text: "Peruvian President Mira Okafor was in Chile on Monday for talks on water.", typ: "VISITED", from: "Mira Okafor", to: "Chile"},
		{name: "agents_country", text: "Peru was in Chile on Monday for talks on water.", absent: "VISITED"},
		{name: "mutual_clash", text: "Chilean troops clashed with Peruvian soldiers near the border.", typ: "ATTACKED", from: "Peru", to: "Chile"},
		{name: "hook_clash_dispute", text: "Norway clashed with Sweden over fishing quotas.", absent: "ATTACKED"},
		{name: "hook_travel_headed_to", text: "Norwegian envoy Mira Okafor headed to Peru on Monday.", typ: "VISITED", from: "Mira Okafor", to: "Peru"},
		{name: "hook_travel_headed_mission", text: "Norwegian envoy Mira Okafor headed the mission in Peru.", absent: "VISITED"},
		{name: "british_travelled", text: "Peruvian President Mira Okafor travelled to Chile on Monday.", typ: "VISITED", from: "Mira Okafor", to: "Chile"},
	})
}

// readmeDictionary returns the YAML of the dictionary example of the
// README.
func readmeDictionary(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "**Custom dictionaries**")
	if !ok {
		t.Fatal("README has no **Custom dictionaries** section")
	}
	_, rest, _ = strings.Cut(rest, "```yaml\n")
	block, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("README's dictionary section has no yaml block")
	}
	return block
}

// TestReadmeDictionary loads the dictionary example of the README: its
// rule fires on its example, on a place allowed by objects, and not when
// its exception holds.
func TestReadmeDictionary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "readme.yaml")
	if err := os.WriteFile(path, []byte(readmeDictionary(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	p := dictionaryExamples(t, path)
	cases := []struct {
		text string
		want bool
	}{
		{"Chilean jets pummelled Nova Tessa on Monday.", true},
		{"Chilean jets pummel Peru every night.", true},
		{"Chilean officials pummelled the Ardent Front with criticism.", false},
	}
	for _, c := range cases {
		x := p.Extract(Article{Title: "Test", Text: c.text, Published: "2024-05-15"}).Extraction()
		got := false
		for _, r := range x.Relations {
			got = got || r.Rule == "bombed/pummel"
		}
		if got != c.want {
			t.Errorf("README rule on %q: fired=%v, want %v; got %s", c.text, got, c.want, ruleEdges(x))
		}
	}
}

// TestExampleDictionary runs the rule examples of examples/dictionary.yaml.
func TestExampleDictionary(t *testing.T) {
	dictionaryExamples(t, "../examples/dictionary.yaml")
}

// dictionaryExamples loads the dictionary at path into a pipeline, checks
// that each of its rules gives its expect on its example and returns the
// pipeline.
func dictionaryExamples(t *testing.T, path string) *Pipeline {
	t.Helper()
	p, err := NewPipeline(Options{Dictionaries: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dict, err := parseDictionary(path, data)
	if err != nil || len(dict.Rules) == 0 {
		t.Fatalf("%s: %v, %d rules", path, err, len(dict.Rules))
	}
	for _, ru := range dict.Rules {
		if ru.Example == "" {
			continue
		}
		f, err := parseExpect(ru.Expect)
		if err != nil {
			t.Fatal(err)
		}
		if x := p.Extract(Article{Title: "Test", Text: ru.Example, Published: "2024-05-15"}).Extraction(); !ruleGave(x, f, ru.ID) {
			t.Errorf("%s: rule %s: %q does not give %q; got %s", path, ru.ID, ru.Example, ru.Expect, ruleEdges(x))
		}
	}
	return p
}

// TestDictionaryPlaces checks a user's verb rule whose object is a place
// of the gazetteer: it gives no edge unless objects (or places) allows
// places.
func TestDictionaryPlaces(t *testing.T) {
	for _, tt := range []struct {
		name, rule string
		want       bool
	}{
		{"objects_place", "{id: bombed/blitz, type: BOMBED, forms: [blitz], preps: [\"\"], objects: [place]}", true},
		{"objects_city", "{id: bombed/blitz, type: BOMBED, forms: [blitz], preps: [\"\"], objects: [city, country]}", true},
		{"places", "{id: bombed/blitz, type: BOMBED, forms: [blitz], preps: [\"\"], places: true}", true},
		{"no_places", "{id: bombed/blitz, type: BOMBED, forms: [blitz], preps: [\"\"]}", false},
		{"objects_country_only", "{id: bombed/blitz, type: BOMBED, forms: [blitz], preps: [\"\"], objects: [country]}", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "d.yaml")
			if err := os.WriteFile(path, []byte("rules:\n  - "+tt.rule+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			p, err := NewPipeline(Options{Dictionaries: []string{path}})
			if err != nil {
				t.Fatal(err)
			}
			x := p.Extract(Article{Title: "Test", Text: "Chilean jets blitzed Arequipa on Monday.", Published: "2024-05-15"}).Extraction()
			if got := ruleGave(x, fact{typ: "BOMBED", from: "Chile", to: "Arequipa"}, "bombed/blitz"); got != tt.want {
				t.Errorf("%s: Chile BOMBED Arequipa = %v, want %v; got %s", tt.rule, got, tt.want, ruleEdges(x))
			}
		})
	}
}
