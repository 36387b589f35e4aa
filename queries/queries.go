package queries

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/actorgraph/actorgraph/schema"
)

//go:embed *.cypher
var files embed.FS

// ErrUnknownQuery means that no canned query has the given name.
var ErrUnknownQuery = errors.New("unknown query")

// ErrBadParam means that a parameter is unknown, missing or not of its type.
var ErrBadParam = errors.New("bad query parameter")

// Param types of the header.
const (
	TypeString = "string"
	TypeInt    = "int"
	TypeFloat  = "float"
	TypeDate   = "date"
)

// Param is one parameter of a query, from its header.
type Param struct {
	Name     string
	Type     string // TypeString, TypeInt, TypeFloat or TypeDate
	Min, Max string // bounds of an int or float, inclusive; "" for none
	Default  string // used when the caller gives no value
	Required bool   // no default: the caller must give a value
	Doc      string
}

// Kind is the type with its range, as in the header: "int", "int 1..15",
// "int 1..".
func (p Param) Kind() string {
	if p.Min == "" && p.Max == "" {
		return p.Type
	}
	return p.Type + " " + p.Min + ".." + p.Max
}

// Query is one canned query.
type Query struct {
	Name    string
	Answers string // the question it answers
	Params  []Param
	Cypher  string // the whole file, header included
	File    string
	Graph   bool // the header says `returns: graph`: rows hold nodes, relationships or paths to draw
}

// Result is the answer of a query: column names and rows of plain values
// (nil, bool, int64, float64, string, []any, map[string]any).
type Result struct {
	Columns []string
	Rows    [][]any
}

// List returns every canned query, sorted by name. A file whose header
// cannot be parsed is left out; the package tests make sure there is none.
func List() []Query {
	all, _ := load()
	return all
}

// Get returns the query with the given name, or an error wrapping
// ErrUnknownQuery.
func Get(name string) (Query, error) {
	all, err := load()
	if err != nil {
		return Query{}, err
	}
	for _, q := range all {
		if q.Name == name {
			return q, nil
		}
	}
	names := make([]string, len(all))
	for i, q := range all {
		names[i] = q.Name
	}
	return Query{}, fmt.Errorf("%w %q: the queries are %s", ErrUnknownQuery, name, strings.Join(names, ", "))
}

// load parses every embedded file.
func load() ([]Query, error) {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		return nil, fmt.Errorf("list queries: %w", err)
	}
	var out []Query
	var errs []error
	for _, e := range entries {
		text, err := fs.ReadFile(files, e.Name())
		if err != nil {
			errs = append(errs, fmt.Errorf("read query %s: %w", e.Name(), err))
			continue
		}
		q, err := Parse(e.Name(), string(text))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, errors.Join(errs...)
}

var paramLine = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)\s*(=\s*([^(]*?))?\s*` +
	`\((string|int|float|date)(?:\s+(-?\d+(?:\.\d+)?)?\.\.(-?\d+(?:\.\d+)?)?)?\)\s*(.*)$`)

// Parse reads the header of a .cypher file named file: its name, the
// question it answers and its parameters. The name must match the file name.
// A parameter line is `name [= default] (type [min..max]) description`; a
// range, on int and float only, bounds the values Bind accepts.
func Parse(file, text string) (Query, error) {
	q := Query{Cypher: text, File: file}
	seen := map[string]bool{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			break
		}
		key, value, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = value
		case "answers":
			q.Answers = value
		case "returns":
			if value != "graph" && value != "rows" {
				return Query{}, fmt.Errorf("parse query %s line %d: returns %q: want graph or rows", file, i+1, value)
			}
			q.Graph = value == "graph"
		case "param":
			m := paramLine.FindStringSubmatch(value)
			if m == nil {
				return Query{}, fmt.Errorf("parse query %s line %d: param %q is not `name [= default] (type) description`", file, i+1, value)
			}
			p := Param{Name: m[1], Default: strings.TrimSpace(m[3]), Required: m[2] == "", Type: m[4],
				Min: m[5], Max: m[6], Doc: m[7]}
			if err := checkRange(p); err != nil {
				return Query{}, fmt.Errorf("parse query %s line %d: param %s: %w", file, i+1, p.Name, err)
			}
			if seen[p.Name] {
				return Query{}, fmt.Errorf("parse query %s line %d: param %s declared twice", file, i+1, p.Name)
			}
			seen[p.Name] = true
			if !p.Required {
				if _, err := convert(p, p.Default); err != nil {
					return Query{}, fmt.Errorf("parse query %s line %d: default of %s: %w", file, i+1, p.Name, err)
				}
			}
			q.Params = append(q.Params, p)
		}
	}
	switch {
	case q.Name == "":
		return Query{}, fmt.Errorf("parse query %s: no `// name:` header line", file)
	case q.Name+".cypher" != file:
		return Query{}, fmt.Errorf("parse query %s: name %q does not match the file name", file, q.Name)
	case q.Answers == "":
		return Query{}, fmt.Errorf("parse query %s: no `// answers:` header line", file)
	}
	return q, nil
}

