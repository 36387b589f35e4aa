package ingest

import (
	_ "embed"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// ruleKind says how a trigger relates to its arguments.
type ruleKind uint8

const (
	verbRule   ruleKind = iota // subject VERB [prep] object; passive: object was VERBed by subject
	nounRule                   // [agent's|agent-adj] NOUN prep target; agent by / light-verb subject
	hyphenRule                 // agent-VERBed target: "Turkey-backed forces"
)

// Rule is one pattern of the relation lexicon. Rules are data: the default
// set is data/rules.yaml, and custom dictionaries add more in the same
// schema. The README documents every field.
type Rule struct {
	ID      string         `yaml:"id"`
	Type    schema.RelType `yaml:"type"`
	Kind    string         `yaml:"kind"`    // verb (default), noun, hyphen
	Forms   []string       `yaml:"forms"`   // trigger phrases; for verbs the first word is inflected
	Preps   []string       `yaml:"preps"`   // words that introduce the object; "" allows a direct object
	Passive bool           `yaml:"passive"` // "was vetoed by X"
	Speech  bool           `yaml:"speech"`  // the trigger is itself a statement (no reported modality)
	Places  bool           `yaml:"places"`  // the object may be a place (implied by a place kind in Objects)
	Mutual  bool           `yaml:"mutual"`  // the event holds both ways: "X clashed with Y"

	UnlessBefore  *WordWindow `yaml:"unless_before"`  // no event when a word of the set comes just before the trigger
	UnlessAfter   *WordWindow `yaml:"unless_after"`   // no event when a word of the set comes just after the trigger
	RequiresAfter *WordWindow `yaml:"requires_after"` // no event unless a word of the set comes just after the trigger
	Objects       []string    `yaml:"objects"`        // allowed object kinds; without one of them, no event
	Agents        []string    `yaml:"agents"`         // allowed agent kinds; other agents give no edge

	Example string `yaml:"example"` // an invented sentence the rule reads (TestRuleExamples)
	Expect  string `yaml:"expect"`  // the edge of Example: "Sylvania ACCUSED Freedonia"

	kind    ruleKind
	seqs    [][]string
	objects kindSet
	agents  kindSet
	hook    ruleHook
}

type ruleSet struct {
	rules   []*Rule
	byFirst map[string][]ruleSeq
}

type ruleSeq struct {
	rule *Rule
	seq  []string
	form string // for verbs: "base", "s", "ed" or "ing" (of the first word)
}

//go:embed data/rules.yaml
var builtinRules []byte

// builtinRulesName names the built-in lexicon in errors.
const builtinRulesName = "ingest/data/rules.yaml"

// defaultRules is the built-in relation lexicon, data/rules.yaml, read by
// the loader of users' dictionaries.
func defaultRules() (*ruleSet, error) {
	dict, err := parseDictionary(builtinRulesName, builtinRules)
	if err != nil {
		return nil, err
	}
	rs := &ruleSet{}
	if err := rs.add(builtinRulesName, dict.Rules); err != nil {
		return nil, err
	}
	return rs, nil
}

// compile expands verb forms and indexes every trigger by its first word.
// Its rules are prepared (ruleSet.add).
func (rs *ruleSet) compile() {
	rs.byFirst = map[string][]ruleSeq{}
	for _, ru := range rs.rules {
		ru.seqs = nil
		for _, f := range ru.Forms {
			words := strings.Fields(strings.ToLower(f))
			if len(words) == 0 {
				continue
			}
			variants := [][]string{words}
			if ru.kind == verbRule {
				variants = nil
				for _, v := range inflect(words[0]) {
					variants = append(variants, append([]string{v}, words[1:]...))
					// "held coordinated talks", "imposed new sanctions": also any article/adjective after the verb
				}
			}
			for _, v := range variants {
				ru.seqs = append(ru.seqs, v)
				form := ""
				if ru.kind == verbRule {
					switch {
					case v[0] == words[0] && len(v) > 1 && irregular[words[0]][0] == words[0]:
						form = "ed" // "cut ties", "hit out at": a phrase the past of which is its base
					case v[0] == words[0]:
						form = "base"
					case strings.HasSuffix(v[0], "ing"):
						form = "ing"
					case strings.HasSuffix(v[0], "s") && !strings.HasSuffix(words[0], "s"):
						form = "s"
					default:
						form = "ed"
					}
				}
				rs.byFirst[v[0]] = append(rs.byFirst[v[0]], ruleSeq{rule: ru, seq: v, form: form})
			}
		}
	}
}

// irregular verbs: base -> past, past participle.
var irregular = map[string][2]string{
	"meet": {"met", "met"}, "hold": {"held", "held"}, "sit": {"sat", "sat"}, "speak": {"spoke", "spoken"},
	"break": {"broke", "broken"}, "take": {"took", "taken"}, "retake": {"retook", "retaken"},
	"fight": {"fought", "fought"}, "strike": {"struck", "struck"}, "hit": {"hit", "hit"},
	"overrun": {"overran", "overrun"}, "lay": {"laid", "laid"}, "fly": {"flew", "flown"},
	"seek": {"sought", "sought"}, "send": {"sent", "sent"}, "cut": {"cut", "cut"}, "shoot": {"shot", "shot"},
	"withdraw": {"withdrew", "withdrawn"}, "slay": {"slew", "slain"}, "bring": {"brought", "brought"},
	"begin": {"began", "begun"}, "give": {"gave", "given"}, "make": {"made", "made"}, "lead": {"led", "led"},
	"put": {"put", "put"}, "set": {"set", "set"}, "win": {"won", "won"}, "tell": {"told", "told"},
	"say": {"said", "said"}, "arm": {"armed", "armed"}, "pull": {"pulled", "pulled"}, "freeze": {"froze", "frozen"},
	"quit": {"quit", "quit"}, "hurt": {"hurt", "hurt"}, "cost": {"cost", "cost"},
	"stand": {"stood", "stood"}, "come": {"came", "come"}, "throw": {"threw", "thrown"}, "fall": {"fell", "fallen"}, "shake": {"shook", "shaken"}, "have": {"had", "had"},
	"drive": {"drove", "driven"}, "leave": {"left", "left"},
}

// inflect returns the base, third person, past, participle and -ing forms.
func inflect(base string) []string {
	out := []string{base}
	add := func(s string) {
		for _, x := range out {
			if x == s {
				return
			}
		}
		out = append(out, s)
	}
	switch {
	case strings.HasSuffix(base, "y") && !strings.ContainsAny(base[len(base)-2:len(base)-1], "aeiou"):
		add(base[:len(base)-1] + "ies")
	case strings.HasSuffix(base, "o") || strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z"):
		add(base + "es")
	default:
		add(base + "s")
	}
	if irr, ok := irregular[base]; ok {
		add(irr[0])
		add(irr[1])
	} else {
		add(pastOf(base))
	}
	add(ingOf(base))
	if doublesL(base) {
		add(base + "led") // British spelling: "pummelled", "travelling"
		add(base + "ling")
	}
	return out
}

// doublesL reports whether a verb ending consonant-vowel-"l" doubles the
// "l" in British spelling: "pummel" -> "pummelled", "travel" ->
// "travelling".
func doublesL(base string) bool {
	n := len(base)
	return n >= 3 && base[n-1] == 'l' && strings.IndexByte("aeiou", base[n-2]) >= 0 && strings.IndexByte("aeiou", base[n-3]) < 0
}

func pastOf(base string) string {
	switch {
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && !strings.ContainsAny(base[len(base)-2:len(base)-1], "aeiou"):
		return base[:len(base)-1] + "ied"
	case doubles(base):
		return base + base[len(base)-1:] + "ed"
	}
	return base + "ed"
}

func ingOf(base string) string {
	switch {
	case strings.HasSuffix(base, "ie"):
		return base[:len(base)-2] + "ying"
	case strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee"):
		return base[:len(base)-1] + "ing"
	case doubles(base):
		return base + base[len(base)-1:] + "ing"
	}
	return base + "ing"
}

var doubledVerbs = mustWordSet("doubled_verbs")

// doubles reports whether a one-syllable verb ending consonant-vowel-
// consonant doubles its last letter: "ship" -> "shipped".
func doubles(base string) bool {
	return doubledVerbs[base]
}
