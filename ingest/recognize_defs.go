package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Organisations the text defines: introduced by a descriptor or a naming
// verb ("the think tank X", "a group known as X", "a cell calling itself
// X", "the Lima-based X"), described by an apposition ("the X, a rescue
// service"), and the acronyms given to them ("X (ACR)", "X, or ACR").

// introducedOrg recognises the organisation named at i after a descriptor
// or a naming verb, or before an apposition that describes it.
func (r *recognizer) introducedOrg(i, limit, si int) int {
	t := r.tok(i)
	if !t.Cap || t.Kind != tokWord || r.d.Sentences[si].Headline || isDateWord(t.Lower) ||
		nameStop[t.Lower] && !orgNameWords[t.Lower] {
		return i
	}
	kind, named := r.orgIntro(i)
	end := r.introRun(i, limit, named && !r.afterArmedOf(i))
	if end == i || modifierHeads[r.tok(end).Lower] {
		return i // "the free movement Varga zone"
	}
	if !named {
		var ok bool
		if kind, ok = r.apposDescriptor(end, limit); !ok {
			return i
		}
	}
	if sp, ok := r.lookup(i, limit, kindIs(eOrg, eCountry, eDemonym, eCapital, eCity, eRegion, ePerson)); ok && sp.end >= end {
		return i // a name the gazetteers know
	}
	name := r.text(i, end)
	o := r.unknownOrg(name, i, end)
	if o.Kind == "other" || o.Kind == "" {
		o.Kind = kind
	}
	r.mark(Mention{Start: i, End: end, Sent: si, Ent: o, Rule: "org/introduced"})
	return end
}

// afterArmedOf reports whether "fighters of [the]" stands before i: the
// name after it takes no "and" ("fighters of Peru and Chile" are two).
func (r *recognizer) afterArmedOf(i int) bool {
	k := i - 1
	if r.isWord(k, "the") {
		k--
	}
	return r.isWord(k, "of") && armedMemberNouns[r.tok(k-1).Lower]
}

// partyAt recognises a party named with a lower-case "party" after its
// capitalised name: "the Green party", "Peru's Renewal opposition
// party" -> "Renewal Party".
func (r *recognizer) partyAt(i, limit, si int) int {
	j := i
	for j < limit && j-i < 3 && r.isCapWord(j) && !r.isTaken(j) && !r.isGazActorShallow(j) && !isDateWord(r.tok(j).Lower) {
		j++
	}
	if j == i || r.d.Sentences[si].Headline {
		return i
	}
	k := j
	for k < j+2 && partyModifiers[r.tok(k).Lower] {
		k++
	}
	if !r.isWord(k, "party") || r.tok(k).Cap {
		return i
	}
	o := r.unknownOrg(r.text(i, j)+" Party", i, j)
	o.Kind = "party"
	r.mark(Mention{Start: i, End: k + 1, Sent: si, Ent: o, Rule: "org/party"})
	return k + 1
}

var callForms = mustWordSet("call_forms")

var armedMemberNouns = mustWordSet("armed_member_nouns")

// orgIntro reports whether the words before i introduce an organisation's
// name, and the kind of organisation they say it is.
func (r *recognizer) orgIntro(i int) (string, bool) {
	k := i - 1
	if r.tok(k).Text == "\"" {
		k--
	}
	if kind, ok := r.descriptorAt(k); ok {
		return kind, true // "the think tank X", "the group "X""
	}
	if r.isWord(k, "based") && r.isWord(k-1, "-") {
		return "other", true // "the Lima-based X"
	}
	for n := 0; n < 2 && (r.isWord(k, "the") || r.tok(k).Text == "\""); n++ {
		k-- // "calling itself "the X""
	}
	switch {
	case r.isWord(k, "as") && r.isWord(k-1, "known"):
		k -= 2
	case r.isWord(k, "called", "named", "dubbed"):
		k--
	case r.isWord(k, "itself", "themselves") && callForms[r.tok(k-1).Lower]:
		k -= 2
	case r.isWord(k, "of") && armedMemberNouns[r.tok(k-1).Lower]:
		return "armed_group", true // "fighters of the Harbor Dawn": a group, whatever its name
	default:
		return "", false
	}
	for b := k; b > k-5 && b >= 0; b-- {
		if r.tok(b).Kind == tokPunct && r.tok(b).Text != "-" {
			break
		}
		if kind, ok := r.descriptorAt(b); ok {
			return kind, true // "a group known as", "a cell calling itself"
		}
	}
	return "", false
}

// descriptorAt reports whether token k is a lower-case noun that says what
// kind of organisation a name denotes: "group", "militia", "think tank".
func (r *recognizer) descriptorAt(k int) (string, bool) {
	t := r.tok(k)
	if t.Kind != tokWord || t.Cap {
		return "", false
	}
	if t.Lower == "tank" {
		return "ngo", r.isWord(k-1, "think") || r.isWord(k-1, "-") && r.isWord(k-2, "think")
	}
	kind, ok := orgDescriptors[t.Lower]
	return kind, ok
}

// apposDescriptor reports whether the words at i are an apposition that
// describes an organisation: ", a rescue service", ", an armed group
// based in".
func (r *recognizer) apposDescriptor(i, limit int) (string, bool) {
	if r.tok(i).Text != "," || !r.isWord(i+1, "a", "an") {
		return "", false
	}
	for k := i + 2; k < limit && k < i+7; k++ {
		t := r.tok(k)
		if t.Kind != tokWord || t.Cap || t.Lower == "of" {
			return "", false
		}
		kind, ok := r.descriptorAt(k)
		if !ok && orgHeads[t.Lower] && !genericHeads[t.Lower] {
			kind, ok = "other", true // "a rescue service"
		}
		if ok {
			n := r.tok(k + 1)
			return kind, n.Kind == tokPunct || !n.Cap && (apposFollowers[n.Lower] || strings.HasSuffix(n.Lower, "ing") || strings.HasSuffix(n.Lower, "ed"))
		}
	}
	return "", false
}

