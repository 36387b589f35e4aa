package cmd

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the txtar scripts run `actorgraph` in this test binary, and
// the tests run it as a process of its own (with ACTORGRAPH_TEST_MAIN=1).
// Both go through Main, signal handling included.
func TestMain(m *testing.M) {
	if os.Getenv("ACTORGRAPH_TEST_MAIN") == "1" {
		os.Exit(Main())
	}
	testscript.Main(m, map[string]func(){
		"actorgraph": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the end-to-end CLI scripts of testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
