package schema

import (
	_ "embed"
	"strings"
)

//go:embed constraints.cypher
var constraintsCypher string

// ConstraintsCypher returns the text of constraints.cypher, comments included.
func ConstraintsCypher() string { return constraintsCypher }

// Statements returns the schema statements of constraints.cypher, one per
// element, without comments or the final semicolon. Each is idempotent.
func Statements() []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(constraintsCypher, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(line)
		if strings.HasSuffix(line, ";") {
			out = append(out, strings.TrimSuffix(cur.String(), ";"))
			cur.Reset()
		}
	}
	return out
}
