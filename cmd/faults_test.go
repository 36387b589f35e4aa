package cmd

// Tests of the failures a user can cause: oversized input, interrupted
// runs, bad parameters, missing paths. Each names the message and the exit
// code the README documents.

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// inventedText returns about n bytes of invented news sentences.
func inventedText(n int) string {
	const para = "Sylvania accused Freedonia of shelling the border town of Nova Tessa on Tuesday. " +
		"The foreign minister of Norway met his counterpart from Chile in Oslo to discuss the crisis. " +
		"Mira Okafor, the head of the Harbor Policy Institute, urged both sides to return to talks.\n\n"
	return strings.Repeat(para, n/len(para)+1)
}

// TestExtractAllStopsOnCancel: a cancelled run returns at once, whether its
// reader is blocked on input or its extractor is busy with a long article.
func TestExtractAllStopsOnCancel(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	slow := func(a ingest.Article) *graph.Graph { <-block; return graph.New() }
	stdin, w := io.Pipe()
	defer w.Close()
	tests := []struct {
		name string
		p    *extractParams
	}{
		{"reader blocked on stdin", &extractParams{paths: []string{"-"}, stdin: stdin, extract: slow}},
		{"extraction busy", &extractParams{paths: []string{filepath.Join(examples, "doha-ceasefire.txt")}, extract: slow}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			sunk := 0
			tt.p.workers = 2
			tt.p.sink = func(j job) error { sunk++; return nil }
			done := make(chan error, 1)
			go func() { done <- extractAll(ctx, tt.p) }()
			time.Sleep(100 * time.Millisecond)
			start := time.Now()
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("extractAll after cancel = %v, want nil (the caller reports the interruption)", err)
				}
				if d := time.Since(start); d > 2*time.Second {
					t.Errorf("extractAll took %v after cancel, want under 2s", d)
				}
			case <-time.After(3 * time.Second):
				t.Fatal("extractAll did not return within 3s of cancel")
			}
		})
	}
}

// TestSignalStopsRun: SIGTERM stops a run that is reading a blocked stdin or
// extracting a long article within 2 s, prints the summary, exits 130.
func TestSignalStopsRun(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on windows")
	}
	big := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(big, []byte("A long article\n\n"+inventedText(4000000)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"stdin blocked", []string{"extract", "-"}},
		{"long extraction", []string{"extract", "--workers", "1", big}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := exec.Command(os.Args[0], tt.args...)
			c.Env = append(os.Environ(), "ACTORGRAPH_TEST_MAIN=1")
			in, err := c.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			var stderr bytes.Buffer
			c.Stderr = &stderr
			if err := c.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(700 * time.Millisecond)
			start := time.Now()
			c.Process.Signal(syscall.SIGTERM)
			done := make(chan error, 1)
			go func() { done <- c.Wait() }()
			select {
			case err := <-done:
				var ee *exec.ExitError
				if !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
					t.Errorf("exit %v, want code %d; stderr %s", err, ExitInterrupted, stderr.String())
				}
				if d := time.Since(start); d > 2*time.Second {
					t.Errorf("took %v after SIGTERM, want under 2s", d)
				}
				if !strings.Contains(stderr.String(), "interrupted: extract: 0 articles read") {
					t.Errorf("stderr = %q, want the summary", stderr.String())
				}
			case <-time.After(5 * time.Second):
				c.Process.Kill()
				t.Fatalf("still running 5s after SIGTERM; stderr %s", stderr.String())
			}
		})
	}
}
