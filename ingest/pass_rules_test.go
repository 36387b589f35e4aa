package ingest

import (
	"go/ast"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"testing"
)

// passRules holds the examples of the rules that passes make in code.
const passRules = "testdata/pass_rules.txtar"

// TestPassRules runs the example of every rule a pass makes in code (a
// Rule literal of the package, not an entry of data/rules.yaml) as its own
// subtest, named by the rule id: the sentence of passRules must give its
// edge, made by that rule.
func TestPassRules(t *testing.T) {
	cases := readFinderCases(t, passRules)
	ids := codeRuleIDs(t)
	p := testPipeline(t)
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			c, ok := cases[id]
			if !ok || c.absent {
				t.Fatalf("rule %s has no example of the edge it gives in %s", id, passRules)
			}
			x := analyzeTest(t, p, c.text)
			if !ruleGave(x, fact{typ: c.typ, from: c.from, to: c.to}, id) {
				t.Errorf("%q does not give %s %s -> %s by this rule; got %s", c.text, c.typ, c.from, c.to, ruleEdges(x))
			}
		})
	}
	for id := range cases {
		if !slices.Contains(ids, id) {
			t.Errorf("%s lists %s, which is no rule literal of the code", passRules, id)
		}
	}
}

// codeRuleIDs returns the ids of the Rule literals of the package's code,
// sorted.
func codeRuleIDs(t *testing.T) []string {
	t.Helper()
	var ids []string
	for _, f := range packageFiles(t) {
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if typ, ok := lit.Type.(*ast.Ident); !ok || typ.Name != "Rule" {
				return true
			}
			for _, el := range lit.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key, _ := kv.Key.(*ast.Ident)
				val, _ := kv.Value.(*ast.BasicLit)
				if key != nil && key.Name == "ID" && val != nil && val.Kind == token.STRING {
					if s, err := strconv.Unquote(val.Value); err == nil {
						ids = append(ids, s)
					}
				}
			}
			return true
		})
	}
	sort.Strings(ids)
	return ids
}