// introRun returns the end of an introduced name at i: capitalised words
// joined by hyphens and, after a naming verb or descriptor, by
// of/the/in/for/and before a capitalised word ("the Sons of the Dawn
// in the Southern Hills").
func (r *recognizer) introRun(i, limit int, joins bool) int {
	j := i
	end := i
	for j < limit && j-i < 12 && !r.isTaken(j) {
		t := r.tok(j)
		switch {
		case t.Kind == tokWord && t.Cap && !isDateWord(t.Lower) && !speechVerbs[t.Lower]:
			j++
			end = j
		case t.Text == "-" && !t.SpaceBefore && j > i && r.tok(j+1).Cap:
			j++
		case joins && j > i && (t.Lower == "of" || t.Lower == "the" || t.Lower == "in" || t.Lower == "for" || t.Lower == "and") &&
			(r.tok(j+1).Cap || r.isWord(j+1, "the") && r.tok(j+2).Cap):
			j++
		case joins && j > i && nameParticles[t.Lower] && r.tok(j+1).Text == "-" && r.tok(j+2).Cap:
			j += 2 // "Jund al-Varga"
		default:
			return end
		}
	}
	return end
}

// acronyms reads the acronyms the text gives to organisations ("the
// Eastern Shield Brigade (ESB)", "the Harbor Front, or HF", "a
// counter-intelligence (DCI) unit") and marks their later uses, dotted or
// not ("the E.S.B.").
func (r *recognizer) acronyms() {
	defs := map[string]*Entity{}
	for _, m := range r.d.Mentions {
		if m.Ent == nil || m.Ent.Label != schema.Organisation || m.Kind != mName {
			continue
		}
		a := r.acronymAfter(m)
		if a < 0 {
			continue
		}
		if isAcronym(r.tok(a).Text) && !r.isTaken(a) {
			defs[undot(r.tok(a).Text)] = m.Ent
			m.Ent.Aliases[r.tok(a).Text] = true
		} else if known := r.orgMentionAt(a); known != nil && known != m.Ent && !m.Ent.known && known.known {
			if r.ownAcronym(m, a, known) {
				defs[undot(r.tok(a).Text)] = m.Ent // "the Tessa Defence Force (TDF)": not the gazetteer's TDF
				r.repointAcronym(known, m.Ent, r.tok(a).Text)
				continue
			}
			r.mergeOrg(m.Ent, known) // "the Harbor Support Mission (HSM)", HSM in the gazetteer
		}
	}
	r.unitAcronyms(defs)
	if len(defs) == 0 {
		return
	}
	for si, s := range r.d.Sentences {
		for i := s.Start; i < s.End; i++ {
			if t := r.tok(i); !r.isTaken(i) && t.Cap && isAcronym(t.Text) {
				if e := defs[undot(t.Text)]; e != nil {
					r.mark(Mention{Start: i, End: i + 1, Sent: si, Ent: e, Rule: "org/acronym"})
				}
			}
		}
	}
}

// orgMentionAt returns the organisation of the mention that is exactly
// token i, or nil.
func (r *recognizer) orgMentionAt(i int) *Entity {
	for k := range r.d.mentionsIn(i, i+1, false) {
		m := r.d.Mentions[k]
		if m.Start == i && m.End == i+1 && m.Ent != nil && m.Ent.Label == schema.Organisation {
			return m.Ent
		}
	}
	return nil
}

// mergeOrg makes every mention of from a mention of into, whose alias
// from's name becomes.
func (r *recognizer) mergeOrg(from, into *Entity) {
	for k := range r.d.Mentions {
		if r.d.Mentions[k].Ent == from {
			r.d.Mentions[k].Ent = into
		}
	}
	into.Aliases[from.Name] = true
	for a := range from.Aliases {
		into.Aliases[a] = true
	}
}

// unitAcronyms reads "the army's counter-intelligence (DCI) unit": an
// acronym in parentheses before a head noun names an organisation.
func (r *recognizer) unitAcronyms(defs map[string]*Entity) {
	for si, s := range r.d.Sentences {
		for i := s.Start + 1; i+3 < s.End; i++ {
			if r.tok(i).Text != "(" || r.tok(i+2).Text != ")" || !isAcronym(r.tok(i+1).Text) || r.isTaken(i+1) {
				continue
			}
			head := r.tok(i + 3)
			if head.Cap || !(orgHeads[head.Lower] || orgDescriptors[head.Lower] != "" || head.Lower == "unit" || head.Lower == "branch") || r.tok(i-1).Cap || r.tok(i-1).Kind != tokWord {
				continue
			}
			acr := r.tok(i + 1).Text
			e := defs[undot(acr)]
			if e == nil {
				e = r.d.addEntity(&Entity{ID: schema.OrgID(acr), Label: schema.Organisation, Name: acr, Kind: guessOrgKind([]string{head.Lower})})
				defs[undot(acr)] = e
			}
			r.mark(Mention{Start: i + 1, End: i + 2, Sent: si, Ent: e, Rule: "org/acronym-unit"})
		}
	}
}

// isAcronym reports whether s is an acronym: two to eight capitals, dotted
// or not ("ESB", "D.R.F.").
func isAcronym(s string) bool {
	n := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c >= 'A' && c <= 'Z':
			n++
		case c == '.' && k > 0 && s[k-1] != '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

// undot returns an acronym without its dots: "D.R.F." -> "DRF".
func undot(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return strings.ReplaceAll(s, ".", "")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
