package ingest

import (
	"bufio"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// entryKind says what a gazetteer name denotes.
type entryKind uint8

const (
	eCountry entryKind = iota + 1
	eDemonym           // "Russian", "French": the country, as an adjective or people
	eCapital           // "Moscow": the state as actor, the city as place
	eCity
	eRegion
	eOrg
	eTitle // "Foreign Minister", "Secretary of State"
	ePerson
)

// entry is one meaning of a name in the trie.
type entry struct {
	kind   entryKind
	idx    int32 // into Lexicon.countries, places, orgs, titles or people
	exact  bool  // all-capitals alias ("US", "UN"): case must match
	plural bool  // a plural demonym ("Russians"): people, not the state
	titled bool  // a name of several words whose last is capitalised ("Harbor Today")
}

type trieNode struct {
	next    map[string]*trieNode
	entries []entry
}

type countryRec struct {
	ISO2, ISO3, Name string
	Capitals         []string
}

type placeRec struct {
	Name, ISO3 string
	Lat, Lon   float64
	Pop        int
	Region     bool
}

type orgRec struct {
	Name, Kind               string
	Country, BasedIn, Parent string
}

type titleRec struct {
	Title, Kind string
	Country     string // iso3 of the one state whose office the title names
}

type personRec struct {
	Name, Country, Title string
}

// Lexicon holds the gazetteers as one token trie. It is read-only after
// loadLexicon and safe for concurrent use.
type Lexicon struct {
	root      trieNode
	countries []countryRec
	places    []placeRec
	orgs      []orgRec
	titles    []titleRec
	people    []personRec
	byISO3    map[string]int32
	orgByName map[string]int32
	// titleState maps a lower-cased title used by one state only to its iso3.
	titleState map[string]string
	stop       map[string]bool   // single-word place names that are common English words
	demonyms   map[string]string // iso3 -> first singular demonym ("Russian")
	// seenOnly maps an alias that is also a common word in capitals ("IS")
	// to its organisation: it names it only in an article that already
	// named the organisation otherwise (recognize_seen.go).
	seenOnly map[string]int32
}

func newLexicon() *Lexicon {
	return &Lexicon{byISO3: map[string]int32{}, orgByName: map[string]int32{}, titleState: map[string]string{}, stop: map[string]bool{}, demonyms: map[string]string{},
		seenOnly: map[string]int32{}}
}

// add puts name into the trie with the given meaning.
func (l *Lexicon) add(name string, e entry) {
	name = strings.TrimSpace(normalize(name))
	if name == "" {
		return
	}
	toks := tokenize(name)
	if len(toks) == 0 {
		return
	}
	if len(toks) == 1 && len(name) >= 2 && strings.ToUpper(name) == name && toks[0].Kind == tokWord {
		e.exact = true
	}
	e.titled = len(toks) > 1 && toks[len(toks)-1].Cap
	l.addToks(toks, e)
	// "al-Varga" is also written "al Varga"
	var spaced []Token
	for k, t := range toks {
		if t.Text == "-" && k > 0 && nameParticles[toks[k-1].Lower] && k+1 < len(toks) && toks[k+1].Cap {
			continue
		}
		spaced = append(spaced, t)
	}
	if len(spaced) < len(toks) {
		l.addToks(spaced, e)
	}
}

// addToks puts the name of tokens toks into the trie with meaning e.
func (l *Lexicon) addToks(toks []Token, e entry) {
	n := &l.root
	for _, t := range toks {
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c, ok := n.next[t.Lower]
		if !ok {
			c = &trieNode{}
			n.next[t.Lower] = c
		}
		n = c
	}
	for _, have := range n.entries {
		if have.kind == e.kind && have.idx == e.idx {
			return
		}
	}
	n.entries = append(n.entries, e)
}

// tsvRows reads a gazetteer file, skipping comments and blank lines.
func tsvRows(fsys fs.FS, name string, fn func(line int, cols []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := fn(line, strings.Split(text, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

func col(cols []string, i int) string {
	if i < len(cols) {
		return strings.TrimSpace(cols[i])
	}
	return ""
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadLexicon reads the gazetteers of fsys (schema.Gazetteer()).
func loadLexicon(fsys fs.FS) (*Lexicon, error) {
	l := newLexicon()
	err := tsvRows(fsys, "countries.tsv", l.countryRow)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	for _, f := range []struct {
		name   string
		region bool
	}{{"cities.tsv", false}, {"cities_extra.tsv", false}, {"regions.tsv", true}, {"regions_extra.tsv", true}} {
		if err := l.addPlaces(fsys, f.name, f.region); err != nil && !isNotExist(err) {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
	}
	stopRow := func(_ int, c []string) error {
		l.stop[strings.ToLower(col(c, 0))] = true
		return nil
	}
	for _, f := range []struct {
		name string
		row  func(int, []string) error
	}{{"organisations.tsv", l.orgRow}, {"titles.tsv", l.titleRow}, {"stopwords.tsv", stopRow}, {"stopwords_extra.tsv", stopRow}} {
		if err := tsvRows(fsys, f.name, f.row); err != nil && !isNotExist(err) {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
	}
	return l, nil
}

// countryRow adds one row of countries.tsv: the country under its name and
// aliases, its demonyms and its capitals.
func (l *Lexicon) countryRow(_ int, c []string) error {
	if len(c) < 3 {
		return fmt.Errorf("want 6 columns, got %d", len(c))
	}
	idx := int32(len(l.countries))
	rec := countryRec{ISO2: col(c, 0), ISO3: col(c, 1), Name: col(c, 2), Capitals: list(col(c, 5))}
	l.countries = append(l.countries, rec)
	l.byISO3[rec.ISO3] = idx
	l.addNamed(rec.Name, col(c, 3), entry{kind: eCountry, idx: idx})
	for _, d := range list(col(c, 4)) {
		if _, ok := l.demonyms[rec.ISO3]; !ok {
			l.demonyms[rec.ISO3] = d
		}
		l.add(d, entry{kind: eDemonym, idx: idx, plural: strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "ss") && d != "Swiss" && d != "Lebanese"})
	}
	for _, cap := range rec.Capitals {
		l.add(cap, entry{kind: eCapital, idx: idx})
	}
	return nil
}

// addPlaces adds the cities (or, when region, the regions) of one
// gazetteer file with their aliases.
func (l *Lexicon) addPlaces(fsys fs.FS, file string, region bool) error {
	return tsvRows(fsys, file, func(_ int, c []string) error {
		p := placeRec{Name: col(c, 0), ISO3: col(c, 1), Region: region}
		if !region {
			p.Lat, _ = strconv.ParseFloat(col(c, 2), 64)
			p.Lon, _ = strconv.ParseFloat(col(c, 3), 64)
			p.Pop, _ = strconv.Atoi(col(c, 4))
		}
		if p.Name == "" {
			return nil
		}
		idx := int32(len(l.places))
		l.places = append(l.places, p)
		k := eCity
		if region {
			k = eRegion
		}
		l.add(p.Name, entry{kind: k, idx: idx})
		if !region {
			for _, a := range list(col(c, 5)) {
				l.add(a, entry{kind: k, idx: idx})
			}
		} else {
			for _, a := range regionAliases(p.Name) {
				l.add(a, entry{kind: k, idx: idx})
			}
			for _, a := range list(col(c, 4)) {
				l.add(a, entry{kind: k, idx: idx})
			}
		}
		return nil
	})
}

// orgRow adds one row of organisations.tsv under its name and aliases.
func (l *Lexicon) orgRow(_ int, c []string) error {
	o := orgRec{Name: col(c, 0), Kind: col(c, 1), Country: col(c, 3), BasedIn: col(c, 4), Parent: col(c, 5)}
	if o.Name == "" {
		return nil
	}
	idx := int32(len(l.orgs))
	l.orgs = append(l.orgs, o)
	l.orgByName[o.Name] = idx
	l.addNamed(o.Name, col(c, 2), entry{kind: eOrg, idx: idx})
	return nil
}

// addNamed adds e under its name and the aliases of a gazetteer row's
// alias column, but for "IS", which is also the word "is" in capitals: an
// organisation's such alias is kept apart (seenOnly).
func (l *Lexicon) addNamed(name, aliases string, e entry) {
	l.add(name, e)
	for _, a := range list(aliases) {
		l.addAlias(a, e)
	}
}

// addAlias adds alias a of e; an organisation's alias that is a common
// word in capitals ("IS") is kept apart, to name it only where it was
// named before (seenOnlyAt).
func (l *Lexicon) addAlias(a string, e entry) {
	switch {
	case a != "IS":
		l.add(a, e)
	case e.kind == eOrg:
		l.seenOnly[a] = e.idx
	}
}

// titleRow adds one row of titles.tsv, with the state a national title
// names.
func (l *Lexicon) titleRow(_ int, c []string) error {
	t := titleRec{Title: col(c, 0), Kind: col(c, 1), Country: col(c, 2)}
	if t.Title == "" {
		return nil
	}
	if t.Country != "" {
		l.titleState[strings.ToLower(t.Title)] = t.Country
	}
	l.titles = append(l.titles, t)
	l.add(t.Title, entry{kind: eTitle, idx: int32(len(l.titles) - 1)})
	return nil
}

// regionAliases gives the short news forms of an ISO 3166-2 name:
// "Luhanska oblast" -> "Luhansk", "Rakhine State" -> "Rakhine".
func regionAliases(name string) []string {
	var out []string
	low := strings.ToLower(name)
	for _, suf := range []string{" oblast", " oblast'", " state", " region", " province", " governorate", " prefecture", " county", " district", " territory"} {
		if strings.HasSuffix(low, suf) {
			base := strings.TrimSpace(name[:len(name)-len(suf)])
			out = append(out, base)
			if strings.HasSuffix(base, "ska") || strings.HasSuffix(base, "ka") {
				out = append(out, strings.TrimSuffix(strings.TrimSuffix(base, "a"), "k")+"k")
			}
		}
	}
	return out
}

func isNotExist(err error) bool {
	return err != nil && strings.Contains(err.Error(), "file does not exist")
}

// personNamed returns the dictionary person whose name or alias is name.
func (l *Lexicon) personNamed(name string) (personRec, bool) {
	n := &l.root
	for _, t := range tokenize(normalize(name)) {
		next, ok := n.next[t.Lower]
		if !ok {
			return personRec{}, false
		}
		n = next
	}
	for _, e := range n.entries {
		if e.kind == ePerson {
			return l.people[e.idx], true
		}
	}
	return personRec{}, false
}
