package queries

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/actorgraph/actorgraph/schema"
)

func TestEveryFileParses(t *testing.T) {
	entries, err := files.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	all, err := load()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if len(all) != len(entries) {
		t.Errorf("List() has %d queries, want one per file (%d)", len(all), len(entries))
	}
	for _, q := range all {
		if !strings.HasSuffix(q.Answers, "?") {
			t.Errorf("query %s: answers %q is not a question", q.Name, q.Answers)
		}
		for _, p := range q.Params {
			if p.Doc == "" {
				t.Errorf("query %s: param %s has no description", q.Name, p.Name)
			}
			if !strings.Contains(q.Cypher, "$"+p.Name) {
				t.Errorf("query %s: param %s is not used", q.Name, p.Name)
			}
		}
		if _, err := q.Bind(requiredValues(q)); err != nil {
			t.Errorf("query %s: defaults do not bind: %v", q.Name, err)
		}
	}
	for _, name := range []string{"meetings", "actor", "accusations", "strikes", "vetoes", "evidence", "path",
		"top-actors", "countries-met", "timeline", "pair-history", "cooperation-conflict", "officials", "visits",
		"attacked-places", "neighbourhood", "shared-history", "chain"} {
		if _, err := Get(name); err != nil {
			t.Errorf("Get(%q): %v", name, err)
		}
	}
}

// TestEveryQueryFilters checks that every query filters negated events out
// and takes a min_sources filter, and that the graph-returning ones return
// a path.
func TestEveryQueryFilters(t *testing.T) {
	for _, q := range List() {
		if !strings.Contains(q.Cypher, "coalesce(r.modality, '') <> 'negated'") {
			t.Errorf("query %s does not filter negated events out", q.Name)
		}
		found := false
		for _, p := range q.Params {
			found = found || p.Name == "min_sources" && p.Type == TypeInt
		}
		if !found {
			t.Errorf("query %s has no int param min_sources", q.Name)
		}
		if q.Graph != strings.Contains(q.Cypher, "RETURN p\n") {
			t.Errorf("query %s: returns graph is %v but it returns a path %v", q.Name, q.Graph, !q.Graph)
		}
	}
}

// cypherName matches a label or relationship type after a variable:
// (a:Country), [r:MET_WITH|SPOKE_WITH], x:Article.
var cypherName = regexp.MustCompile(`\w:([A-Z][A-Za-z_|]*)`)

// TestQueriesSpellSchema checks that the labels and relationship types the
// queries name are those of package schema.
func TestQueriesSpellSchema(t *testing.T) {
	for _, q := range List() {
		for _, m := range cypherName.FindAllStringSubmatch(q.Cypher, -1) {
			for _, name := range strings.Split(m[1], "|") {
				_, label := schema.ParseLabel(name)
				_, rel := schema.ParseRelType(name)
				if !label && !rel {
					t.Errorf("query %s: %q is neither a label nor a relationship type of package schema", q.Name, name)
				}
			}
		}
	}
}

// requiredValues returns a value for each required param of q.
func requiredValues(q Query) map[string]string {
	v := map[string]string{}
	for _, p := range q.Params {
		if p.Required {
			v[p.Name] = map[string]string{TypeString: "x", TypeInt: "1", TypeFloat: "1.5", TypeDate: "2016-01-01"}[p.Type]
		}
	}
	return v
}

func TestGetUnknown(t *testing.T) {
	_, err := Get("no-such-query")
	if !errors.Is(err, ErrUnknownQuery) {
		t.Fatalf("Get(no-such-query) = %v, want ErrUnknownQuery", err)
	}
	if !strings.Contains(err.Error(), "meetings") {
		t.Errorf("Get(no-such-query) = %q, want it to list the queries", err)
	}
}

func TestParse(t *testing.T) {
	q, err := Parse("demo.cypher", `// name: demo
// answers: What does it do?
// param: name (string) required name
// param: from = 1900-01-01 (date) earliest date
// param: n = 10 (int) how many
// param: x = 0.5 (float) a threshold
// param: who = (string) optional; empty for all
// other: ignored
MATCH (n) RETURN n`)
	if err != nil {
		t.Fatal(err)
	}
	want := []Param{
		{Name: "name", Type: TypeString, Required: true, Doc: "required name"},
		{Name: "from", Type: TypeDate, Default: "1900-01-01", Doc: "earliest date"},
		{Name: "n", Type: TypeInt, Default: "10", Doc: "how many"},
		{Name: "x", Type: TypeFloat, Default: "0.5", Doc: "a threshold"},
		{Name: "who", Type: TypeString, Default: "", Doc: "optional; empty for all"},
	}
	if q.Name != "demo" || q.Answers != "What does it do?" || len(q.Params) != len(want) {
		t.Fatalf("Parse(demo) = %+v", q)
	}
	for i := range want {
		if q.Params[i] != want[i] {
			t.Errorf("Parse(demo) param %d = %+v, want %+v", i, q.Params[i], want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, file, text, want string }{
		{"no name", "a.cypher", "// answers: What?\nRETURN 1", "no `// name:`"},
		{"name differs", "a.cypher", "// name: b\n// answers: What?\nRETURN 1", "does not match the file name"},
		{"no answers", "a.cypher", "// name: a\nRETURN 1", "no `// answers:`"},
		{"bad type", "a.cypher", "// name: a\n// answers: What?\n// param: x = 1 (number) x\nRETURN $x", "is not `name"},
		{"bad default", "a.cypher", "// name: a\n// answers: What?\n// param: x = ten (int) x\nRETURN $x", "not an integer"},
		{"bad date", "a.cypher", "// name: a\n// answers: What?\n// param: x = 2016-02-30 (date) x\nRETURN $x", "not a YYYY-MM-DD date"},
		{"twice", "a.cypher", "// name: a\n// answers: What?\n// param: x (int) x\n// param: x (int) x\nRETURN $x", "declared twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, tt.text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%s) error = %v, want one containing %q", tt.name, err, tt.want)
			}
		})
	}
}

