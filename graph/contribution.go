package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/schema"
)

// The stored form of a Contribution (property contribution of an Article
// node). Every Article node carries one, so its size is most of what a
// first load writes (neo4j-admin import spends its node time on it) and
// most of an Article's store. It is a JSON array by position, without
// field names, whose edges name their ends by their place in the node list
// (whose label they then share):
//
//	[2, [node...], [edge...]]
//	node: [id, label, name, aliases, official]          official: 1 or absent
//	edge: [type, from, to, date, date_precision, modality, confidence,
//	       casualties, location, rules, finders, titles]
//	from, to: the index of the end in the node list, or [id, label]
//
// Trailing empty values (empty string, 0, empty list) are left out. The
// evidence of an edge is not stored here: the node's edge_evidence holds it
// (decodeContribution). An actorgraph before this format stored the
// Contribution as a JSON object ({"nodes":[...],"edges":[...]}); that is
// still read, so databases written by it keep working.

// contributionVersion is the first element of the stored array.
const contributionVersion = 2

// stored returns c as kept on its Article node, without its evidence.
func (c *Contribution) stored() ([]byte, error) {
	where := map[string]int{}
	nodes := make([][]any, len(c.Nodes))
	for i, p := range c.Nodes {
		if _, dup := where[p.ID]; !dup {
			where[p.ID] = i
		}
		var official any
		if p.Official {
			official = 1
		}
		nodes[i] = trimmed(1, p.ID, p.Label, p.Name, nonEmpty(p.Aliases), official)
	}
	end := func(id string, l schema.Label) any {
		if i, ok := where[id]; ok && c.Nodes[i].Label == l {
			return i
		}
		return []string{id, string(l)}
	}
	edges := make([][]any, len(c.Edges))
	for i, p := range c.Edges {
		edges[i] = trimmed(3, p.Type, end(p.From, p.FromLabel), end(p.To, p.ToLabel), p.Date, p.Precision,
			p.Modality, p.Confidence, p.Casualties, p.Location, nonEmpty(p.Rules), nonEmpty(p.Finders), nonEmpty(p.Titles))
	}
	return json.Marshal([]any{contributionVersion, nodes, edges})
}

// nonEmpty returns list, or nil when it is empty.
func nonEmpty(list []string) any {
	if len(list) == 0 {
		return nil
	}
	return list
}

// trimmed returns vals without its trailing empty values after the first
// keep; an empty value before a kept one is written as its zero (nil as
// null).
func trimmed(keep int, vals ...any) []any {
	n := len(vals)
	for n > keep && isZero(vals[n-1]) {
		n--
	}
	return vals[:n]
}

func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case schema.Label:
		return x == ""
	case schema.RelType:
		return x == ""
	case int:
		return x == 0
	case float64:
		return x == 0
	}
	return false
}

// parseContribution reads a stored contribution, in this format or the
// JSON object of earlier versions.
func parseContribution(s string) (Contribution, error) {
	var c Contribution
	b := bytes.TrimSpace([]byte(s))
	if len(b) > 0 && b[0] == '{' {
		err := json.Unmarshal(b, &c)
		return c, err
	}
	var top []json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		return c, err
	}
	var v int
	if len(top) != 3 || json.Unmarshal(top[0], &v) != nil || v != contributionVersion {
		return c, errors.New("not a stored contribution: want [2, nodes, edges]")
	}
	var nodes, edges [][]json.RawMessage
	if err := json.Unmarshal(top[1], &nodes); err != nil {
		return c, fmt.Errorf("nodes: %w", err)
	}
	if err := json.Unmarshal(top[2], &edges); err != nil {
		return c, fmt.Errorf("edges: %w", err)
	}
	for i, f := range nodes {
		p, err := parseNodePart(f)
		if err != nil {
			return c, fmt.Errorf("node %d: %w", i, err)
		}
		c.Nodes = append(c.Nodes, p)
	}
	for i, f := range edges {
		p, err := parseEdgePart(f, c.Nodes)
		if err != nil {
			return c, fmt.Errorf("edge %d: %w", i, err)
		}
		c.Edges = append(c.Edges, p)
	}
	return c, nil
}

// fields decodes the leading elements of f into dst, in order; missing
// trailing elements and nulls leave their zero value.
func fields(f []json.RawMessage, dst ...any) error {
	if len(f) > len(dst) {
		return fmt.Errorf("%d fields, want at most %d", len(f), len(dst))
	}
	for i, raw := range f {
		if err := json.Unmarshal(raw, dst[i]); err != nil {
			return fmt.Errorf("field %d: %w", i, err)
		}
	}
	return nil
}

func parseNodePart(f []json.RawMessage) (NodePart, error) {
	var p NodePart
	var official int
	if err := fields(f, &p.ID, &p.Label, &p.Name, &p.Aliases, &official); err != nil {
		return p, err
	}
	if p.ID == "" {
		return p, errors.New("no id")
	}
	p.Official = official != 0
	return p, nil
}

func parseEdgePart(f []json.RawMessage, nodes []NodePart) (EdgePart, error) {
	var p EdgePart
	var from, to json.RawMessage
	if err := fields(f, &p.Type, &from, &to, &p.Date, &p.Precision, &p.Modality, &p.Confidence,
		&p.Casualties, &p.Location, &p.Rules, &p.Finders, &p.Titles); err != nil {
		return p, err
	}
	var err error
	if p.From, p.FromLabel, err = parseEnd(from, nodes); err != nil {
		return p, fmt.Errorf("from: %w", err)
	}
	if p.To, p.ToLabel, err = parseEnd(to, nodes); err != nil {
		return p, fmt.Errorf("to: %w", err)
	}
	return p, nil
}

// parseEnd reads an edge end: an index into nodes or [id, label].
func parseEnd(raw json.RawMessage, nodes []NodePart) (string, schema.Label, error) {
	var i int
	if err := json.Unmarshal(raw, &i); err == nil {
		if i < 0 || i >= len(nodes) {
			return "", "", fmt.Errorf("node %d of %d", i, len(nodes))
		}
		return nodes[i].ID, nodes[i].Label, nil
	}
	var pair []string
	if err := json.Unmarshal(raw, &pair); err != nil || len(pair) != 2 || pair[0] == "" {
		return "", "", errors.New("want a node index or [id, label]")
	}
	return pair[0], schema.Label(pair[1]), nil
}
