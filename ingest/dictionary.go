package ingest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/actorgraph/actorgraph/schema"
)

// Dictionary is a user's YAML file of extra actors and relation patterns,
// named in config.yaml under extract.dictionaries:
//
//	actors:
//	  - {name: Wagner Group, type: Organisation, kind: armed_group, aliases: [Wagner], country: RUS}
//	  - {name: Jane Doe, type: Person, title: Defence Minister, country: EST}
//	  - {name: Mubarak, type: City, country: SOM}
//	rules:
//	  - {id: bombed/pummel, type: BOMBED, kind: verb, forms: [pummel], preps: ["", on]}
type Dictionary struct {
	Actors []DictActor `yaml:"actors"`
	Rules  []Rule      `yaml:"rules"`
}

// DictActor is one actor of a Dictionary.
type DictActor struct {
	Name    string       `yaml:"name"`
	Type    schema.Label `yaml:"type"`
	Kind    string       `yaml:"kind"`
	Aliases []string     `yaml:"aliases"`
	Country string       `yaml:"country"`
	Title   string       `yaml:"title"`
	Parent  string       `yaml:"part_of"`
}

// loadDictionary reads the dictionary at path and adds its actors to lex
// and its rules to rules.
func loadDictionary(path string, lex *Lexicon, rules *ruleSet) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read dictionary %s: %w", path, err)
	}
	dict, err := parseDictionary(path, data)
	if err != nil {
		return err
	}
	if err := addActors(path, dict.Actors, lex); err != nil {
		return err
	}
	return rules.add(path, dict.Rules)
}

// parseDictionary decodes the YAML of the dictionary named name: a user's
// file or the built-in lexicon.
func parseDictionary(name string, data []byte) (*Dictionary, error) {
	var dict Dictionary
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true) // a misspelt field is an error, not a rule without its condition
	if err := dec.Decode(&dict); err != nil && err != io.EOF {
		return nil, fmt.Errorf("parse dictionary %s: %w", name, err)
	}
	return &dict, nil
}

// addActors adds the actors of the dictionary named name to lex.
func addActors(name string, actors []DictActor, lex *Lexicon) error {
	for i, a := range actors {
		if strings.TrimSpace(a.Name) == "" {
			return fmt.Errorf("dictionary %s: actor %d has no name", name, i+1)
		}
		country := strings.ToUpper(a.Country)
		if country != "" {
			if _, ok := lex.byISO3[country]; !ok {
				return fmt.Errorf("dictionary %s: actor %q: unknown country %q (want an ISO 3166 alpha-3 code)", name, a.Name, a.Country)
			}
		}
		var e entry
		switch a.Type {
		case schema.Organisation, "Organization":
			kind := a.Kind
			if kind == "" {
				kind = "other"
			}
			lex.orgs = append(lex.orgs, orgRec{Name: a.Name, Kind: kind, Country: country, Parent: a.Parent})
			e = entry{kind: eOrg, idx: int32(len(lex.orgs) - 1)}
			lex.orgByName[a.Name] = e.idx
		case schema.City, schema.Region:
			lex.places = append(lex.places, placeRec{Name: a.Name, ISO3: country, Region: a.Type == schema.Region, Pop: 1 << 30})
			e = entry{kind: eCity, idx: int32(len(lex.places) - 1)}
			if a.Type == schema.Region {
				e.kind = eRegion
			}
		case schema.Person:
			lex.people = append(lex.people, personRec{Name: a.Name, Country: country, Title: a.Title})
			e = entry{kind: ePerson, idx: int32(len(lex.people) - 1)}
		default:
			return fmt.Errorf("dictionary %s: actor %q: type %q is not Organisation, Person, City or Region", name, a.Name, a.Type)
		}
		lex.add(a.Name, e)
		for _, al := range a.Aliases {
			lex.addAlias(al, e)
		}
	}
	return nil
}

// add validates the rules of the dictionary named name and appends them to
// rs in their order. A rule that cannot fire is an error naming the file
// and the rule.
func (rs *ruleSet) add(name string, rules []Rule) error {
	for i := range rules {
		ru := rules[i]
		if ru.ID == "" {
			ru.ID = "custom/" + strings.ToLower(string(ru.Type))
		}
		if err := ru.prepare(); err != nil {
			return fmt.Errorf("dictionary %s: rule %q: %w", name, ru.ID, err)
		}
		rs.rules = append(rs.rules, &ru)
	}
	return nil
}