func TestBind(t *testing.T) {
	q, err := Get("meetings")
	if err != nil {
		t.Fatal(err)
	}
	got, err := q.Bind(map[string]string{"from": "2016-10-01", "min_sources": "2"})
	if err != nil {
		t.Fatal(err)
	}
	if got["from"] != dbtype.Date(time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Bind: from = %#v, want the date 2016-10-01", got["from"])
	}
	if got["to"] != dbtype.Date(time.Date(2100, 12, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Bind: to = %#v, want the default 2100-12-31", got["to"])
	}
	if got["min_sources"] != int64(2) || got["actor"] != "" || got["limit"] != int64(100) {
		t.Errorf("Bind: %v", got)
	}

	tests := []struct {
		name   string
		query  string
		values map[string]string
		want   string
	}{
		{"unknown param", "meetings", map[string]string{"since": "2016-01-01"}, "has no param since"},
		{"bad int", "meetings", map[string]string{"limit": "many"}, "not an integer"},
		{"bad date", "meetings", map[string]string{"from": "yesterday"}, "not a YYYY-MM-DD date"},
		{"missing required", "evidence", map[string]string{"a": "Russia"}, "needs --param b="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Get(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			_, err = q.Bind(tt.values)
			if !errors.Is(err, ErrBadParam) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Bind(%s, %v) = %v, want ErrBadParam containing %q", tt.query, tt.values, err, tt.want)
			}
		})
	}
}

func TestPlain(t *testing.T) {
	kerry := dbtype.Node{ElementId: "1", Props: map[string]any{"name": "John Kerry"}}
	lavrov := dbtype.Node{ElementId: "2", Props: map[string]any{"id": "person:sergei-lavrov"}}
	ayrault := dbtype.Node{ElementId: "3", Props: map[string]any{"name": "Jean-Marc Ayrault"}}
	path := dbtype.Path{Nodes: []dbtype.Node{kerry, lavrov, ayrault}, Relationships: []dbtype.Relationship{
		{Type: "MET_WITH", StartElementId: "1", EndElementId: "2"},
		{Type: "SPOKE_WITH", StartElementId: "3", EndElementId: "2"},
	}}
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"date", dbtype.Date(time.Date(2016, 10, 15, 0, 0, 0, 0, time.UTC)), "2016-10-15"},
		{"node", kerry, "John Kerry"},
		{"node without name", lavrov, "person:sergei-lavrov"},
		{"path", path, "John Kerry -[MET_WITH]-> person:sergei-lavrov <-[SPOKE_WITH]- Jean-Marc Ayrault"},
		{"list", []any{dbtype.Date(time.Date(2016, 1, 2, 0, 0, 0, 0, time.UTC)), int64(3), nil}, "[2016-01-02 3 <nil>]"},
		{"relationship", dbtype.Relationship{Type: "BOMBED"}, "BOMBED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := plain(tt.in)
			if s := fmtAny(got); s != tt.want {
				t.Errorf("plain(%v) = %s, want %s", tt.in, s, tt.want)
			}
		})
	}
}

func fmtAny(v any) string {
	var b bytes.Buffer
	switch x := v.(type) {
	case string:
		return x
	case []any:
		b.WriteString("[")
		for i, e := range x {
			if i > 0 {
				b.WriteString(" ")
			}
			if e == nil {
				b.WriteString("<nil>")
			} else {
				b.WriteString(fmtAny(e))
			}
		}
		b.WriteString("]")
		return b.String()
	}
	return text(v)
}

var sample = Result{
	Columns: []string{"date", "actor", "sources", "evidence"},
	Rows: [][]any{
		{"2016-10-15", "John Kerry", int64(2), []any{"Kerry met Lavrov.", "They met."}},
		{"2016-10-16", "Sergei Lavrov", int64(1), nil},
	},
}

func TestFormatTable(t *testing.T) {
	var b bytes.Buffer
	if err := FormatTable(&b, sample); err != nil {
		t.Fatal(err)
	}
	want := `date        actor          sources  evidence
----        -----          -------  --------
2016-10-15  John Kerry     2        Kerry met Lavrov.; They met.
2016-10-16  Sergei Lavrov  1
`
	if b.String() != want {
		t.Errorf("FormatTable:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestFormatCSV(t *testing.T) {
	var b bytes.Buffer
	if err := FormatCSV(&b, sample); err != nil {
		t.Fatal(err)
	}
	want := "date,actor,sources,evidence\n2016-10-15,John Kerry,2,Kerry met Lavrov.; They met.\n2016-10-16,Sergei Lavrov,1,\n"
	if b.String() != want {
		t.Errorf("FormatCSV:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestFormatJSON(t *testing.T) {
	var b bytes.Buffer
	if err := FormatJSON(&b, sample); err != nil {
		t.Fatal(err)
	}
	want := `[
  {
    "date": "2016-10-15",
    "actor": "John Kerry",
    "sources": 2,
    "evidence": ["Kerry met Lavrov.","They met."]
  },
  {
    "date": "2016-10-16",
    "actor": "Sergei Lavrov",
    "sources": 1,
    "evidence": null
  }
]
`
	if b.String() != want {
		t.Errorf("FormatJSON:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := FormatJSON(&b, Result{Columns: []string{"a"}}); err != nil || b.String() != "[]\n" {
		t.Errorf("FormatJSON(no rows) = %q, %v; want []", b.String(), err)
	}
}
