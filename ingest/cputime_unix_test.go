//go:build unix

package ingest

import "syscall"

// cpuSeconds returns the CPU time (user and system) the process has used,
// so benchmarks can report a rate that does not depend on the load of a
// shared machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
