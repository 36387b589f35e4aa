package queries

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// memoryCode is the code of the error a server gives a transaction that
// would use more memory than dbms.memory.transaction.total.max (or
// db.memory.transaction.max) lets it. The server calls it transient, and
// the driver retries transient errors for 30 s, but the same query on the
// same graph needs the same memory again.
const memoryCode = "Neo.TransientError.General.MemoryPoolOutOfMemoryError"

// MemoryError is a canned query that needed more memory than the server
// lets one transaction use. It is not retried.
type MemoryError struct {
	Query  string
	Server string // the server's message
}

func (e *MemoryError) Error() string {
	return fmt.Sprintf("query %s needs more memory than the server lets a transaction use (%s); "+
		"narrow it (a shorter window with from and to, a smaller limit, a higher min_sources) "+
		"or give the server more (dbms.memory.transaction.total.max)", e.Query, e.Server)
}

// final turns the error of the server's memory limit into a MemoryError,
// which the driver does not retry (it holds the server's message, not
// its error); other errors are returned as they are.
func final(query string, err error) error {
	var n *neo4j.Neo4jError
	if errors.As(err, &n) && n.Code == memoryCode {
		return &MemoryError{Query: query, Server: n.Msg}
	}
	return err
}

// read runs cypher with params in a read transaction on database, as
// neo4j.ExecuteQuery with readers routing and its bookmarks would, and
// returns all its records; the server's memory limit ends it at once
// (final) instead of after the driver's retries.
func read(ctx context.Context, driver neo4j.DriverWithContext, database, query, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	s := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database, AccessMode: neo4j.AccessModeRead,
		BookmarkManager: driver.ExecuteQueryBookmarkManager()})
	defer s.Close(ctx)
	v, err := s.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, final(query, err)
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, final(query, err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, final(query, err)
		}
		return &neo4j.EagerResult{Keys: keys, Records: recs}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*neo4j.EagerResult), nil
}
