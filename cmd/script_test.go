package cmd

import (
	"context"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the txtar scripts run `actorgraph` in this test binary.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"actorgraph": func() {
			s := streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.Getenv}
			os.Exit(run(context.Background(), os.Args[1:], s, nil))
		},
	})
}

// TestScripts runs the end-to-end CLI scripts of testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
