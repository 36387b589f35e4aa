package queries

import (
	"errors"
	"strings"
	"testing"
)

func TestParseRange(t *testing.T) {
	q, err := Parse("demo.cypher", `// name: demo
// answers: What does it do?
// param: hops = 6 (int 1..15) longest chain
// param: n = 10 (int 1..) how many
// param: x = 0.5 (float 0..1) a threshold
// param: y (float ..2.5) at most
MATCH (n) RETURN n`)
	if err != nil {
		t.Fatal(err)
	}
	want := []Param{
		{Name: "hops", Type: TypeInt, Min: "1", Max: "15", Default: "6", Doc: "longest chain"},
		{Name: "n", Type: TypeInt, Min: "1", Default: "10", Doc: "how many"},
		{Name: "x", Type: TypeFloat, Min: "0", Max: "1", Default: "0.5", Doc: "a threshold"},
		{Name: "y", Type: TypeFloat, Max: "2.5", Required: true, Doc: "at most"},
	}
	if len(q.Params) != len(want) {
		t.Fatalf("Parse(demo) params = %+v", q.Params)
	}
	for i := range want {
		if q.Params[i] != want[i] {
			t.Errorf("Parse(demo) param %d = %+v, want %+v", i, q.Params[i], want[i])
		}
	}
	if got := q.Params[0].Kind(); got != "int 1..15" {
		t.Errorf("Kind() = %q, want int 1..15", got)
	}
	bad := []struct{ name, param, want string }{
		{"range on a string", "x = a (string 1..2) x", "a range needs type int or float"},
		{"empty range", "x = 1 (int 5..2) x", "range 5..2 is empty"},
		{"default out of range", "x = 0 (int 1..) x", "default of x: 0 is less than 1"},
		{"float bound on int", "x = 1 (int 0.5..2) x", "range bound \"0.5\" is not an integer"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("a.cypher", "// name: a\n// answers: What?\n// param: "+tt.param+"\nRETURN $x")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%s) error = %v, want one containing %q", tt.param, err, tt.want)
			}
		})
	}
}

// TestBindRange: values outside a parameter's declared range are refused
// before any database is asked.
func TestBindRange(t *testing.T) {
	tests := []struct {
		query, param, value, want string
	}{
		{"top-actors", "limit", "-1", "query top-actors, param limit: -1 is less than 1"},
		{"top-actors", "limit", "0", "param limit: 0 is less than 1"},
		{"path", "max_hops", "99", "query path, param max_hops: 99 is not between 1 and 15"},
		{"path", "max_hops", "0", "param max_hops: 0 is not between 1 and 15"},
		{"meetings", "min_sources", "0", "param min_sources: 0 is less than 1"},
		{"path", "max_hops", "15", ""},
		{"top-actors", "limit", "1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query+" "+tt.param+"="+tt.value, func(t *testing.T) {
			q, err := Get(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			v := requiredValues(q)
			v[tt.param] = tt.value
			_, err = q.Bind(v)
			if tt.want == "" {
				if err != nil {
					t.Errorf("Bind(%s=%s) = %v, want no error", tt.param, tt.value, err)
				}
				return
			}
			if !errors.Is(err, ErrBadParam) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Bind(%s=%s) = %v, want ErrBadParam containing %q", tt.param, tt.value, err, tt.want)
			}
		})
	}
}

// TestNumbersHaveRanges: every number a query takes declares at least its
// least value, so that no negative LIMIT or hop count reaches Neo4j.
func TestNumbersHaveRanges(t *testing.T) {
	for _, q := range List() {
		for _, p := range q.Params {
			if (p.Type == TypeInt || p.Type == TypeFloat) && p.Min == "" {
				t.Errorf("query %s: param %s (%s) declares no least value: write (%s MIN..MAX)", q.Name, p.Name, p.Type, p.Type)
			}
		}
	}
}
