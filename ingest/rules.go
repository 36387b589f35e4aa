package ingest

import (
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
// set is below, and custom dictionaries add more.
type Rule struct {
	ID      string         `yaml:"id"`
	Type    schema.RelType `yaml:"type"`
	Kind    string         `yaml:"kind"`    // verb (default), noun, hyphen
	Forms   []string       `yaml:"forms"`   // trigger phrases; for verbs the first word is inflected
	Preps   []string       `yaml:"preps"`   // words that introduce the object; "" allows a direct object
	Passive bool           `yaml:"passive"` // "was vetoed by X"
	Speech  bool           `yaml:"speech"`  // the trigger is itself a statement (no reported modality)
	Places  bool           `yaml:"places"`  // the object may be a place
	kind    ruleKind
	seqs    [][]string
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

func r(id string, typ schema.RelType, kind string, forms string, preps string, opts ...string) *Rule {
	ru := &Rule{ID: id, Type: typ, Kind: kind, Forms: strings.Split(forms, "|")}
	if preps != "-" {
		ru.Preps = strings.Split(preps, "|")
	}
	for _, o := range opts {
		switch o {
		case "passive":
			ru.Passive = true
		case "speech":
			ru.Speech = true
		case "places":
			ru.Places = true
		}
	}
	return ru
}

// defaultRules is the built-in relation lexicon. Preps "" means a direct
// object; "-" means no object is looked for.
func defaultRules() *ruleSet {
	rs := &ruleSet{rules: []*Rule{
		// 04 consult
		r("met-with/verb", schema.MetWith, "verb", "meet|hold talks|held talks|hold a meeting|sit down|hosted|hosts|hosting|receive", "|with", "passive"),
		r("met-with/discuss", schema.MetWith, "verb", "discuss", "with"),
		r("met-with/noun", schema.MetWith, "noun", "talks|meeting|meetings|summit|discussions|negotiations", "with|between"),
		r("spoke-with/verb", schema.SpokeWith, "verb", "speak|talked|talking|phone|telephone|call|speak by phone|hold a phone call|hold a call|hold phone talks", "with|to|"),
		r("spoke-with/noun", schema.SpokeWith, "noun", "phone call|call|telephone call|conversation|phone conversation", "with|to"),
		r("visited/verb", schema.Visited, "verb", "visit|tour", "", "places", "passive"),
		r("visited/travel", schema.Visited, "verb", "travel|arrive|touch down|fly|head", "to|in", "places"),
		r("visited/be-in", schema.Visited, "verb", "is in|was in|arrives in|arrived in|landed in|lands in|touched down in|touches down in", "", "places"),
		r("visited/noun", schema.Visited, "noun", "visit|trip|trips|tour|stop", "to|in", "places"),
		// 05 cooperate
		r("agreed-with/verb", schema.AgreedWith, "verb", "sign|reach|broker|strike a deal|strike an agreement|agree|conclude|seal|ink|finalize|finalise|clinch", "with|", "passive"),
		r("agreed-with/noun", schema.AgreedWith, "noun", "deal|agreement|agreements|accord|accords|pact|treaty", "between|with"),
		r("supported/verb", schema.Supported, "verb", "back|support|armed|aid|assist|help|fund|finance|equip|reinforce", "", "passive"),
		r("supported/noun", schema.Supported, "noun", "support|backing|assistance|military aid|aid|weapons", "for|to"),
		r("supported/hyphen", schema.Supported, "hyphen", "backed|supported|sponsored|funded|armed|allied|aligned", "-"),
		// 02 appeal
		r("urged/verb", schema.Urged, "verb", "urge|call on|called upon|appeal to|press|implore|exhort|demand", "", "speech", "passive"),
		r("urged/noun", schema.Urged, "noun", "appeal|call|calls|plea", "to|on", "speech"),
		r("urged/ask", schema.Urged, "verb", "ask|call for|demand that|insist that|request", "", "speech"),
		// 11 disapprove
		r("accused/verb", schema.Accused, "verb", "accuse|blame|hold responsible|charge|fault", "", "speech", "passive"),
		r("accused/allege", schema.Accused, "verb", "allege", "|that", "speech"),
		r("accused/blame-on", schema.Accused, "verb", "place blame|place the blame|put the blame|put blame|lay the blame|lay blame|pin the blame|shift the blame|point a finger|point the finger|point fingers|point an accusing finger", "on|at", "speech"),
		r("accused/noun", schema.Accused, "noun", "accusations|accusation|allegations", "against|of", "speech"),
		r("criticized/verb", schema.Criticized, "verb", "criticise|criticize|condemn|denounce|slam|decry|lambaste|rebuke|censure|deplore", "", "speech", "passive"),
		r("criticized/noun", schema.Criticized, "noun", "criticism|condemnation", "of|from", "speech"),
		// 12 reject
		r("rejected/verb", schema.Rejected, "verb", "reject|dismiss|rebuff|brush aside", "", "speech", "passive"),
		r("vetoed/verb", schema.Vetoed, "verb", "veto|block", "", "passive"),
		r("vetoed/noun", schema.Vetoed, "noun", "veto|vetoes", "of|on|against"),
		// 13 threaten
		r("threatened/verb", schema.Threatened, "verb", "threaten|warn", "|of|on|against", "speech", "passive"),
		r("threatened/noun", schema.Threatened, "noun", "retaliation|reprisals|reprisal|consequences|countermeasures|retribution", "against|on|for"),
		// 16 reduce relations
		r("suspended-talks/verb", schema.SuspendedTalksWith, "verb", "break off talks|broke off talks|suspend talks|halt talks|break off contacts|suspend cooperation|cut ties|sever ties|break off relations|suspend relations|freeze talks|call off talks|pull out of talks|walk out of talks", "with|"),
		r("sanctioned/verb", schema.Sanctioned, "verb", "sanction|impose sanctions|slap sanctions|impose an embargo|impose new sanctions|impose fresh sanctions", "on|against|to|", "passive"),
		r("sanctioned/noun", schema.Sanctioned, "noun", "sanctions|embargo", "on|against|to|targeting"),
		r("sanctioned/tariff", schema.Sanctioned, "noun", "tariffs|tariff|levy|levies|surcharge|duties|duty", "on|against|targeting"),
		r("sanctioned/trade-war", schema.Sanctioned, "noun", "trade war|tariff war|tariff fight|trade fight|tariff battle|trade battle", "with|against|on"),
		r("sanctioned/designate", schema.Sanctioned, "verb", "designate|blacklist", "", "passive"),
		r("sanctioned/freeze", schema.Sanctioned, "verb", "freeze assets|freeze the assets|seize the assets", "of|", "passive"),
		r("sanctioned/ban", schema.Sanctioned, "noun", "travel ban|visa ban|visa restrictions|asset freeze|export ban|import ban|export controls|arms embargo|oil embargo|trade embargo", "on|against|targeting"),
		// 16 reduce relations: diplomatic withdrawals and expulsions
		r("suspended-talks/recall", schema.SuspendedTalksWith, "verb", "recall ambassador|recall ambassadors|recall envoy|recall envoys|recall diplomats|withdraw ambassador|withdraw ambassadors|withdraw envoy|withdraw diplomats|pull ambassador|pull ambassadors|downgrade relations|downgrade ties|close embassy|shut embassy", "from|with|in|to"),
		r("suspended-talks/cease-aid", schema.SuspendedTalksWith, "verb", "cease military aid|halt military aid|stop military aid|suspend military aid|freeze military aid|pause military aid|cut off military aid|cease intelligence sharing|halt intelligence sharing|stop intelligence sharing|suspend intelligence sharing|pause intelligence sharing|halt cooperation|cease cooperation|stop cooperation|end cooperation", "with|to|for"),
		r("suspended-talks/expel", schema.SuspendedTalksWith, "verb", "expel", ""),
		r("suspended-talks/leave-bloc", schema.SuspendedTalksWith, "verb", "withdraw from|pull out of|quit|exit|suspend membership in|suspend its membership in|walk away from", ""),
		// 18-19 fight
		r("attacked/verb", schema.Attacked, "verb", "attack|assault|raid|invade|storm|ambush|fight|launch an attack|launch an assault|launch an offensive|launch a counterattack|wage war|target", "|on|against", "passive", "places"),
		r("attacked/noun", schema.Attacked, "noun", "attack|attacks|assault|offensive|invasion|raid|fight|campaign|campaigns|war|incursion|counterattack|counteroffensive|operation|operations|aggression", "on|against|of|with|near|toward|towards", "places"),
		r("attacked/clash", schema.Attacked, "verb", "clash|exchange fire|trade fire|exchange gunfire|exchange fire", "with"),
		r("attacked/clashes", schema.Attacked, "noun", "clashes|clash|exchange of fire|firefight|gunfight|gunbattle|fighting", "with|between"),
		r("bombed/verb", schema.Bombed, "verb", "bomb|bombard|shell|strike|hit|pound|fire missiles|fire rockets|fire mortars|conduct airstrikes|conduct air strikes|carry out airstrikes|carry out air strikes|launch airstrikes|launch air strikes|launch strikes|launch missiles|fire|conduct coordinated airstrikes", "|on|at|against|near|in", "passive", "places"),
		r("bombed/noun", schema.Bombed, "noun", "air strikes|airstrikes|air strike|airstrike|strikes|strike|bombing|bombings|bombardment|shelling|missile strike|missile strikes|drone strike|drone strikes|air raid|air raids|rocket attack|rocket attacks|air support", "on|against|in|of|at", "places"),
		r("captured/verb", schema.Captured, "verb", "capture|seize|retake|recapture|overrun|take control of|take over|seize control of|gain control of|claim control of|take back|liberate|occupy|annex", "", "passive", "places"),
		r("captured/noun", schema.Captured, "noun", "capture|seizure|annexation|takeover|occupation", "of", "places"),
		r("besieged/verb", schema.Besieged, "verb", "besiege|blockade|lay siege", "|to", "passive", "places"),
		r("besieged/noun", schema.Besieged, "noun", "siege|blockade", "of|on", "places"),
		r("killed/verb", schema.Killed, "verb", "kill|assassinate|execute|slay|murder", "", "passive"),
		r("killed/noun", schema.Killed, "noun", "killing|assassination|killings", "of"),
		r("killed/deaths", schema.Killed, "noun", "deaths|death", "of"),
	}}
	return rs
}

// compile expands verb forms and indexes every trigger by its first word.
func (rs *ruleSet) compile() {
	rs.byFirst = map[string][]ruleSeq{}
	for _, ru := range rs.rules {
		switch ru.Kind {
		case "noun":
			ru.kind = nounRule
		case "hyphen":
			ru.kind = hyphenRule
		default:
			ru.kind = verbRule
		}
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
	"quit": {"quit", "quit"},
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
	return out
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

// doubles reports whether a one-syllable verb ending consonant-vowel-
// consonant doubles its last letter: "ship" -> "shipped".
func doubles(base string) bool {
	switch base {
	case "veto", "target", "visit", "offer", "open", "enter", "listen", "deliver", "order", "shell":
		return false
	case "bar", "stop", "ban", "expel", "plan", "drop", "grab", "slam", "blog", "rob", "shop", "ship", "chat", "pin", "tap", "top", "step":
		return true
	}
	return false
}

// inList reports whether w is one of the words of list.
func inList(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}
