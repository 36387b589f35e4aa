//go:build !unix

package ingest

// cpuSeconds is not measured here: benchmarks report no CPU rate.
func cpuSeconds() float64 { return 0 }
