package ingest

import (
	"slices"
	"testing"
)

// TestDatePrecision checks the event dates that the text fixes only to the
// month or the year: the date is the first day of the period, never the
// publication date (Wednesday 2020-06-10).
func TestDatePrecision(t *testing.T) {
	tests := []struct {
		name, text, typ, from, to string
		date, precision           string
	}{
		{"month of a past event", "Norway imposed sanctions on Belarus in December.", "SANCTIONED", "Norway", "Belarus", "2019-12-01", "month"},
		{"month earlier this year", "Norway imposed sanctions on Belarus in March.", "SANCTIONED", "Norway", "Belarus", "2020-03-01", "month"},
		{"month of a planned event", "Chilean President Ana Rojas will visit Peru in March.", "VISITED", "Ana Rojas", "Peru", "2021-03-01", "month"},
		{"future in the past keeps a past month", "Chilean President Ana Rojas said in March that she would visit Peru.", "VISITED", "Ana Rojas", "Peru", "2020-03-01", "month"},
		{"mid-month", "Ecuador attacked Peru in mid-January.", "ATTACKED", "Ecuador", "Peru", "2020-01-01", "month"},
		{"month and year", "Ecuador attacked Peru in November 2018, officials recalled.", "ATTACKED", "Ecuador", "Peru", "2018-11-01", "month"},
		{"last month", "Last month, Japan imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "2020-05-01", "month"},
		{"earlier this month", "Sweden condemned Turkey earlier this month over the arrests.", "CRITICIZED", "Sweden", "Turkey", "2020-06-01", "month"},
		{"last December", "Sweden condemned Turkey last December.", "CRITICIZED", "Sweden", "Turkey", "2019-12-01", "month"},
		{"year", "In 2004 Georgia accused Russia of flying jets over its land.", "ACCUSED", "Georgia", "Russia", "2004-01-01", "year"},
		{"since a year", "Serbia has rejected the demands of Kosovo since 2019.", "REJECTED", "Serbia", "Kosovo", "2019-01-01", "year"},
		{"earlier this year", "Earlier this year, Norway urged Venezuela to release political prisoners.", "URGED", "Norway", "Venezuela", "2020-01-01", "year"},
		{"last year", "Morocco suspended talks with Algeria last year.", "SUSPENDED_TALKS_WITH", "Morocco", "Algeria", "2019-01-01", "year"},
		{"year before the trigger noun", "Ukraine still remembers the 2014 invasion of Crimea by Russia.", "ATTACKED", "Russia", "Crimea", "2014-01-01", "year"},
		{"months ago", "Dutch Foreign Minister Pieter de Vries visited Ukraine three months ago.", "VISITED", "Pieter de Vries", "Ukraine", "2020-03-01", "month"},
		{"weeks ago", "Dutch Foreign Minister Pieter de Vries visited Ukraine two weeks ago.", "VISITED", "Pieter de Vries", "Ukraine", "2020-05-27", "day"},
		{"the saying dates the quote", "\"We support Peru in its dispute, and this is in keeping with our position,\" Chilean Foreign Minister Ana Rojas said Saturday while announcing a visit to Lima that she will make next month.", "SUPPORTED", "Ana Rojas", "Peru", "2020-06-06", "day"},
		{"a relative clause's year is not the event's", "Serbia's president, who lost the election in 2018, rejected the demands of Kosovo.", "REJECTED", "Serbia", "Kosovo", "2020-06-10", "day"},
		{"the day of the saying does not date a plan", "Chilean Foreign Minister Ana Rojas said Saturday that she will soon also visit Peru.", "VISITED", "Ana Rojas", "Peru", "2020-06-10", "day"},
		{"a given name is no month", "Japan imposed sanctions on Myanmar after a report by June Okafor.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"a day stays a day", "Japan imposed sanctions on Myanmar on December 3.", "SANCTIONED", "Japan", "Myanmar", "2020-12-03", "day"},
		{"no date is the publication day", "Japan imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"a count is no year", "Japan imposed sanctions on Myanmar over 2000 arrests.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"an answer takes the year of the deed it answers", "Ecuador still denies the 2004 bombing of a police station in Lima. Peru responded to the attack by bombing Ecuador.", "BOMBED", "Peru", "Ecuador", "2004-01-01", "year"},
		{"an answer takes the month of the attack told by its verb", "Gunmen attacked a police station in Lima in March 2004. Peru responded to the attack by bombing Ecuador.", "BOMBED", "Peru", "Ecuador", "2004-03-01", "month"},
		{"a year not next to a deed does not date the answer", "Talks with Ecuador collapsed in 2004. Peru responded to the attack by bombing Ecuador.", "BOMBED", "Peru", "Ecuador", "2020-06-10", "day"},
		{"an answer with no deed told keeps the publication day", "Peru responded to the attack by bombing Ecuador.", "BOMBED", "Peru", "Ecuador", "2020-06-10", "day"},
		{"until closes a span", "Japan suspended talks with Myanmar until March 3.", "SUSPENDED_TALKS_WITH", "Japan", "Myanmar", "2020-06-10", "day"},
		{"a date before until stays", "Japan suspended talks with Myanmar on March 3 until further notice.", "SUSPENDED_TALKS_WITH", "Japan", "Myanmar", "2020-03-03", "day"},
		{"at first takes no later clause's date", "Japan at first imposed sanctions on Myanmar, then lifted them on rice and later postponed the rest until August 3.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"then opens another clause", "Japan imposed sanctions on Myanmar, then on Monday Thailand criticized Myanmar.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"the later clause keeps its own date", "Japan imposed sanctions on Myanmar, then on Monday Thailand criticized Myanmar.", "CRITICIZED", "Thailand", "Myanmar", "2020-06-08", "day"},
		{"a later subordinate clause's month is not the event's", "Japan imposed sanctions on Myanmar, weeks after talks collapsed in late January.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"a month after the event in its own clause stays", "Japan imposed sanctions on Myanmar in late January, weeks after talks collapsed.", "SANCTIONED", "Japan", "Myanmar", "2020-01-01", "month"},
		{"a later clause after a time span and since is not the event's", "Japan imposed sanctions on Myanmar days since talks with Thailand broke down in March.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"a date after a bare after stays the event's", "Japan imposed sanctions on Myanmar after midnight on Monday.", "SANCTIONED", "Japan", "Myanmar", "2020-06-08", "day"},
		{"a date right after the opener stays the event's", "Japan has imposed sanctions on Myanmar, since 2019.", "SANCTIONED", "Japan", "Myanmar", "2019-01-01", "year"},
		{"a later sentence gives the day of the visit", "Chilean President Ana Rojas paid a visit to Peru last month. Peru thanked Rojas for the visit on May 14.", "VISITED", "Ana Rojas", "Peru", "2020-05-14", "day"},
		{"a day outside the month does not refine it", "Chilean President Ana Rojas paid a visit to Peru last month. Peru thanked Rojas for the visit on April 14.", "VISITED", "Ana Rojas", "Peru", "2020-05-01", "month"},
		{"another noun's day does not refine the visit", "Chilean President Ana Rojas paid a visit to Peru last month. Peru recalled the talks on May 14.", "VISITED", "Ana Rojas", "Peru", "2020-05-01", "month"},
		{"a focus adverb before the later clause's opener", "Japan imposed sanctions on Myanmar, particularly after protests in Thailand turned violent in late January.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"the weekday of a saying is past for the plan it tells", "Ana Rojas backed the deal, telling journalists in Santiago on Monday that Chile would impose sanctions on Myanmar.", "SANCTIONED", "Chile", "Myanmar", "2020-06-08", "day"},
		{"a day after that still dates the plan", "Ana Rojas said that Chile would impose sanctions on Myanmar on Monday.", "SANCTIONED", "Chile", "Myanmar", "2020-06-15", "day"},
		{"a planned event in an earlier month is next year's", "Peru plans to impose sanctions on Ecuador in late March.", "SANCTIONED", "Peru", "Ecuador", "2021-03-01", "month"},
		{"this coming month is ahead", "Peru imposes sanctions on Ecuador this coming March.", "SANCTIONED", "Peru", "Ecuador", "2021-03-01", "month"},
		{"a past plan keeps its past month", "Peru planned in late March to impose sanctions on Ecuador.", "SANCTIONED", "Peru", "Ecuador", "2020-03-01", "month"},
		{"a later whose clause's month is not the event's", "Japan imposed sanctions on Myanmar, whose army attacked Thailand in March.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"a later who clause's month is not the event's", "Japan criticized Ana Rojas, who visited Myanmar in March.", "CRITICIZED", "Japan", "Ana Rojas", "2020-06-10", "day"},
		{"a fronted clause's month is not the event's", "After talks with Thailand collapsed in March, Japan imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"a fronted month is the event's", "In March, Japan imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "2020-03-01", "month"},
		{"a fronted when clause dates the event", "When talks with Thailand opened in March, Japan criticized Myanmar.", "CRITICIZED", "Japan", "Myanmar", "2020-03-01", "month"},
		{"the middle of the year is this year", "Peru will impose sanctions on Ecuador by the middle of the year.", "SANCTIONED", "Peru", "Ecuador", "2020-01-01", "year"},
		{"the middle of last year", "Peru imposed sanctions on Ecuador around the middle of last year.", "SANCTIONED", "Peru", "Ecuador", "2019-01-01", "year"},
		{"the end of the month is this month", "Peru imposed sanctions on Ecuador at the end of the month.", "SANCTIONED", "Peru", "Ecuador", "2020-06-01", "month"},
		{"a year of another noun is no date", "Peru imposed sanctions on Ecuador over the year of unrest.", "SANCTIONED", "Peru", "Ecuador", "2020-06-10", "day"},
		{"modal May is no month", "May Japan impose sanctions on Myanmar?", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"a year on the event noun dates it", "Officials in Lima praised a 2013 agreement between Chile and Peru on fishing.", "AGREED_WITH", "Chile", "Peru", "2013-01-01", "year"},
		{"a year on a summit dates it", "Analysts still cite the 2019 summit between Norway and Sweden in Oslo.", "MET_WITH", "Norway", "Sweden", "2019-01-01", "year"},
		{"a year after the operation dates it", "Kenya launched an operation against Somalia in 2015, officials recalled.", "ATTACKED", "Kenya", "Somalia", "2015-01-01", "year"},
		{"a count before a hyphen is no year", "Ecuador launched a 2000-strong offensive against Peru.", "ATTACKED", "Ecuador", "Peru", "2020-06-10", "day"},
		{"a year before 1900 keeps its year", "Chile signed a treaty with Peru in 1884.", "AGREED_WITH", "Chile", "Peru", "1884-01-01", "year"},
		{"an old count is no year", "Japan imposed sanctions on Myanmar in 1500 villages.", "SANCTIONED", "Japan", "Myanmar", "2020-06-10", "day"},
		{"late month", "Ecuador attacked Peru in late January.", "ATTACKED", "Ecuador", "Peru", "2020-01-01", "month"},
		{"early month without in", "Ecuador attacked Peru early March.", "ATTACKED", "Ecuador", "Peru", "2020-03-01", "month"},
		{"mid-month without in", "Ecuador attacked Peru mid-April.", "ATTACKED", "Ecuador", "Peru", "2020-04-01", "month"},
		{"end of a past month", "Ecuador attacked Peru at the end of May.", "ATTACKED", "Ecuador", "Peru", "2020-05-01", "month"},
		{"late month after the story is last year's", "Ecuador attacked Peru in late August.", "ATTACKED", "Ecuador", "Peru", "2019-08-01", "month"},
		{"end of a coming month", "Ecuador will attack Peru at the end of May, officials warned.", "ATTACKED", "Ecuador", "Peru", "2021-05-01", "month"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := wantFact(t, analyzeTest(t, p, tt.text), tt.text, fact{typ: tt.typ, from: tt.from, to: tt.to})
			if !ok {
				return
			}
			prec := r.DatePrecision
			if prec == "" {
				prec = "day"
			}
			if r.Date != tt.date || prec != tt.precision {
				t.Errorf("%q: date %s (%s), want %s (%s)", tt.text, r.Date, prec, tt.date, tt.precision)
			}
		})
	}
}

// TestPriorDates checks that an event told as earlier than the news (past
// perfect, "at first", "previously") takes no date of the same event told
// elsewhere, while a plain retelling still shares it.
func TestPriorDates(t *testing.T) {
	tests := []struct {
		name, text, typ, from, to, modality, date string
	}{
		{"past perfect takes no planned date", "Japan will impose sanctions on Myanmar on Friday. Japan had imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "asserted", "2020-06-10"},
		{"at first takes no planned date", "Japan will impose sanctions on Myanmar on Friday. Japan at first imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "asserted", "2020-06-10"},
		{"a deed told as done takes no later date", "Japan will impose sanctions on Myanmar on Friday. Japan imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "asserted", "2020-06-10"},
		{"previously takes no other day", "Japan imposed sanctions on Myanmar on Monday. Japan had previously imposed sanctions on Myanmar over the arrests.", "SANCTIONED", "Japan", "Myanmar", "asserted", "2020-06-10"},
		{"the plan keeps its day", "Japan will impose sanctions on Myanmar on Friday. Japan had imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "planned", "2020-06-12"},
		{"a retelling shares the day", "Japan imposed sanctions on Myanmar on Monday. Japan imposed sanctions on Myanmar over the arrests.", "SANCTIONED", "Japan", "Myanmar", "asserted", "2020-06-08"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := analyzeTest(t, p, tt.text)
			name := entityNames(x)
			var got []string
			for _, r := range x.Relations {
				if r.Type != tt.typ || name[r.Source] != tt.from || name[r.Target] != tt.to {
					continue
				}
				got = append(got, r.Modality+" "+r.Date)
			}
			want := tt.modality + " " + tt.date
			if !slices.Contains(got, want) {
				t.Errorf("%q: %s %s -> %s dated %q, want one %q", tt.text, tt.typ, tt.from, tt.to, got, want)
			}
			if tt.modality == "asserted" && slices.Contains(got, "asserted 2020-06-12") {
				t.Errorf("%q: an asserted deed dated after publication: %q", tt.text, got)
			}
		})
	}
}
