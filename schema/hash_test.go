package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestContentHash checks the hash against its definition: sha256 of the
// NFC text with its whitespace runs folded to single spaces.
func TestContentHash(t *testing.T) {
	for _, text := range []string{"", "  ", "Sylvania", " Sylvania  and\tFreedonia\n\nmet. ",
		"Cafe\u0301 in Nova Tessa\u00a0today\u2003", "\u3000Mira Okafor\u2028said\r\n"} {
		sum := sha256.Sum256([]byte(strings.Join(strings.Fields(norm.NFC.String(text)), " ")))
		if got, want := ContentHash(text), hex.EncodeToString(sum[:]); got != want {
			t.Errorf("ContentHash(%q) = %s, want %s", text, got, want)
		}
	}
	if ContentHash("Sylvania  met\nFreedonia") != ContentHash(" Sylvania met Freedonia") {
		t.Error("whitespace changes the hash")
	}
}
