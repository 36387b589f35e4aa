package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestRename: -vary gives each surname a new one per round, the same
// within a round, distinct across surnames and rounds, and leaves the
// other words alone.
func TestRename(t *testing.T) {
	ps := &people{
		pattern: regexp.MustCompile(`\b(Halvorsen|Quist|Tembo)\b`),
		index:   map[string]int{"Halvorsen": 0, "Quist": 1, "Tembo": 2},
	}
	seen := map[string]string{}
	for round := 1; round <= 300; round++ {
		got := ps.rename("Minister Ada Tembo met Halvorsen; Tembo's aide Quist and Quistian stayed.", round)
		f := strings.Fields(got)
		tembo, halvorsen, tembo2, quist := f[2], strings.TrimSuffix(f[4], ";"), strings.TrimSuffix(f[5], "'s"), f[7]
		if tembo != tembo2 {
			t.Fatalf("round %d: one surname renamed two ways: %q", round, got)
		}
		if !strings.Contains(got, "Quistian") || !strings.HasPrefix(got, "Minister Ada ") {
			t.Fatalf("round %d: renamed more than the surnames: %q", round, got)
		}
		for _, n := range []string{tembo, halvorsen, quist} {
			if prev, ok := seen[n]; ok {
				t.Fatalf("round %d: %q given twice (before: %s)", round, n, prev)
			}
			seen[n] = got
		}
	}
}
