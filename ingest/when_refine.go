package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// refineDay gives an event dated only to a month or a year the day a
// later sentence gives the same deed by its noun: "During a visit to Lima
// last month, ..." then "... during the visit on March 3" dates the visit
// to March 3. The day must fall in the event's period.
func (x *relater) refineDay(ev *event) {
	if ev.precision != schema.Month && ev.precision != schema.Year || len(ev.date) != 10 {
		return
	}
	noun := x.tok(ev.start).Lower
	if x.tok(ev.start).Kind != tokWord {
		return
	}
	prefix := ev.date[:7] // the month
	if ev.precision == schema.Year {
		prefix = ev.date[:4]
	}
	year := 0
	for _, c := range ev.date[:4] {
		year = year*10 + int(c-'0')
	}
	for si := ev.sent + 1; si < len(x.d.Sentences) && si <= ev.sent+3; si++ {
		s := x.d.Sentences[si]
		for k := s.Start + 1; k+2 < s.End; k++ {
			if x.tok(k).Lower != noun || !x.isWord(k-1, "the", "that", "this") || !x.isWord(k+1, "on") {
				continue
			}
			if d, ok := x.writtenDate(k+2, year); ok && strings.HasPrefix(d, prefix) {
				ev.date, ev.precision = d, schema.Day
				return
			}
		}
	}
}
