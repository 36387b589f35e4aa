package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug lower-cases s, strips accents and apostrophes, and joins the remaining
// letters and digits with single hyphens: "Zeid Ra'ad al Hussein" becomes
// "zeid-raad-al-hussein".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '\u2019' || r == '.':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// CountryID returns the id of the country with the given ISO 3166 alpha-3 code.
func CountryID(iso3 string) string { return "country:" + strings.ToLower(iso3) }

// PersonID returns the id of a person from the canonical full name.
func PersonID(name string) string { return "person:" + Slug(name) }

// CityID returns the id of a city; iso3 "" means the country is unknown.
func CityID(name, iso3 string) string { return "city:" + Slug(name) + "@" + placeCountry(iso3) }

// RegionID returns the id of a region; iso3 "" means the country is unknown.
func RegionID(name, iso3 string) string {
	return "region:" + Slug(name) + "@" + placeCountry(iso3)
}

// OrgID returns the id of an organisation from its canonical name.
func OrgID(name string) string { return "org:" + Slug(name) }

// ArticleID returns the id of an article: the given id when there is one,
// else the first 16 hex digits of the sha256 of the normalised text.
func ArticleID(given, text string) string {
	if given = strings.TrimSpace(given); given != "" {
		return "article:" + given
	}
	return "article:" + ContentHash(text)[:16]
}

// ContentHash returns the hex sha256 of the text after Unicode NFC
// normalisation and whitespace folding, so that re-saved copies of one
// article hash alike.
func ContentHash(text string) string {
	t := norm.NFC.String(text)
	b := make([]byte, 0, len(t)) // the fields joined by single spaces
	for f := range strings.FieldsSeq(t) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, f...)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func placeCountry(iso3 string) string {
	if iso3 == "" {
		return "xxx"
	}
	return strings.ToLower(iso3)
}

var idPattern = regexp.MustCompile(`^(country:[a-z]{3}|person:[a-z0-9-]+|(city|region):[a-z0-9-]+@[a-z]{3}|org:[a-z0-9-]+|article:\S+)$`)

// ValidID reports whether id has one of the ontology's id forms.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// LabelOfID returns the label implied by an id's prefix.
func LabelOfID(id string) (Label, bool) {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return "", false
	}
	switch prefix {
	case "country":
		return Country, true
	case "person":
		return Person, true
	case "city":
		return City, true
	case "region":
		return Region, true
	case "org":
		return Organisation, true
	case "article":
		return Article, true
	}
	return "", false
}
