package queries_test

import (
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/queries"
)

func ExampleFormatTable() {
	r := queries.Result{
		Columns: []string{"date", "actor", "relation", "other", "sources"},
		Rows: [][]any{
			{"2016-10-15", "John Kerry", "MET_WITH", "Sergei Lavrov", int64(2)},
			{"2016-10-16", "Sergei Lavrov", "SPOKE_WITH", "Jean-Marc Ayrault", nil},
		},
	}
	queries.FormatTable(os.Stdout, r)
	// Output:
	// date        actor          relation    other              sources
	// ----        -----          --------    -----              -------
	// 2016-10-15  John Kerry     MET_WITH    Sergei Lavrov      2
	// 2016-10-16  Sergei Lavrov  SPOKE_WITH  Jean-Marc Ayrault
}

func ExampleGet() {
	q, err := queries.Get("meetings")
	if err != nil {
		return
	}
	for _, p := range q.Params {
		fmt.Printf("%s (%s) default %q\n", p.Name, p.Type, p.Default)
	}
	// Output:
	// from (date) default "1900-01-01"
	// to (date) default "2100-12-31"
	// actor (string) default ""
	// min_sources (int) default "1"
	// limit (int) default "100"
}
