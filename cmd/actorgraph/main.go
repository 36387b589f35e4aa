// Command actorgraph turns news articles into a knowledge graph of
// geopolitical actors in Neo4j. See the cmd package and README.md.
package main

import (
	"os"

	"github.com/actorgraph/actorgraph/cmd"
)

func main() { os.Exit(cmd.Main()) }
