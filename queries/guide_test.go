package queries

import (
	"bytes"
	"context"
	"flag"
	"html"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/internal/testdb"
	"github.com/actorgraph/actorgraph/schema"
)

var update = flag.Bool("update", false, "rewrite ../browser/guide.html")

const guideFile = "../browser/guide.html"

// TestGuide checks that the checked-in Browser guide is what WriteGuide
// writes now (go test ./queries -run TestGuide -update rewrites it), that it
// shows every query with every parameter filled in, and every event type.
func TestGuide(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGuide(&b); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	if *update {
		if err := os.WriteFile(guideFile, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(guideFile)
	if err != nil {
		t.Fatalf("read %s (go test ./queries -run TestGuide -update writes it): %v", guideFile, err)
	}
	if got != string(want) {
		t.Errorf("%s is stale: run go test ./queries -run TestGuide -update", guideFile)
	}
	for _, q := range List() {
		if !strings.Contains(got, "<code>"+q.Name+"</code>") {
			t.Errorf("guide does not show query %s", q.Name)
		}
	}
	for _, rt := range schema.Interactions() {
		if !strings.Contains(got, "<td><code>"+string(rt)+"</code></td><td>"+rt.CAMEO()+"</td>") {
			t.Errorf("guide does not list %s with CAMEO %s", rt, rt.CAMEO())
		}
	}
	pres := regexp.MustCompile(`(?s)<pre class="runnable">(.*?)</pre>`).FindAllStringSubmatch(got, -1)
	if len(pres) < len(List())+4 {
		t.Errorf("guide has %d runnable blocks, want one per query and the overview ones", len(pres))
	}
	for _, m := range pres {
		if strings.Contains(m[1], "$") {
			t.Errorf("guide block has an unfilled parameter:\n%s", m[1])
		}
	}
}

func TestGuideCypher(t *testing.T) {
	q, err := Get("timeline")
	if err != nil {
		t.Fatal(err)
	}
	body, inputs := guideCypher(q)
	for _, want := range []string{
		`toLower('<span value-key="timeline-name">Russia</span>')`,
		`r.date &gt;= date('1900-01-01')`,
		`r.sources &gt;= 1`,
		`LIMIT 200`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("guideCypher(timeline) has no %q:\n%s", want, body)
		}
	}
	if strings.Contains(string(body), "// name:") {
		t.Errorf("guideCypher(timeline) keeps the header:\n%s", body)
	}
	if len(inputs) != 1 || inputs[0] != (guideInput{Key: "timeline-name", Param: "name", Value: "Russia"}) {
		t.Errorf("guideCypher(timeline) inputs = %+v", inputs)
	}
}

// TestStyle checks the GraSS file: one rule per label with its own colour
// (Person and Official share one), names as captions, short titles for
// articles, types on relationships, and states drawn largest.
func TestStyle(t *testing.T) {
	b, err := os.ReadFile("../browser/actorgraph.grass")
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]map[string]string{}
	for _, m := range regexp.MustCompile(`([\w.]+)\s*\{((?:[^{}]|\{[^{}]*\})*)\}`).FindAllStringSubmatch(string(b), -1) {
		props := map[string]string{}
		for _, decl := range strings.Split(m[2], ";") {
			k, v, ok := strings.Cut(decl, ":")
			if ok {
				props[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
		rules[m[1]] = props
	}
	colours := map[string]schema.Label{}
	for _, l := range append(append([]schema.Label{}, schema.NodeLabels...), schema.Official) {
		r, ok := rules["node."+string(l)]
		if !ok {
			t.Errorf("style has no rule for label %s", l)
			continue
		}
		if other, dup := colours[r["color"]]; dup && !(l == schema.Official && other == schema.Person) {
			t.Errorf("labels %s and %s share the colour %s", other, l, r["color"])
		}
		colours[r["color"]] = l
		want := `"{name}"`
		if l == schema.Article {
			want = `"{short_title}"`
		}
		if r["caption"] != want {
			t.Errorf("style caption of %s = %s, want %s", l, r["caption"], want)
		}
	}
	if rules["relationship"]["caption"] != `"<type>"` {
		t.Errorf("style relationship caption = %s, want \"<type>\"", rules["relationship"]["caption"])
	}
	size := func(l schema.Label) int {
		n, _ := strconv.Atoi(strings.TrimSuffix(rules["node."+string(l)]["diameter"], "px"))
		return n
	}
	for _, l := range []schema.Label{schema.Person, schema.City, schema.Region, schema.Article, schema.Organisation} {
		if size(l) == 0 || size(l) >= size(schema.Country) {
			t.Errorf("style draws %s (%d) as large as Country (%d)", l, size(l), size(schema.Country))
		}
	}
}

// TestGuideQueriesRun runs every block of the guide, as the Browser would
// after a click, on the real Neo4j: each must be valid Cypher.
func TestGuideQueriesRun(t *testing.T) {
	d := testDriver(t)
	loadFixture(t, d)
	b, err := os.ReadFile(guideFile)
	if err != nil {
		t.Fatal(err)
	}
	tags := regexp.MustCompile(`<[^>]*>`)
	for i, m := range regexp.MustCompile(`(?s)<pre class="runnable">(.*?)</pre>`).FindAllStringSubmatch(string(b), -1) {
		cypher := html.UnescapeString(tags.ReplaceAllString(m[1], ""))
		_, err := neo4j.ExecuteQuery(context.Background(), d, cypher, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(testdb.Get(t).Database), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			t.Errorf("guide block %d does not run: %v\n%s", i, err, cypher)
		}
	}
}
