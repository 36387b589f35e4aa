package cmd

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMakeScore: `make score` fails, with a message, when it cannot score:
// no score.py, or an extractor that fails on some articles. GO=true skips
// the build; the score.py here are stand-ins.
func TestMakeScore(t *testing.T) {
	for _, tool := range []string{"make", "python3"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	tests := []struct {
		name, script string // script: the stand-in score.py, "" for none
		ok           bool
		want         string
	}{
		{"no shared folder", "", false, "score: cannot score: "},
		{"extractor failed", `print("summary: articles=2 failed=1 entity_f1=0.500")`, false, "the extractor failed on some articles"},
		{"score.py failed", `import sys; sys.exit("no *.gold.json in dev")`, false, "score.py exited 1"},
		{"scored", `print("summary: articles=2 failed=0 entity_f1=0.900")`, true, "summary: articles=2 failed=0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shared := t.TempDir()
			if tt.script != "" {
				os.MkdirAll(filepath.Join(shared, "eval"), 0o755)
				if err := os.WriteFile(filepath.Join(shared, "eval", "score.py"), []byte(tt.script+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c := exec.Command("make", "-s", "-C", "..", "score", "GO=true", "SHARED="+shared)
			out, err := c.CombinedOutput()
			if (err == nil) != tt.ok || !strings.Contains(string(out), tt.want) {
				t.Errorf("make score: %v, output %q; want ok=%v and %q", err, out, tt.ok, tt.want)
			}
		})
	}
}
