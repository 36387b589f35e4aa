package ingest

import (
	"strings"
	"testing"
)

// TestSegmentSentences checks where sentences and crossheads end, in both
// directions: abbreviations that must not end a sentence and those that do
// before a clear sentence opener. "|" separates the expected sentences; a
// leading "#" marks a headline.
func TestSegmentSentences(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dotted abbreviation before an opener ends",
			"Rebels struck targets in the U.S. The talks in Nova Tessa collapsed.",
			"Rebels struck targets in the U.S.|The talks in Nova Tessa collapsed."},
		{"dotted abbreviation before a name goes on",
			"Talks with the U.S. Army and U.N. Secretary-General Mira Okafor began.",
			"Talks with the U.S. Army and U.N. Secretary-General Mira Okafor began."},
		{"dotted abbreviation before a quote opener ends",
			"Freedonia blamed the U.N. \"We are ready,\" the minister said.",
			"Freedonia blamed the U.N.|\"We are ready,\" the minister said."},
		{"dotted abbreviation before a hyphenated word goes on",
			"Sylvania bought the U.S. A-10 jets last year.",
			"Sylvania bought the U.S. A-10 jets last year."},
		{"title-case headline keeps a dotted abbreviation",
			"U.S. And Freedonia Agree On Talks\n\nThe two sides met.",
			"#U.S. And Freedonia Agree On Talks|The two sides met."},
		{"title abbreviations never end a sentence",
			"They met Gen. Lena Varga, Lt. Col. Omar Haddad, Sen. Mira Okafor and Rep. Tomas Feld.",
			"They met Gen. Lena Varga, Lt. Col. Omar Haddad, Sen. Mira Okafor and Rep. Tomas Feld."},
		{"month abbreviation before a day goes on",
			"The envoy arrived on Jan. 5 and left on Sept. 9. He said little.",
			"The envoy arrived on Jan. 5 and left on Sept. 9.|He said little."},
		{"number abbreviation goes on",
			"The No. 2 official of Ruritania resigned.",
			"The No. 2 official of Ruritania resigned."},
		{"lower-case no ends",
			"The computer said no. In the end they left.",
			"The computer said no.|In the end they left."},
		{"company suffix before an opener ends",
			"The contract went to Ardan Steel Inc. The firm is based in Sylvania.",
			"The contract went to Ardan Steel Inc.|The firm is based in Sylvania."},
		{"initial goes on", "Vladimir V. Putin spoke. He left.", "Vladimir V. Putin spoke.|He left."},
		{"opening quote belongs to the next sentence",
			"The minister spoke. \"We will go.\" He went.",
			"The minister spoke.|\"We will go.\"|He went."},
		{"crosshead glued before an opener",
			"The talks ended. Border Dispute The two sides met again in Ardan.",
			"The talks ended.|#Border Dispute|The two sides met again in Ardan."},
		{"crosshead glued before an adverb",
			"The talks ended. Reaction from Minister Varga Shortly before noon, Varga spoke.",
			"The talks ended.|#Reaction from Minister Varga|Shortly before noon, Varga spoke."},
		{"crosshead repeating the name that starts the paragraph",
			"The talks ended. Mira Okafor Mira Okafor said she would return.",
			"The talks ended.|#Mira Okafor|Mira Okafor said she would return."},
		{"crosshead listing names",
			"The talks ended. Varga, Okafor Freedonia will look to its president for help.",
			"The talks ended.|#Varga, Okafor|Freedonia will look to its president for help."},
		{"quoted crosshead",
			"The talks ended. 'We need help' The refugees told reporters they were afraid.",
			"The talks ended.|#'We need help'|The refugees told reporters they were afraid."},
		{"sentence-case crosshead before an opener",
			"The talks ended. Few options left While Freedonia plans to shut the border, traders keep coming.",
			"The talks ended.|#Few options left|While Freedonia plans to shut the border, traders keep coming."},
		{"sentence-case crosshead before an article",
			"The talks ended. International reaction A spokesman for Ruritania expressed sorrow.",
			"The talks ended.|#International reaction|A spokesman for Ruritania expressed sorrow."},
		{"a verb before a newspaper's name is no crosshead",
			"The talks ended. Officials told The Harbor Review that the talks would resume.",
			"The talks ended.|Officials told The Harbor Review that the talks would resume."},
		{"a preposition before a capitalised article is no crosshead",
			"The talks ended. Judges in The Hague ruled on the case.",
			"The talks ended.|Judges in The Hague ruled on the case."},
		{"a name before a lower-case verb is no crosshead",
			"The talks ended. Council On Foreign Relations fellow Mira Okafor spoke.",
			"The talks ended.|Council On Foreign Relations fellow Mira Okafor spoke."},
		{"a title-case headline keeps its last words",
			"Police Arrest Rebel Leader After Raid\n\nThe raid was in Ardan.",
			"#Police Arrest Rebel Leader After Raid|The raid was in Ardan."},
		{"a sentence opening with a preposition is no crosshead",
			"Writing in The Harbor Review, Okafor argued for talks.",
			"Writing in The Harbor Review, Okafor argued for talks."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.in)
			var got []string
			for _, s := range segment(tt.in, toks) {
				text := tt.in[s.From:s.To]
				if s.Headline {
					text = "#" + text
				}
				got = append(got, text)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("segment(%q)\n got %s\nwant %s", tt.in, g, tt.want)
			}
		})
	}
}

// TestSentenceBoundaryRelations checks that no relation crosses a sentence
// boundary the segmenter must see.
func TestSentenceBoundaryRelations(t *testing.T) {
	tests := []struct{ name, text, absent string }{
		{"dotted abbreviation ends the sentence",
			"The vote is set for the tenth anniversary of the air raids against the U.S. The Tupac Front denounced the timing.", "BOMBED"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantAbsent(t, analyzeTest(t, p, tt.text), tt.text, tt.absent)
		})
	}
}
