package ingest

import (
	"fmt"
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

func loadDictionary(path string, lex *Lexicon, rules *ruleSet) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read dictionary %s: %w", path, err)
	}
	var dict Dictionary
	if err := yaml.Unmarshal(data, &dict); err != nil {
		return fmt.Errorf("parse dictionary %s: %w", path, err)
	}
	for i, a := range dict.Actors {
		if strings.TrimSpace(a.Name) == "" {
			return fmt.Errorf("dictionary %s: actor %d has no name", path, i+1)
		}
		country := strings.ToUpper(a.Country)
		if country != "" {
			if _, ok := lex.byISO3[country]; !ok {
				return fmt.Errorf("dictionary %s: actor %q: unknown country %q (want an ISO 3166 alpha-3 code)", path, a.Name, a.Country)
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
			return fmt.Errorf("dictionary %s: actor %q: type %q is not Organisation, Person, City or Region", path, a.Name, a.Type)
		}
		lex.add(a.Name, e)
		for _, al := range a.Aliases {
			lex.add(al, e)
		}
	}
	for i := range dict.Rules {
		ru := dict.Rules[i]
		if _, ok := schema.ParseRelType(string(ru.Type)); !ok || ru.Type.Structural() {
			return fmt.Errorf("dictionary %s: rule %q: type %q is not an interaction type of the ontology", path, ru.ID, ru.Type)
		}
		if len(ru.Forms) == 0 {
			return fmt.Errorf("dictionary %s: rule %q has no forms", path, ru.ID)
		}
		if ru.ID == "" {
			ru.ID = "custom/" + strings.ToLower(string(ru.Type))
		}
		rules.rules = append(rules.rules, &ru)
	}
	return nil
}
