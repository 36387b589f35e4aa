package queries

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Node is a node of an exported graph: its id property, its labels and its
// other properties as plain values (dates as strings, lists as []any; a
// point property is split into two floats, see Export).
type Node struct {
	ID     string
	Labels []string
	Props  map[string]any
}

// Edge is a relationship of an exported graph between the ids of its ends.
type Edge struct {
	Type     string
	From, To string
	Props    map[string]any
}

// Key is a property key of an exported graph and the type of its values:
// "string", "long", "double" or "boolean" (GraphML's names). Lists have
// type "string" and are written as JSON arrays.
type Key struct {
	Name string
	Type string
}

// Sink receives an exported graph: the keys of node and edge properties
// first, then every node, then every edge, then End.
type Sink interface {
	Begin(nodeKeys, edgeKeys []Key) error
	Node(Node) error
	Edge(Edge) error
	End() error
}

// Key types.
const (
	keyString  = "string"
	keyLong    = "long"
	keyDouble  = "double"
	keyBoolean = "boolean"
	keyPoint   = "point" // only while reading the keys: split into two doubles
)

// cypherKeyType maps a Cypher valueType() name to a key type.
func cypherKeyType(t string) string {
	switch strings.TrimSuffix(t, " NOT NULL") {
	case "INTEGER":
		return keyLong
	case "FLOAT":
		return keyDouble
	case "BOOLEAN":
		return keyBoolean
	case "POINT":
		return keyPoint
	}
	return keyString
}

// valueKeyType returns the key type of a plain value.
func valueKeyType(v any) string {
	switch v.(type) {
	case int64:
		return keyLong
	case float64:
		return keyDouble
	case bool:
		return keyBoolean
	}
	return keyString
}

// widen returns the type that holds the values of types a and b ("" is none).
func widen(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case a == keyLong && b == keyDouble || a == keyDouble && b == keyLong:
		return keyDouble
	}
	return keyString
}

// pointKeys names the two properties a point property k becomes.
func pointKeys(k string) (lat, lon string) {
	if k == "location" {
		return "lat", "lon"
	}
	return k + "_lat", k + "_lon"
}

// sortedKeys returns the keys of types sorted by name, a point split in two.
func sortedKeys(types map[string]string) []Key {
	out := make([]Key, 0, len(types))
	for k, t := range types {
		if t == keyPoint {
			lat, lon := pointKeys(k)
			out = append(out, Key{lat, keyDouble}, Key{lon, keyDouble})
			continue
		}
		out = append(out, Key{k, t})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// keysOf returns the keys of the properties of nodes and edges.
func keysOf(nodes []Node, edges []Edge) []Key {
	types := map[string]string{}
	for _, n := range nodes {
		for k, v := range n.Props {
			types[k] = widen(types[k], valueKeyType(v))
		}
	}
	for _, e := range edges {
		for k, v := range e.Props {
			types[k] = widen(types[k], valueKeyType(v))
		}
	}
	return sortedKeys(types)
}

// exportText writes a property value: lists and maps as JSON, null as "".
func exportText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case []any, map[string]any:
		b, err := json.Marshal(x)
		if err != nil {
			return fmt.Sprint(x)
		}
		return string(b)
	}
	return fmt.Sprint(v)
}

// GraphML writes an exported graph as GraphML (for Gephi, yEd, igraph,
// NetworkX). Each node has the data keys labels (joined by ";") and label
// (its name, or an article's title), then its properties; each edge has
// type and label (both the relationship type), then its properties.
type GraphML struct {
	w            *bufio.Writer
	keys         [2]map[string]string // node and edge property key -> GraphML key id
	Nodes, Edges int
}

// NewGraphML returns a Sink that writes GraphML to w.
func NewGraphML(w io.Writer) *GraphML { return &GraphML{w: bufio.NewWriter(w)} }

// Begin writes the header and the key declarations.
func (g *GraphML) Begin(nodeKeys, edgeKeys []Key) error {
	g.w.WriteString(xml.Header)
	g.w.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	g.key("labels", "node", "labels", keyString)
	g.key("label", "node", "label", keyString)
	g.key("type", "edge", "type", keyString)
	g.key("edge_label", "edge", "label", keyString)
	for i, keys := range [][]Key{nodeKeys, edgeKeys} {
		g.keys[i] = map[string]string{}
		prefix, domain := "n_", "node"
		if i == 1 {
			prefix, domain = "e_", "edge"
		}
		for _, k := range keys {
			g.keys[i][k.Name] = prefix + k.Name
			g.key(prefix+k.Name, domain, k.Name, k.Type)
		}
	}
	_, err := g.w.WriteString(`<graph id="actorgraph" edgedefault="directed">` + "\n")
	return err
}

