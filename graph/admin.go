package graph

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/schema"
)

// The CSV files of `neo4j-admin database import full`: one node file per
// label (nodes-<Label>.csv), the MENTIONS in relationships-MENTIONS.csv and
// every other edge in relationships.csv. Headers name the id (id:ID, one id
// space: ids carry their label's prefix), the labels (:LABEL), the ends
// (:START_ID, :END_ID), the type (:TYPE) and typed properties
// (aliases:string[], published:date, location:point, ...). Arrays and
// labels are separated by AdminArrayDelimiter, which no value may hold; a
// missing property is an empty field. Import with
//
//	neo4j-admin database import full neo4j --overwrite-destination \
//	  --array-delimiter=U+001E --multiline-fields=true \
//	  --nodes=nodes-Article.csv ... --relationships=relationships.csv ...

// AdminArrayDelimiter separates array elements and labels in the CSV files;
// pass it to neo4j-admin as --array-delimiter=U+001E.
const AdminArrayDelimiter = "\x1e"

// column is one property column: its name and neo4j-admin type ("" for a
// string).
type column struct{ name, typ string }

func (c column) header() string {
	switch c.typ {
	case "", "ID":
		if c.typ == "ID" {
			return c.name + ":ID"
		}
		return c.name
	}
	return c.name + ":" + c.typ
}

var (
	articleColumns = []column{{"title", ""}, {"short_title", ""}, {"url", ""}, {"source", ""},
		{"published", "date"}, {"content_sha256", ""}, {"contribution", ""}, {"ingested_at", "datetime"},
		{"edge_keys", "string[]"}, {"edge_evidence", "string[]"}}
	entityColumns = []column{{"name", ""}, {"aliases", "string[]"}, {"alias_count", "long"},
		{"name_keys", "string[]"}, {"tally", "string[]"}, {"tally_counts", "long[]"},
		{"event_months", "string[]"}, {"event_counts", "long[]"}, {"event_total", "long"}, {"partner_total", "long"}, {"partner_ids", "string[]"}, {"partner_counts", "long[]"}}
	labelColumns = map[schema.Label][]column{
		schema.Country:      {{"iso2", ""}, {"iso3", ""}},
		schema.City:         {{"country", ""}, {"location", "point"}},
		schema.Region:       {{"country", ""}, {"location", "point"}},
		schema.Organisation: {{"kind", ""}, {"country", ""}},
	}
	edgeColumns = []column{{"date", "date"}, {"date_precision", ""}, {"articles", "string[]"}, {"sources", "long"},
		{"evidence_by_article", "string[]"}, {"evidence_count", "long"}, {"evidence", "string[]"},
		{"tally", "string[]"}, {"tally_counts", "long[]"}, {"rules", "string[]"}, {"finders", "string[]"}, {"modality", ""},
		{"confidence", "double"}, {"casualties", "long"}, {"location", ""}, {"cameo", ""},
		{"titles", "string[]"}, {"title", ""}}
	mentionColumns = []column{{"count", "long"}}
)

// AdminCSV writes what a Bulk produces as the CSV files of neo4j-admin
// import into a folder. It counts the nodes and relationships written.
type AdminCSV struct {
	dir        string
	ingestedAt string
	files      map[string]*adminFile
	order      []string
	Nodes      int
	Rels       int
}

type adminFile struct {
	f *os.File
	b *bufio.Writer
	w *csv.Writer
}

// NewAdminCSV returns a writer of the import files in dir (created if
// missing). Article nodes get now as ingested_at.
func NewAdminCSV(dir string, now time.Time) (*AdminCSV, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("neo4j-admin csv: %w", err)
	}
	return &AdminCSV{dir: dir, ingestedAt: now.UTC().Format(time.RFC3339Nano), files: map[string]*adminFile{}}, nil
}

// Files returns the node files and the relationship files written, in
// the order to give them to neo4j-admin.
func (a *AdminCSV) Files() (nodes, rels []string) {
	for _, name := range a.order {
		p := filepath.Join(a.dir, name)
		if strings.HasPrefix(name, "nodes-") {
			nodes = append(nodes, p)
		} else {
			rels = append(rels, p)
		}
	}
	return nodes, rels
}

