package ingest

import (
	"testing"

	"github.com/actorgraph/actorgraph/schema"
)

// TestLexiconTSVs checks that titles and stop words come from the
// gazetteer TSVs: a title of titles.tsv that is lower case ("counterpart")
// and one in capitals ("CEO"), stop words of stopwords.tsv and of the
// hand-made stopwords_extra.tsv ("nice", "the").
func TestLexiconTSVs(t *testing.T) {
	l, err := loadLexicon(schema.Gazetteer())
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"counterpart", "regime leader", "ceo", "foreign minister"} {
		n := &l.root
		for _, tok := range tokenize(title) {
			n = n.next[tok.Lower]
			if n == nil {
				break
			}
		}
		found := false
		if n != nil {
			for _, e := range n.entries {
				found = found || e.kind == eTitle
			}
		}
		if !found {
			t.Errorf("title %q not in the lexicon", title)
		}
	}
	for _, w := range []string{"nice", "the", "march", "victory"} {
		if !l.stop[w] {
			t.Errorf("stop word %q not in the lexicon", w)
		}
	}
	if l.stop["sylvania"] {
		t.Error(`"sylvania" is a stop word`)
	}
}
