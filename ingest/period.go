package ingest

import (
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/schema"
)

// Date expressions that fix only a month or a year: "in December", "last
// month", "earlier this year", "in 2004", "since 2019", "in March 2023",
// "three months ago". The date is the first day of the period; the
// precision says how much of it the text gives.

var periodPreps = mustWordSet("period_preps")

var periodEdges = mustWordSet("period_edges")

var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}

// periodAt reads a month or year expression at token j. Without a
// publication date only the absolute ones ("in March 2023", "in 2004")
// are read.
func (x *relater) periodAt(j int, ev *event) (string, schema.DatePrecision, bool) {
	t := x.tok(j)
	switch {
	case t.Kind == tokWord && t.Cap:
		return x.monthAt(j, ev)
	case t.Kind == tokNumber:
		y, ok := yearOf(*t)
		if !ok || months[x.tok(j-1).Lower] > 0 && x.tok(j-1).Cap {
			return "", "", false // the year of "March 2023" is read at the month
		}
		if y < 1900 && !x.oldYear(j) {
			return "", "", false // "in 1500 villages": a count
		}
		if x.periodIntro(j) || y >= 1900 && x.modifiesTrigger(j, ev.start) && (determiners[x.tok(j-1).Lower] || x.isWord(j-1, "'s")) {
			// "in 2004", "since 2019", "the 2014 invasion", "a 2013 agreement"
			return firstOf(y, 1), schema.Year, true
		}
	case x.d.Published.IsZero():
	case t.Lower == "month" || t.Lower == "year":
		return x.relativePeriod(j)
	case t.Lower == "ago":
		return x.agoAt(j)
	}
	return "", "", false
}

// monthAt reads "in December", "last December", "mid-December",
// "December 2023": a month name not followed by a day.
func (x *relater) monthAt(j int, ev *event) (string, schema.DatePrecision, bool) {
	t := x.tok(j)
	m, ok := months[t.Lower]
	if !ok || len(t.Text) <= 4 && t.Lower != "may" && t.Lower != "june" && t.Lower != "july" {
		return "", "", false // abbreviations come with a day ("Dec. 12")
	}
	if y, ok := yearOf(*x.tok(j + 1)); ok {
		return firstOf(y, m), schema.Month, true
	}
	p := x.d.Published
	if p.IsZero() || !x.periodIntro(j) {
		return "", "", false
	}
	if x.isWord(j-1, "from", "by") && x.tok(j+1).Cap && x.tok(j+1).Kind == tokWord {
		return "", "", false // "a letter from June Okafor": a given name
	}
	y := p.Year()
	switch {
	case x.isWord(j-1, "last"):
		if m >= int(p.Month()) {
			y--
		}
	case x.isWord(j-1, "next"):
		if m <= int(p.Month()) {
			y++
		}
	case x.isWord(j-1, "this"):
	case x.futureSentence(ev.sent) || x.isWord(j-1, "coming", "upcoming") || ev.modality == schema.Planned && j > ev.start:
		// "will visit Peru in March", "plans to visit Peru in March", "this
		// coming March": the next March; "said in March he would ..." is a
		// past March
		if m < int(p.Month()) {
			y++
		}
	case m > int(p.Month()):
		y-- // a past December in a March story is last year's
	}
	return firstOf(y, m), schema.Month, true
}

// periodIntro reports whether the month or year at j is used as a time:
// after a preposition ("in", "since"), "early"/"late", "mid-", "last", or
// "the end of".
func (x *relater) periodIntro(j int) bool {
	prev := x.tok(j - 1)
	switch {
	case periodPreps[prev.Lower], x.tok(j).Kind == tokWord && x.isWord(j-1, "last", "this", "next", "coming", "upcoming"):
		return true
	case prev.Text == "-" && x.isWord(j-2, "mid"):
		return true
	case prev.Lower == "of" && periodEdges[x.tok(j-2).Lower]:
		return true
	}
	return false
}

// relativePeriod reads "last month", "this month", "earlier this year",
// "next year", "the start of the year" at the noun j.
func (x *relater) relativePeriod(j int) (string, schema.DatePrecision, bool) {
	p := x.d.Published
	delta := 0
	switch {
	case x.isWord(j-1, "last"):
		delta = -1
	case x.isWord(j-1, "next"):
		delta = 1
	case x.isWord(j-1, "this"):
	case x.isWord(j-1, "the") && x.isWord(j-2, "of") && periodEdges[x.tok(j-3).Lower]:
		// "the end of the year": the current one
	default:
		return "", "", false
	}
	if x.isWord(j, "month") {
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, delta, 0)
		return first.Format(time.DateOnly), schema.Month, true
	}
	return firstOf(p.Year()+delta, 1), schema.Year, true
}

// agoAt reads "three days ago", "two weeks ago", "a month ago", "five
// years ago" at the word "ago".
func (x *relater) agoAt(j int) (string, schema.DatePrecision, bool) {
	p := x.d.Published
	unit := x.tok(j - 1).Lower
	n, ok := countWords[x.tok(j-2).Lower]
	if c := x.tok(j - 2); c.Kind == tokNumber {
		v, err := strconv.Atoi(c.Text)
		n, ok = v, err == nil && v > 0 && v < 200
	}
	if !ok {
		return "", "", false
	}
	switch unit {
	case "day", "days":
		return p.AddDate(0, 0, -n).Format(time.DateOnly), schema.Day, true
	case "week", "weeks":
		return p.AddDate(0, 0, -7*n).Format(time.DateOnly), schema.Day, true
	case "month", "months":
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
		return first.Format(time.DateOnly), schema.Month, true
	case "year", "years":
		return firstOf(p.Year()-n, 1), schema.Year, true
	}
	return "", "", false
}

// yearOf reads a four-digit year between 1000 and 2100.
func yearOf(t Token) (int, bool) {
	if t.Kind != tokNumber || len(t.Text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.Text)
	return y, err == nil && y >= 1000 && y <= 2100
}

// oldYear reports whether the number at j, below 1900, is a year: after a
// preposition of time and not before a noun it counts ("in 1884," but not
// "in 1500 villages").
func (x *relater) oldYear(j int) bool {
	n := x.tok(j + 1)
	return x.isWord(j-1, "in", "since", "by", "during") && !(n.Kind == tokWord && !n.Cap && !x.isWord(j+1, "and", "but", "when", "after", "before", "until"))
}

func firstOf(year, month int) string {
	return time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// modifiesTrigger reports whether the year at j modifies the nominal
// trigger at start over a few lower-case modifiers: "the 2015 nuclear
// deal", "the 2020 peace-building pact".
func (x *relater) modifiesTrigger(j, start int) bool {
	if start <= j || start > j+5 || x.tok(j+1).Text == "-" {
		return false // "a 2000-strong force": a count
	}
	for k := j + 1; k < start; k++ {
		t := x.tok(k)
		if !(t.Kind == tokWord && !t.Cap || t.Text == "-") {
			return false
		}
	}
	return true
}
