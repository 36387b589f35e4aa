package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/schema"
)

// The CSV files of neo4j-admin import cannot hold an empty list: an empty
// field is no property. The load plan sets these lists on every node and
// edge it writes, empty or not; FinishImport sets the missing ones to [] so
// that an imported graph equals an ingested one.
var (
	entityLists  = []string{"aliases", "name_keys"}
	edgeLists    = []string{"articles", "evidence_by_article", "evidence", "tally", "tally_counts", "rules", "finders"}
	articleLists = []string{"edge_keys", "edge_evidence"}
)

// finishImportCypher returns the statements of FinishImport: each runs in
// transactions of 10,000 rows, so it needs an auto-commit transaction.
func finishImportCypher() []string {
	var types []string
	for _, t := range schema.RelTypes() {
		if t != schema.Mentions {
			types = append(types, string(t))
		}
	}
	set := func(x string, props []string) (where, sets string) {
		var w, s []string
		for _, p := range props {
			w = append(w, x+"."+p+" IS NULL")
			s = append(s, x+"."+p+" = coalesce("+x+"."+p+", [])")
		}
		return strings.Join(w, " OR "), strings.Join(s, ", ")
	}
	nw, ns := set("n", entityLists)
	rw, rs := set("r", edgeLists)
	aw, as := set("n", articleLists)
	tw, ts := set("r", []string{"titles"})
	return []string{
		`MATCH (n:` + entityLabels() + `) WHERE ` + nw + `
CALL { WITH n SET ` + ns + ` } IN TRANSACTIONS OF 10000 ROWS`,
		`MATCH ()-[r:` + strings.Join(types, "|") + `]->() WHERE ` + rw + `
CALL { WITH r SET ` + rs + ` } IN TRANSACTIONS OF 10000 ROWS`,
		`MATCH ()-[r:` + string(schema.OfficialOf) + `]->() WHERE ` + tw + `
CALL { WITH r SET ` + ts + ` } IN TRANSACTIONS OF 10000 ROWS`,
		`MATCH (n:` + string(schema.Article) + `) WHERE ` + aw + `
CALL { WITH n SET ` + as + ` } IN TRANSACTIONS OF 10000 ROWS`,
	}
}

// FinishImport gives the nodes and edges of a graph that neo4j-admin
// imported from AdminCSV files the empty lists the CSV could not hold, and
// returns the number of properties it set. It is idempotent; on a graph
// ingest wrote it changes nothing.
func (w *Writer) FinishImport(ctx context.Context) (int, error) {
	s := w.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.database, AccessMode: neo4j.AccessModeWrite})
	defer s.Close(ctx)
	n := 0
	for _, q := range finishImportCypher() {
		res, err := s.Run(ctx, q, nil)
		if err != nil {
			return n, fmt.Errorf("finish import: %w", w.explain(err))
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return n, fmt.Errorf("finish import: %w", w.explain(err))
		}
		n += sum.Counters().PropertiesSet()
	}
	return n, nil
}