func (g *GraphML) key(id, domain, name, typ string) {
	fmt.Fprintf(g.w, `<key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", attr(id), domain, attr(name), typ)
}

// Node writes one node.
func (g *GraphML) Node(n Node) error {
	g.Nodes++
	fmt.Fprintf(g.w, `<node id="%s">`, attr(n.ID))
	g.data("labels", strings.Join(n.Labels, ";"))
	caption, _ := n.Props["name"].(string)
	if caption == "" {
		caption, _ = n.Props["title"].(string)
	}
	g.data("label", caption)
	g.props(0, n.Props)
	_, err := g.w.WriteString("</node>\n")
	return err
}

// Edge writes one edge.
func (g *GraphML) Edge(e Edge) error {
	g.Edges++
	fmt.Fprintf(g.w, `<edge source="%s" target="%s">`, attr(e.From), attr(e.To))
	g.data("type", e.Type)
	g.data("edge_label", e.Type)
	g.props(1, e.Props)
	_, err := g.w.WriteString("</edge>\n")
	return err
}

func (g *GraphML) props(domain int, props map[string]any) {
	names := make([]string, 0, len(props))
	for k := range props {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if id, ok := g.keys[domain][k]; ok && props[k] != nil {
			g.data(id, exportText(props[k]))
		}
	}
}

func (g *GraphML) data(key, value string) {
	fmt.Fprintf(g.w, `<data key="%s">`, attr(key))
	xml.EscapeText(g.w, []byte(value))
	g.w.WriteString("</data>")
}

// End closes the document and flushes it.
func (g *GraphML) End() error {
	g.w.WriteString("</graph>\n</graphml>\n")
	if err := g.w.Flush(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// attr escapes s for an XML attribute value.
func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// CSV writes an exported graph as two CSV files for pandas, R or a
// spreadsheet: nodes (id, labels joined by ";", then one column per
// property) and edges (from, to, type, then one column per property).
// Lists are JSON arrays; a missing property is an empty cell.
type CSV struct {
	nodes, edges   *csv.Writer
	nodeKeys       []Key
	edgeKeys       []Key
	Nodes, Edges   int
	nodeBuf, edBuf []string
}

// NewCSV returns a Sink that writes nodes and edges CSV.
func NewCSV(nodes, edges io.Writer) *CSV {
	return &CSV{nodes: csv.NewWriter(nodes), edges: csv.NewWriter(edges)}
}

// Begin writes the header records.
func (c *CSV) Begin(nodeKeys, edgeKeys []Key) error {
	for _, k := range nodeKeys {
		if k.Name != "id" {
			c.nodeKeys = append(c.nodeKeys, k)
		}
	}
	c.edgeKeys = edgeKeys
	head := []string{"id", "labels"}
	for _, k := range c.nodeKeys {
		head = append(head, k.Name)
	}
	if err := c.nodes.Write(head); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	head = []string{"from", "to", "type"}
	for _, k := range c.edgeKeys {
		head = append(head, k.Name)
	}
	if err := c.edges.Write(head); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}

// Node writes one node record.
func (c *CSV) Node(n Node) error {
	c.Nodes++
	rec := append(c.nodeBuf[:0], n.ID, strings.Join(n.Labels, ";"))
	for _, k := range c.nodeKeys {
		rec = append(rec, exportText(n.Props[k.Name]))
	}
	c.nodeBuf = rec
	if err := c.nodes.Write(rec); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	return nil
}

// Edge writes one edge record.
func (c *CSV) Edge(e Edge) error {
	c.Edges++
	rec := append(c.edBuf[:0], e.From, e.To, e.Type)
	for _, k := range c.edgeKeys {
		rec = append(rec, exportText(e.Props[k.Name]))
	}
	c.edBuf = rec
	if err := c.edges.Write(rec); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}

// End flushes both files.
func (c *CSV) End() error {
	c.nodes.Flush()
	c.edges.Flush()
	if err := c.nodes.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	if err := c.edges.Error(); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}