// file returns the open file name, creating it with its header.
func (a *AdminCSV) file(name string, header []string) (*adminFile, error) {
	if f := a.files[name]; f != nil {
		return f, nil
	}
	fh, err := os.Create(filepath.Join(a.dir, name))
	if err != nil {
		return nil, fmt.Errorf("neo4j-admin csv: %w", err)
	}
	b := bufio.NewWriterSize(fh, 256<<10)
	f := &adminFile{f: fh, b: b, w: csv.NewWriter(b)}
	a.files[name], a.order = f, append(a.order, name)
	return f, f.w.Write(header)
}

func headers(lead []string, cols []column) []string {
	h := append([]string{}, lead...)
	for _, c := range cols {
		h = append(h, c.header())
	}
	return h
}

// write writes one record: lead fields, then the row's values of cols.
func (a *AdminCSV) write(name string, lead []string, cols []column, leadVals []string, row map[string]any) error {
	f, err := a.file(name, headers(lead, cols))
	if err != nil {
		return err
	}
	rec := append([]string{}, leadVals...)
	for _, c := range cols {
		s, err := adminValue(c, row)
		if err != nil {
			return fmt.Errorf("neo4j-admin csv %s: %w", name, err)
		}
		rec = append(rec, s)
	}
	return f.w.Write(rec)
}

// Article writes an Article node.
func (a *AdminCSV) Article(row map[string]any) error {
	row["ingested_at"] = a.ingestedAt
	return a.count(&a.Nodes, a.write("nodes-Article.csv", []string{"id:ID", ":LABEL"}, articleColumns,
		[]string{row["id"].(string), string(schema.Article)}, row))
}

// Mention writes a MENTIONS relationship.
func (a *AdminCSV) Mention(from, to string, count int64) error {
	return a.count(&a.Rels, a.write("relationships-MENTIONS.csv", []string{":START_ID", ":END_ID", ":TYPE"}, mentionColumns,
		[]string{from, to, string(schema.Mentions)}, map[string]any{"count": count}))
}

// Node writes an entity node.
func (a *AdminCSV) Node(l schema.Label, official bool, row map[string]any) error {
	labels := string(l)
	if official {
		labels += AdminArrayDelimiter + string(schema.Official)
	}
	if lat, ok := row["lat"].(float64); ok {
		row["location"] = fmt.Sprintf("{latitude:%s, longitude:%s}", fmtFloat(lat), fmtFloat(row["lon"].(float64)))
	}
	return a.count(&a.Nodes, a.write("nodes-"+string(l)+".csv", []string{"id:ID", ":LABEL"},
		append(append([]column{}, entityColumns...), labelColumns[l]...), []string{row["id"].(string), labels}, row))
}

// Edge writes a relationship other than MENTIONS.
func (a *AdminCSV) Edge(p EdgePart, row map[string]any) error {
	return a.count(&a.Rels, a.write("relationships.csv", []string{":START_ID", ":END_ID", ":TYPE"}, edgeColumns,
		[]string{p.From, p.To, string(p.Type)}, row))
}

// count adds one to n unless err is set, and returns err.
func (a *AdminCSV) count(n *int, err error) error {
	if err == nil {
		*n++
	}
	return err
}

// Close flushes and closes every file.
func (a *AdminCSV) Close() error {
	var first error
	for _, name := range a.order {
		f := a.files[name]
		f.w.Flush()
		err := f.w.Error()
		if err == nil {
			err = f.b.Flush()
		}
		if cerr := f.f.Close(); err == nil {
			err = cerr
		}
		if err != nil && first == nil {
			first = fmt.Errorf("neo4j-admin csv %s: %w", name, err)
		}
	}
	return first
}

// adminValue formats the value of column c in row; nil is an empty field.
func adminValue(c column, row map[string]any) (string, error) {
	v := row[c.name]
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case []string:
		for _, s := range x {
			if strings.Contains(s, AdminArrayDelimiter) {
				return "", fmt.Errorf("%s: value %q holds the array delimiter U+001E", c.name, s)
			}
		}
		return strings.Join(x, AdminArrayDelimiter), nil
	case []int64:
		parts := make([]string, len(x))
		for i, n := range x {
			parts[i] = strconv.FormatInt(n, 10)
		}
		return strings.Join(parts, AdminArrayDelimiter), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return fmtFloat(x), nil
	case bool:
		return strconv.FormatBool(x), nil
	}
	return "", fmt.Errorf("%s: cannot write a %T", c.name, v)
}

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
