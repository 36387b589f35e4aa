package cmd

import (
	"context"
	"strconv"
	"strings"
	"testing"
)

func TestRetractByIDAndPath(t *testing.T) {
	w := &fakeWriter{}
	ctx := context.Background()
	if code, _, errOut := runCLI(t, ctx, fakeFactory(w, nil), "", nil, "ingest", "--published", "2016-10-16", examples); code != ExitOK {
		t.Fatalf("ingest exit %d, stderr %s", code, errOut)
	}
	n := len(w.loaded)
	w.loaded["article:sylvania-talks"] = "sha"

	code, out, errOut := runCLI(t, ctx, fakeFactory(w, nil), "", nil, "retract", "article:sylvania-talks", "article:never-loaded")
	if code != ExitPartial || out != "" {
		t.Errorf("retract with an unknown id: exit %d, stdout %q; want %d and nothing", code, out, ExitPartial)
	}
	want := "actorgraph: article:never-loaded is not loaded in bolt://127.0.0.1:7687 (database neo4j): nothing to retract for it\n" +
		"retract: 1 articles retracted, 1 not loaded, 0 bad inputs;"
	if !strings.HasPrefix(errOut, want) {
		t.Errorf("retract with an unknown id: stderr %q, want it to start with %q", errOut, want)
	}
	if _, ok := w.loaded["article:sylvania-talks"]; ok {
		t.Errorf("retract left article:sylvania-talks loaded")
	}

	code, _, errOut = runCLI(t, ctx, fakeFactory(w, nil), "", nil, "retract", examples)
	if code != ExitOK || len(w.loaded) != 0 || !strings.Contains(errOut, "retract: "+strconv.Itoa(n)+" articles retracted, 0 not loaded") {
		t.Errorf("retract %s: exit %d, stderr %q, %d articles left; want every article retracted", examples, code, errOut, len(w.loaded))
	}

	code, _, errOut = runCLI(t, ctx, fakeFactory(w, nil), "", nil, "retract", "no-such-file.txt")
	if code != ExitFailure || !strings.Contains(errOut, "no-such-file.txt") {
		t.Errorf("retract of a missing file: exit %d, stderr %q; want %d and a message naming it", code, errOut, ExitFailure)
	}
	if code, _, errOut := runCLI(t, ctx, fakeFactory(w, nil), "", nil, "retract", "article:never-loaded"); code != ExitFailure ||
		!strings.Contains(errOut, "0 articles retracted, 1 not loaded") {
		t.Errorf("retract of only an unknown id: exit %d, stderr %q; want %d", code, errOut, ExitFailure)
	}
	if code, _, _ := runCLI(t, ctx, fakeFactory(w, nil), "", nil, "retract"); code != ExitUsage {
		t.Errorf("retract without arguments: exit %d, want %d", code, ExitUsage)
	}
}

// TestUnrecordedNote checks the sentence about articles an older
// actorgraph loaded, on ingest and on retract.
func TestUnrecordedNote(t *testing.T) {
	w := &fakeWriter{legacy: 1}
	ctx := context.Background()
	code, _, errOut := runCLI(t, ctx, fakeFactory(w, nil), "", nil, "ingest", "--published", "2016-10-16", examples)
	if code != ExitOK || !strings.Contains(errOut, "actorgraph: 1 of the replaced articles were loaded by an older actorgraph") {
		t.Errorf("ingest over old loads: exit %d, stderr %q; want the note", code, errOut)
	}
	w.loaded["article:old"] = "sha"
	code, _, errOut = runCLI(t, ctx, fakeFactory(w, nil), "", nil, "retract", "-q", "article:old")
	if code != ExitOK || !strings.Contains(errOut, "actorgraph: 1 of the retracted articles were loaded by an older actorgraph") {
		t.Errorf("retract of an old load: exit %d, stderr %q; want the note", code, errOut)
	}
}
