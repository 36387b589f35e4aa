// Command actorgraph turns news articles into a knowledge graph of
// geopolitical actors in Neo4j. See the cmd package and README.md.
//
// ACTORGRAPH_CPUPROFILE=FILE writes a CPU profile of the run to FILE, for
// `go tool pprof` (how the benchmarks of the README were read).
package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/actorgraph/actorgraph/cmd"
)

func main() { os.Exit(run()) }

func run() int {
	if path := os.Getenv("ACTORGRAPH_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "actorgraph: ACTORGRAPH_CPUPROFILE=%s: %v\n", path, err)
			return cmd.ExitUsage
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	return cmd.Main()
}