// Bind types values by q's header and fills in the defaults. Unknown names,
// missing required values and values not of their type give errors wrapping
// ErrBadParam.
func (q Query) Bind(values map[string]string) (map[string]any, error) {
	known := map[string]bool{}
	out := make(map[string]any, len(q.Params))
	for _, p := range q.Params {
		known[p.Name] = true
		v, ok := values[p.Name]
		if !ok {
			if p.Required {
				return nil, fmt.Errorf("%w: query %s needs --param %s=<%s> (%s)", ErrBadParam, q.Name, p.Name, p.Type, p.Doc)
			}
			v = p.Default
		}
		x, err := convert(p, v)
		if err != nil {
			return nil, fmt.Errorf("%w: query %s, param %s: %w", ErrBadParam, q.Name, p.Name, err)
		}
		out[p.Name] = x
	}
	var unknown []string
	for k := range values {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		names := make([]string, len(q.Params))
		for i, p := range q.Params {
			names[i] = p.Name
		}
		return nil, fmt.Errorf("%w: query %s has no param %s (it has: %s)", ErrBadParam, q.Name,
			strings.Join(unknown, ", "), strings.Join(names, ", "))
	}
	return out, nil
}

// checkRange checks that a range sits on a number type and is in order.
func checkRange(p Param) error {
	if p.Min == "" && p.Max == "" {
		return nil
	}
	if p.Type != TypeInt && p.Type != TypeFloat {
		return fmt.Errorf("a range needs type int or float, not %s", p.Type)
	}
	for _, b := range []string{p.Min, p.Max} {
		if b == "" {
			continue
		}
		if _, err := convert(Param{Type: p.Type}, b); err != nil {
			return fmt.Errorf("range bound %w", err)
		}
	}
	if p.Min != "" && p.Max != "" && parseNum(p.Min) > parseNum(p.Max) {
		return fmt.Errorf("range %s..%s is empty", p.Min, p.Max)
	}
	return nil
}

func parseNum(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// inRange checks a number against the range of p.
func inRange(p Param, v string, f float64) error {
	switch {
	case p.Min != "" && p.Max != "" && (f < parseNum(p.Min) || f > parseNum(p.Max)):
		return fmt.Errorf("%s is not between %s and %s", strings.TrimSpace(v), p.Min, p.Max)
	case p.Min != "" && f < parseNum(p.Min):
		return fmt.Errorf("%s is less than %s", strings.TrimSpace(v), p.Min)
	case p.Max != "" && f > parseNum(p.Max):
		return fmt.Errorf("%s is more than %s", strings.TrimSpace(v), p.Max)
	}
	return nil
}

func convert(p Param, v string) (any, error) {
	switch p.Type {
	case TypeString:
		return v, nil
	case TypeInt:
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an integer", v)
		}
		return n, inRange(p, v, float64(n))
	case TypeFloat:
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%q is not a number", v)
		}
		return f, inRange(p, v, f)
	case TypeDate:
		t, err := time.Parse(time.DateOnly, strings.TrimSpace(v))
		if err != nil {
			return nil, fmt.Errorf("%q is not a YYYY-MM-DD date", v)
		}
		return dbtype.Date(t), nil
	}
	return nil, fmt.Errorf("unknown type %q", p.Type)
}

// Run runs the named query on database with the given parameter values (as
// strings, typed by the query's header) and returns its rows.
func Run(ctx context.Context, driver neo4j.DriverWithContext, database, name string, params map[string]string) (Result, error) {
	q, err := Get(name)
	if err != nil {
		return Result{}, err
	}
	bound, err := q.Bind(params)
	if err != nil {
		return Result{}, err
	}
	res, err := read(ctx, driver, database, name, q.Cypher, bound)
	var mem *MemoryError
	if errors.As(err, &mem) {
		return Result{}, err
	}
	if err != nil {
		return Result{}, fmt.Errorf("run query %s: %w", name, err)
	}
	out := Result{Columns: res.Keys, Rows: make([][]any, 0, len(res.Records))}
	for _, rec := range res.Records {
		row := make([]any, len(rec.Values))
		for i, v := range rec.Values {
			row[i] = plain(v)
		}
		out.Rows = append(out.Rows, row)
	}
	return out, nil
}

