package queries

import (
	"errors"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestFinal: the server's memory limit becomes a MemoryError that names
// the query and what to do, and that the driver cannot take for the
// server's transient error (it would retry it for 30 s); other errors stay
// as they are.
func TestFinal(t *testing.T) {
	mem := &neo4j.Neo4jError{Code: memoryCode, Msg: "The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB."}
	other := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	plain := errors.New("connection reset")
	for _, tt := range []struct {
		name string
		err  error
		mem  bool
	}{
		{"memory", mem, true},
		{"memory, wrapped", errors.Join(errors.New("run"), mem), true},
		{"deadlock", other, false},
		{"not the server's", plain, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := final("pair-history", tt.err)
			var m *MemoryError
			if errors.As(got, &m) != tt.mem {
				t.Fatalf("final(%v) = %v, MemoryError: %v, want %v", tt.err, got, !tt.mem, tt.mem)
			}
			if !tt.mem {
				if got != tt.err {
					t.Errorf("final(%v) = %v, want it unchanged", tt.err, got)
				}
				return
			}
			var n *neo4j.Neo4jError
			if errors.As(got, &n) {
				t.Errorf("final(%v) still holds the server's error, which the driver retries", tt.err)
			}
			for _, want := range []string{"query pair-history needs more memory", "256.0 MiB", "narrow it", "dbms.memory.transaction.total.max"} {
				if !strings.Contains(got.Error(), want) {
					t.Errorf("message %q lacks %q", got.Error(), want)
				}
			}
		})
	}
}
