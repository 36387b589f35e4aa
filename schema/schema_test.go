package schema

import (
	"os"
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sergei Lavrov", "sergei-lavrov"},
		{"Zeid Ra'ad al Hussein", "zeid-raad-al-hussein"},
		{"François Hollande", "francois-hollande"},
		{"Bashar al-Assad", "bashar-al-assad"},
		{"U.S. State Department", "us-state-department"},
		{"  --  ", ""},
		{"Türkiye", "turkiye"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIDs(t *testing.T) {
	tests := []struct {
		name, got, want string
		label           Label
	}{
		{"country", CountryID("RUS"), "country:rus", Country},
		{"person", PersonID("John Kerry"), "person:john-kerry", Person},
		{"city", CityID("Aleppo", "SYR"), "city:aleppo@syr", City},
		{"city unknown country", CityID("Duweibiq", ""), "city:duweibiq@xxx", City},
		{"region", RegionID("Gaza Strip", "PSE"), "region:gaza-strip@pse", Region},
		{"org", OrgID("UN Security Council"), "org:un-security-council", Organisation},
		{"article given", ArticleID("kerry-1", "x"), "article:kerry-1", Article},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("id = %q, want %q", tt.got, tt.want)
			}
			if !ValidID(tt.got) {
				t.Errorf("ValidID(%q) = false", tt.got)
			}
			if l, ok := LabelOfID(tt.got); !ok || l != tt.label {
				t.Errorf("LabelOfID(%q) = %v, %v, want %v", tt.got, l, ok, tt.label)
			}
		})
	}
}

func TestArticleIDFromText(t *testing.T) {
	a := ArticleID("", "Some  text\nhere")
	b := ArticleID("", "Some text here")
	if a != b {
		t.Errorf("ArticleID differs on whitespace: %q vs %q", a, b)
	}
	if len(a) != len("article:")+16 {
		t.Errorf("ArticleID(text) = %q, want 16 hex digits", a)
	}
	if ArticleID("", "other") == a {
		t.Errorf("different texts gave the same id %q", a)
	}
}

func TestRelTypes(t *testing.T) {
	for _, tt := range []struct {
		typ                   RelType
		symmetric, structural bool
		cameo                 string
	}{
		{MetWith, true, false, "04"},
		{AgreedWith, true, false, "05"},
		{Vetoed, false, false, "12"},
		{Bombed, false, false, "19"},
		{OfficialOf, false, true, ""},
	} {
		t.Run(string(tt.typ), func(t *testing.T) {
			if tt.typ.Symmetric() != tt.symmetric || tt.typ.Structural() != tt.structural || tt.typ.CAMEO() != tt.cameo {
				t.Errorf("%s: symmetric=%v structural=%v cameo=%q", tt.typ, tt.typ.Symmetric(), tt.typ.Structural(), tt.typ.CAMEO())
			}
		})
	}
	if _, ok := ParseRelType("DROP_ALL"); ok {
		t.Error("ParseRelType accepted a type outside the allow-list")
	}
	if len(Interactions()) != 18 {
		t.Errorf("Interactions() has %d types, want 18", len(Interactions()))
	}
}

func TestStatementsCoverEveryLabel(t *testing.T) {
	stmts := Statements()
	for _, l := range NodeLabels {
		found := false
		for _, s := range stmts {
			if strings.Contains(s, "(n:"+string(l)+") REQUIRE n.id IS UNIQUE") {
				found = true
			}
		}
		if !found {
			t.Errorf("no id constraint for %s in %q", l, stmts)
		}
	}
	for _, s := range stmts {
		if !strings.Contains(s, "IF NOT EXISTS") || strings.HasSuffix(s, ";") {
			t.Errorf("statement %q is not idempotent or keeps its ';'", s)
		}
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct{ root, want string }{
		{"01", VerbalCooperation}, {"05", VerbalCooperation}, {"06", MaterialCooperation},
		{"08", MaterialCooperation}, {"09", VerbalConflict}, {"13", VerbalConflict},
		{"14", MaterialConflict}, {"20", MaterialConflict},
		{"00", ""}, {"21", ""}, {"", ""}, {"4", ""}, {"1a", ""}, {"004", ""},
	}
	for _, tt := range tests {
		if got := QuadClass(tt.root); got != tt.want {
			t.Errorf("QuadClass(%q) = %q, want %q", tt.root, got, tt.want)
		}
	}
	if got := Bombed.Quad(); got != MaterialConflict {
		t.Errorf("Bombed.Quad() = %q, want %q", got, MaterialConflict)
	}
	if got := OfficialOf.Quad(); got != "" {
		t.Errorf("OfficialOf.Quad() = %q, want empty", got)
	}
}

// TestGraphModelDoc checks that docs/graph-model.md lists every label and
// relationship type, and each event type with the CAMEO root and quad class
// of this package.
func TestGraphModelDoc(t *testing.T) {
	b, err := os.ReadFile("../docs/graph-model.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		name := strings.Trim(strings.Fields(strings.TrimSpace(cells[1]))[0], "`")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows[name] = cells[1:]
	}
	for _, l := range NodeLabels {
		if _, ok := rows[string(l)]; !ok {
			t.Errorf("docs/graph-model.md: no row for label %s", l)
		}
	}
	if !strings.Contains(string(b), "`"+string(Official)+"`") {
		t.Errorf("docs/graph-model.md does not explain the label %s", Official)
	}
	for _, rt := range RelTypes() {
		row, ok := rows[string(rt)]
		if !ok {
			t.Errorf("docs/graph-model.md: no row for relationship type %s", rt)
			continue
		}
		if rt.Structural() {
			continue
		}
		if len(row) < 4 || row[2] != rt.CAMEO() || row[3] != rt.Quad() {
			t.Errorf("docs/graph-model.md: row of %s = %q, want CAMEO %s and quad class %s", rt, row, rt.CAMEO(), rt.Quad())
		}
		if sym := strings.Contains(row[0], "⇄"); sym != rt.Symmetric() {
			t.Errorf("docs/graph-model.md: %s marked symmetric %v, want %v", rt, sym, rt.Symmetric())
		}
	}
}