// plain converts a driver value to a plain, JSON-friendly Go value.
func plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string:
		return x
	case dbtype.Date:
		return x.Time().Format(time.DateOnly)
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05")
	case dbtype.LocalTime:
		return x.Time().Format("15:04:05")
	case dbtype.Time:
		return x.Time().Format("15:04:05Z07:00")
	case time.Time:
		return x.Format(time.RFC3339)
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y, "z": x.Z}
	case dbtype.Node:
		return nodeName(x)
	case dbtype.Relationship:
		return x.Type
	case dbtype.Path:
		return pathChain(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	case []byte:
		return fmt.Sprintf("%x", x)
	}
	return fmt.Sprint(v)
}

func nodeName(n dbtype.Node) string {
	if s, ok := n.Props["name"].(string); ok && s != "" {
		return s
	}
	if s, ok := n.Props["id"].(string); ok {
		return s
	}
	return n.ElementId
}

// pathChain writes a path as "A -[TYPE]-> B <-[TYPE]- C".
func pathChain(p dbtype.Path) string {
	if len(p.Nodes) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(nodeName(p.Nodes[0]))
	for i, r := range p.Relationships {
		if i+1 >= len(p.Nodes) {
			break
		}
		if r.StartElementId == p.Nodes[i].ElementId {
			fmt.Fprintf(&b, " -[%s]-> ", r.Type)
		} else {
			fmt.Fprintf(&b, " <-[%s]- ", r.Type)
		}
		b.WriteString(nodeName(p.Nodes[i+1]))
	}
	return b.String()
}

// Export streams the whole graph of database to sink: first the property
// keys with their types, then every node, then every relationship. Nodes
// and relationships are read one record at a time, never all at once.
func Export(ctx context.Context, driver neo4j.DriverWithContext, database string, sink Sink) (err error) {
	s := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database, AccessMode: neo4j.AccessModeRead})
	defer func() { err = errors.Join(err, s.Close(context.WithoutCancel(ctx))) }()
	var keys [2][]Key
	for i, q := range []string{
		`MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT k, valueType(n[k]) AS t`,
		`MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT k, valueType(r[k]) AS t`,
	} {
		types := map[string]string{}
		err := stream(ctx, s, q, nil, func(rec *neo4j.Record) error {
			k, _ := rec.Values[0].(string)
			t, _ := rec.Values[1].(string)
			if slices.Contains(schema.Bookkeeping, k) {
				return nil
			}
			types[k] = widen(types[k], cypherKeyType(t))
			return nil
		})
		if err != nil {
			return fmt.Errorf("export: read property keys: %w", err)
		}
		keys[i] = sortedKeys(types)
	}
	if err := sink.Begin(keys[0], keys[1]); err != nil {
		return err
	}
	err = stream(ctx, s, `MATCH (n) RETURN n`, nil, func(rec *neo4j.Record) error {
		n, _ := rec.Values[0].(dbtype.Node)
		return sink.Node(exportNode(n))
	})
	if err != nil {
		return fmt.Errorf("export: read nodes: %w", err)
	}
	err = stream(ctx, s, `MATCH (a)-[r]->(b) RETURN coalesce(a.id, elementId(a)), r, coalesce(b.id, elementId(b))`, nil,
		func(rec *neo4j.Record) error {
			from, _ := rec.Values[0].(string)
			r, _ := rec.Values[1].(dbtype.Relationship)
			to, _ := rec.Values[2].(string)
			return sink.Edge(exportEdge(r, from, to))
		})
	if err != nil {
		return fmt.Errorf("export: read relationships: %w", err)
	}
	return sink.End()
}

// stream runs one auto-commit read and hands each record to each, as it
// arrives. It is not retried, so each may have effects.
func stream(ctx context.Context, s neo4j.SessionWithContext, cypher string, params map[string]any, each func(*neo4j.Record) error) error {
	res, err := s.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		if err := each(res.Record()); err != nil {
			return err
		}
	}
	return res.Err()
}

