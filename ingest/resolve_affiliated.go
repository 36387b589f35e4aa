package ingest

import "strings"

// affiliatedHolder resolves "the U.N. envoy", "the Chilean foreign minister"
// (title of the actor of) to the one person named before token i with that
// title (or a longer one ending in it) of that actor: "U.N. envoy Mira
// Okafor ... The U.N. envoy met ..." is Okafor, not the United Nations. It
// returns nil when no such person, or more than one, was named.
func (r *recognizer) affiliatedHolder(title string, of *Entity, i int) *Entity {
	if of == nil || title == "" {
		return nil
	}
	low := strings.ToLower(title)
	var holder *Entity
	for _, f := range r.titles {
		if f.of != of || f.person == nil || f.tok >= i {
			continue
		}
		fl := strings.ToLower(f.title)
		if fl != low && !strings.HasSuffix(fl, " "+low) && !sameRoleClass(fl, low) {
			continue
		}
		if holder != nil && holder != f.person {
			return nil
		}
		holder = f.person
	}
	return holder
}

var envoyTitles = mustWordSet("envoy_titles")

// sameRoleClass reports whether two titles end in words of one class of
// roles that a story names each other by: "special rapporteur" is "the
// envoy" again, "spokeswoman" is "the spokesperson".
func sameRoleClass(a, b string) bool {
	x, y := lastWord(a), lastWord(b)
	return envoyTitles[x] && envoyTitles[y] || strings.HasPrefix(x, "spokes") && strings.HasPrefix(y, "spokes")
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
