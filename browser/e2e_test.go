package browser_test

// End-to-end test of the Neo4j Browser as a user meets it: real headless
// Chromium (from Debian's packages, scripts/setup.sh) against the local
// server that scripts/neo4j.sh configured. It runs with the integration
// tests (ACTORGRAPH_NEO4J_TEST=1, set by make test and CI) and then fails,
// not skips, when Chromium is missing.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/internal/testdb"
)

// EnvBrowserURL names the Browser page to test; its default is the local
// server's.
const EnvBrowserURL = "ACTORGRAPH_TEST_BROWSER_URL"

// screenshot is where the test saves what the Browser drew.
const screenshot = "../test-output/browser-e2e.png"

// chromium returns the Chromium binary: $CHROMIUM, else the first of the
// usual names on PATH.
func chromium() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium on PATH (scripts/setup.sh installs it from Debian's packages; or set CHROMIUM)")
}

// loadDemo writes examples/articles into the test database, as make demo
// does.
func loadDemo(t *testing.T, ctx context.Context, cfg testdb.Config) {
	t.Helper()
	d := testdb.Driver(t)
	p, err := ingest.NewPipeline(ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var graphs []*graph.Graph
	err = ingest.ReadPaths([]string{"../examples/articles"}, nil, func(a ingest.Article, err error) error {
		if err != nil {
			return err
		}
		if a.Published == "" {
			a.Published = "2016-10-16"
		}
		graphs = append(graphs, p.Extract(a))
		return nil
	})
	if err != nil {
		t.Fatalf("read examples: %v", err)
	}
	w := graph.NewWriter(d, cfg.Database, 50)
	if err := w.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(ctx, graphs...); err != nil {
		t.Fatalf("load examples: %v", err)
	}
}

// drawnNode is a node of the Browser's graph view: caption and fill colour.
type drawnNode struct {
	Caption string `json:"caption"`
	Fill    string `json:"fill"`
}

const drawnNodesJS = `Array.from(document.querySelectorAll('svg g.node')).map(g => ({
  caption: Array.from(g.querySelectorAll('text')).map(t => t.textContent).join(' '),
  fill: (g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || ''
}))`

// loginJS is true once the actorgraph guide shows; until then it fills
// the login form, when there is one, with a user and a password (JSON
// strings) and clicks Connect.
const loginJS = `(() => {
  if (document.body.innerText.includes("actorgraph: states, people and what they did")) return true;
  const set = (sel, v) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, v);
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
    return true;
  };
  const connect = document.querySelector('[data-testid="connect"]');
  if (connect && set('[data-testid="username"]', %s) && set('[data-testid="password"]', %s)) connect.click();
  return false;
})()`

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestBrowser(t *testing.T) {
	if os.Getenv(testdb.EnvEnable) == "" {
		t.Skip("integration: run `make test` (starts the local Neo4j) or set " + testdb.EnvEnable + "=1; needs Chromium (scripts/setup.sh)")
	}
	bin, err := chromium()
	if err != nil {
		t.Fatal(err)
	}
	cfg := testdb.Get(t)
	page := os.Getenv(EnvBrowserURL)
	if page == "" {
		page = "http://127.0.0.1:7474/browser/"
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	loadDemo(t, ctx, cfg)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.WindowSize(1600, 1000), chromedp.Flag("disable-dev-shm-usage", true))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	// The first run starts the browser for the life of bctx; steps then run
	// with their own timeouts.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	u := page + "?preselectAuthMethod=NATIVE&dbms=" + url.QueryEscape(cfg.URI)
	step := func(name string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, scancel := context.WithTimeout(bctx, 2*time.Minute)
		defer scancel()
		if err := chromedp.Do(sctx, steps...); err != nil {
			shot(t, bctx)
			t.Fatalf("%s: %v (screenshot in %s)", name, err, screenshot)
		}
	}
	wait := func(js string, d time.Duration) chromedp.Action[chromedp.Void] {
		return chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(d))
	}
	// Log in until the guide shows: a click on Connect before the page or the
	// server is ready does nothing, so the form is filled and sent again
	// every few seconds while it is still there.
	step("open the Browser, log in, and the guide opens on connect",
		chromedp.Navigate(u),
		chromedp.WaitVisible(`[data-testid="password"]`),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(loginJS, jsString(cfg.User), jsString(cfg.Password)),
			chromedp.WithPollingInterval(3*time.Second), chromedp.WithPollingTimeout(90*time.Second)))
	step("the guide's slides lead to the questions that draw",
		chromedp.Poll[chromedp.Void](`(() => {
  if (document.body.innerText.includes("Questions that draw")) return true;
  const next = document.querySelector('[data-testid="nextSlide"]');
  if (next) next.click();
  return false;
})()`, chromedp.WithPollingInterval(time.Second), chromedp.WithPollingTimeout(20*time.Second)))
	// The ▶ icon before a runnable block runs it at once.
	step("run the neighbourhood query of the guide",
		chromedp.Click(`//pre[contains(., "toLower('Russia')")]/i`))
	step("the graph is drawn",
		wait(`document.querySelectorAll('svg g.node').length >= 3`, 30*time.Second),
		chromedp.Sleep(2*time.Second)) // let the layout settle for the screenshot
	nodes, err := chromedp.Run(bctx, chromedp.Evaluate[[]drawnNode](drawnNodesJS))
	if err != nil {
		t.Fatalf("read the drawn nodes: %v", err)
	}
	shot(t, bctx)
	colours := map[string]string{}
	for _, n := range nodes {
		colours[strings.Join(strings.Fields(n.Caption), " ")] = strings.ToUpper(n.Fill)
	}
	for caption, want := range map[string]string{"Russia": "#C0392B", "Nikolai Orlov": "#2E86C1", "Ukraine": "#C0392B"} {
		if got, ok := colours[caption]; !ok || got != want {
			t.Errorf("node %q drawn with fill %q (present %v), want %s from the actorgraph style; drawn: %v", caption, got, ok, want, nodes)
		}
	}
	t.Logf("Browser end-to-end: %d nodes drawn in %v; screenshot %s", len(nodes), time.Since(start).Round(time.Second), screenshot)
}

// shot saves a screenshot of the page, whatever state it is in.
func shot(t *testing.T, ctx context.Context) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	if err := os.MkdirAll(filepath.Dir(screenshot), 0o755); err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	if err := os.WriteFile(screenshot, png, 0o644); err != nil {
		t.Logf("screenshot: %v", fmt.Errorf("write %s: %w", screenshot, err))
	}
}