// ExportQuery runs the named query and sends the nodes and relationships of
// its rows (paths, nodes, relationships, in lists or not) to sink, each
// once, with the end nodes of every relationship. The subgraph is as large
// as the query's limit allows, and is held in memory to drop duplicates.
func ExportQuery(ctx context.Context, driver neo4j.DriverWithContext, database, name string, params map[string]string, sink Sink) error {
	q, err := Get(name)
	if err != nil {
		return err
	}
	bound, err := q.Bind(params)
	if err != nil {
		return err
	}
	res, err := read(ctx, driver, database, name, q.Cypher, bound)
	var mem *MemoryError
	if errors.As(err, &mem) {
		return err
	}
	if err != nil {
		return fmt.Errorf("run query %s: %w", name, err)
	}
	sub := newSubgraph()
	for _, rec := range res.Records {
		for _, v := range rec.Values {
			sub.add(v)
		}
	}
	if missing := sub.missing(); len(missing) > 0 {
		res, err := neo4j.ExecuteQuery(ctx, driver, `MATCH (n) WHERE elementId(n) IN $ids RETURN n`,
			map[string]any{"ids": missing}, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return fmt.Errorf("export query %s: read end nodes: %w", name, err)
		}
		for _, rec := range res.Records {
			sub.add(rec.Values[0])
		}
	}
	return sub.send(sink)
}

// subgraph collects the nodes and relationships of query results, each once.
type subgraph struct {
	nodes map[string]dbtype.Node // by element id
	rels  map[string]dbtype.Relationship
	order []string // element ids of nodes, then of relationships, as first seen
}

func newSubgraph() *subgraph {
	return &subgraph{nodes: map[string]dbtype.Node{}, rels: map[string]dbtype.Relationship{}}
}

// add collects the nodes and relationships in v.
func (g *subgraph) add(v any) {
	switch x := v.(type) {
	case dbtype.Node:
		if _, ok := g.nodes[x.ElementId]; !ok {
			g.nodes[x.ElementId] = x
			g.order = append(g.order, x.ElementId)
		}
	case dbtype.Relationship:
		if _, ok := g.rels[x.ElementId]; !ok {
			g.rels[x.ElementId] = x
			g.order = append(g.order, x.ElementId)
		}
	case dbtype.Path:
		for _, n := range x.Nodes {
			g.add(n)
		}
		for _, r := range x.Relationships {
			g.add(r)
		}
	case []any:
		for _, e := range x {
			g.add(e)
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			g.add(x[k])
		}
	}
}

// missing returns the element ids of end nodes not collected.
func (g *subgraph) missing() []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range g.order {
		r, ok := g.rels[id]
		if !ok {
			continue
		}
		for _, n := range []string{r.StartElementId, r.EndElementId} {
			if _, have := g.nodes[n]; !have && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// send writes the subgraph to sink: keys, nodes, relationships.
func (g *subgraph) send(sink Sink) error {
	var nodes []Node
	var edges []Edge
	for _, id := range g.order {
		if n, ok := g.nodes[id]; ok {
			nodes = append(nodes, exportNode(n))
		}
	}
	for _, id := range g.order {
		if r, ok := g.rels[id]; ok {
			edges = append(edges, exportEdge(r, nodeID(g.nodes[r.StartElementId]), nodeID(g.nodes[r.EndElementId])))
		}
	}
	if err := sink.Begin(keysOf(nodes, nil), keysOf(nil, edges)); err != nil {
		return err
	}
	for _, n := range nodes {
		if err := sink.Node(n); err != nil {
			return err
		}
	}
	for _, e := range edges {
		if err := sink.Edge(e); err != nil {
			return err
		}
	}
	return sink.End()
}

// nodeID is the id property of n, else its element id.
func nodeID(n dbtype.Node) string {
	if s, ok := n.Props["id"].(string); ok && s != "" {
		return s
	}
	return n.ElementId
}

func exportNode(n dbtype.Node) Node {
	return Node{ID: nodeID(n), Labels: n.Labels, Props: exportProps(n.Props)}
}

func exportEdge(r dbtype.Relationship, from, to string) Edge {
	return Edge{Type: r.Type, From: from, To: to, Props: exportProps(r.Props)}
}

// exportProps converts property values to plain ones; a point becomes two
// float properties (lat and lon for location, else name_lat and name_lon).
// The loader's bookkeeping is left out.
func exportProps(props map[string]any) map[string]any {
	out := make(map[string]any, len(props))
	for k, v := range props {
		if slices.Contains(schema.Bookkeeping, k) {
			continue
		}
		switch p := v.(type) {
		case dbtype.Point2D:
			lat, lon := pointKeys(k)
			out[lat], out[lon] = p.Y, p.X
		case dbtype.Point3D:
			lat, lon := pointKeys(k)
			out[lat], out[lon] = p.Y, p.X
		default:
			out[k] = plain(v)
		}
	}
	return out
}
