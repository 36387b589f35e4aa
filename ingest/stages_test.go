package ingest

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. forces", []string{"U.S.", "forces"}},
		{"Moscow's intervention", []string{"Moscow", "'s", "intervention"}},
		{"Turkey-backed forces", []string{"Turkey", "-", "backed", "forces"}},
		{"Zeid Ra'ad al-Hussein", []string{"Zeid", "Ra'ad", "al", "-", "Hussein"}},
		{"250,000 people", []string{"250,000", "people"}},
		{"Sept. 2, 2014", []string{"Sept", ".", "2", ",", "2014"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := tokenize(tt.in)
			var got []string
			for _, tok := range toks {
				got = append(got, tok.Text)
				if tt.in[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %q has offsets [%d,%d) selecting %q", tok.Text, tok.Start, tok.End, tt.in[tok.Start:tok.End])
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Moscow\u2019s \u201cdeep\u201d", "Moscow's \"deep\""},
		{"Fact\u2011Finding", "Fact-Finding"},
		{"war\u2014and peace", "war - and peace"},
		{"bad \xff byte", "bad   byte"},
		{"Omar al-Tahir\u2019i", "Omar al-Tahir'i"},
		{"al-Tahir\u00b4i, Sa\u02bbid, Shi\u02bfa, Tahir\uff07i, Tahir\u201bi", "al-Tahir'i, Sa'id, Shi'a, Tahir'i, Tahir'i"},
		{"Jean\u2013Luc Brandt", "Jean-Luc Brandt"},
		{"1990\u20131995", "1990 - 1995"},
		{"Mira\u2007Okafor\u2003and\u3000Ilse", "Mira Okafor and Ilse"},
		{"Oka\u2060for\ufeff", "Okafor"},
		{"\u201fquoted\uff02", "\"quoted\""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"abbreviations", "The U.S. envoy met Gen. Smith on Sept. 3. Mr. Jones said so.", 2},
		{"initials", "Vladimir V. Putin spoke. He left.", 2},
		{"headline lines", "A headline without a stop\n\nBody sentence one. Body two.", 3},
		{"quote closes", "\"We will go.\" He went.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.in)
			if got := segment(tt.in, toks); len(got) != tt.want {
				var texts []string
				for _, s := range got {
					texts = append(texts, tt.in[s.From:s.To])
				}
				t.Errorf("segment(%q) = %d sentences %q, want %d", tt.in, len(got), texts, tt.want)
			}
		})
	}
}

func TestInflect(t *testing.T) {
	tests := []struct{ base, want string }{
		{"meet", "meet meets met"},
		{"veto", "veto vetoes vetoed vetoing"},
		{"seize", "seize seizes seized seizing"},
		{"bombard", "bombard bombards bombarded bombarding"},
		{"besiege", "besiege besieges besieged besieging"},
	}
	for _, tt := range tests {
		got := strings.Join(inflect(tt.base), " ")
		for _, w := range strings.Fields(tt.want) {
			if !strings.Contains(" "+got+" ", " "+w+" ") {
				t.Errorf("inflect(%q) = %q, missing %q", tt.base, got, w)
			}
		}
	}
}

// TestRelations runs one-sentence articles of our own through the pipeline
// and checks the relation each must give: every type, passive and nominal
// forms, coordination, negation, planned events, relative dates and
// coreference. Published is Wednesday 2020-06-10.
func TestRelations(t *testing.T) {
	tests := []relationCase{
		{"met active", "Italian Prime Minister Marco Bellini met Greek Prime Minister Nikos Andreou in Rome.", "MET_WITH", "Marco Bellini", "Nikos Andreou", "asserted", "", ""},
		{"met planned weekday", "Chilean President Ana Rojas will meet Argentine President Luis Ferrer on Saturday.", "MET_WITH", "Ana Rojas", "Luis Ferrer", "planned", "2020-06-13", ""},
		{"met nominal between", "Talks between Ethiopia and Egypt ended without a deal.", "MET_WITH", "Ethiopia", "Egypt", "", "", ""},
		{"spoke by phone yesterday", "Kenyan President Grace Wanjiru spoke by phone with Ugandan President Paul Okello yesterday.", "SPOKE_WITH", "Grace Wanjiru", "Paul Okello", "asserted", "2020-06-09", ""},
		{"visited", "Dutch Foreign Minister Pieter de Vries visited Ukraine last Monday.", "VISITED", "Pieter de Vries", "Ukraine", "asserted", "2020-06-08", ""},
		{"agreed coordinated", "Armenia and Azerbaijan signed a ceasefire agreement on Tuesday.", "AGREED_WITH", "Armenia", "Azerbaijan", "", "2020-06-09", ""},
		{"supported hyphen", "Iranian-backed Hezbollah fired rockets at Israel.", "SUPPORTED", "Iran", "Hezbollah", "", "", ""},
		{"supported passive", "M23 rebels, backed by Rwanda, advanced on Goma.", "SUPPORTED", "Rwanda", "", "", "", ""},
		{"urged", "Norway urged Venezuela to release political prisoners.", "URGED", "Norway", "Venezuela", "asserted", "", ""},
		{"accused", "Georgia accused Russia of violating its airspace.", "ACCUSED", "Georgia", "Russia", "asserted", "", ""},
		{"accused responsible coordination", "Britain and Canada said Iran and Syria were responsible for the attack.", "ACCUSED", "Canada", "Syria", "", "", ""},
		{"criticized", "Sweden condemned Turkey over the arrests.", "CRITICIZED", "Sweden", "Turkey", "", "", ""},
		{"rejected", "Serbia rejected the demands of Kosovo.", "REJECTED", "Serbia", "Kosovo", "", "", ""},
		{"vetoed sponsor", "Russia vetoed a resolution drafted by Ireland and Norway at the Security Council.", "VETOED", "Russia", "Ireland", "", "", ""},
		{"vetoed passive", "The text, submitted by Mexico, was vetoed by China.", "VETOED", "China", "Mexico", "", "", ""},
		{"threatened", "North Korea threatened South Korea with retaliation.", "THREATENED", "North Korea", "South Korea", "", "", ""},
		{"suspended talks", "Morocco suspended talks with Algeria over the border dispute.", "SUSPENDED_TALKS_WITH", "Morocco", "Algeria", "", "", ""},
		{"sanctioned nominal", "New Australian sanctions on Belarus took effect.", "SANCTIONED", "Australia", "Belarus", "", "", ""},
		{"sanctioned verb", "Japan imposed sanctions on Myanmar.", "SANCTIONED", "Japan", "Myanmar", "", "", ""},
		{"attacked", "Boko Haram attacked Maiduguri on Sunday.", "ATTACKED", "Boko Haram", "Maiduguri", "", "2020-06-07", ""},
		{"attacked nominal invasion", "Iraq condemned the Turkish invasion of Iraqi Kurdistan and Iraq.", "ATTACKED", "Turkey", "Iraq", "", "", ""},
		{"bombed nominal", "Israeli air strikes on Gaza killed three people.", "BOMBED", "Israel", "Gaza", "", "", ""},
		{"bombed negated", "Turkey denied shelling Kobani in Syria.", "BOMBED", "Turkey", "Kobani", "negated", "", ""},
		{"bombed reported", "Syrian activists said Russian jets bombed Idlib.", "BOMBED", "Russia", "Idlib", "reported", "", ""},
		{"captured", "The Taliban captured Kunduz after a week of fighting.", "CAPTURED", "Taliban", "Kunduz", "asserted", "", ""},
		{"captured unknown town", "Government forces retook the town of Zarqa Minor in Syria.", "CAPTURED", "Syria", "Zarqa Minor", "", "", ""},
		{"besieged passive", "Mariupol was besieged by Russian forces.", "BESIEGED", "Russian Armed Forces", "Mariupol", "", "", ""},
		{"killed", "Al-Shabaab militants killed 12 Kenyan soldiers.", "KILLED", "al-Shabab", "Kenya", "", "", ""},
		{"capital as state", "Washington sanctioned Tehran.", "SANCTIONED", "United States", "Iran", "", "", ""},
		{"pronoun", "Polish President Jan Kowal arrived in Kyiv. He met Ukrainian Prime Minister Olena Marchenko.", "MET_WITH", "Jan Kowal", "Olena Marchenko", "", "", ""},
		{"inverted attribution", "The talks will resume, said Maria Lopez, a spokeswoman for the Colombian government.", "OFFICIAL_OF", "Maria Lopez", "Colombia", "", "", ""},
		{"portfolio title", "Chinese Commerce Minister Wang Lei visited Berlin.", "OFFICIAL_OF", "Wang Lei", "China", "", "", ""},
		{"it as subject", "The Nigerian army said it killed 20 Boko Haram fighters.", "KILLED", "Nigerian Army", "Boko Haram", "reported", "", ""},
		{"met with no actor", "Malaysia and Vietnam met with opposition from China.", "", "", "", "", "", "MET_WITH"},
		{"signing needs a pact", "The caravan reached the border towns of Mali and Niger by dusk.", "", "", "", "", "", "AGREED_WITH"},
		{"noun reading", "Allies voiced tacit support for Russia.", "", "", "", "", "", "SUPPORTED"},
		{"sanctioned passive", "General Oskar Weil was sanctioned by Canada over drone sales.", "SANCTIONED", "Canada", "Oskar Weil", "", "", ""},
		{"own account asserted", "Kenya said its jets bombed al-Shabab camps near the border.", "BOMBED", "Kenya", "al-Shabab", "asserted", "", ""},
		{"casualty claim reported", "Kenya said its jets killed 40 al-Shabab fighters.", "KILLED", "Kenya", "al-Shabab", "reported", "", ""},
		{"other's claim reported", "Activists said Kenyan jets bombed al-Shabab camps.", "BOMBED", "Kenya", "al-Shabab", "reported", "", ""},
		{"progressive not passive", "Norway is calling on Venezuela to free prisoners.", "URGED", "Norway", "Venezuela", "", "", ""},
		{"dismissed claim", "Ethiopia said Eritrean troops had crossed the border. Eritrea called the report false.", "REJECTED", "Eritrea", "Ethiopia", "", "", ""},
		{"disputed toll", "Nigeria said the raid killed 30 Boko Haram fighters. Boko Haram said the toll was exaggerated.", "REJECTED", "Boko Haram", "Nigeria", "", "", ""},
		{"united states as subject", "Cuba argued that rich nations, especially the United States, were responsible for the shortage.", "ACCUSED", "Cuba", "United States", "", "", ""},
		{"relative clause object", "Syrian troops retook Palmyra, which Daesh had captured in May.", "CAPTURED", "Daesh", "Palmyra", "", "", ""},
		{"do the same", "Estonian President Alar Kask visited Latvia on Monday and will do the same in Lithuania on Friday.", "VISITED", "Alar Kask", "Lithuania", "planned", "2020-06-12", ""},
		{"interview is no talks", "A Bolivian health official, who spoke to the broadcaster Meridian TV on condition that he not be named, said the clinic had run out of beds.", "", "", "", "", "", "SPOKE_WITH"},
		{"interview by an outlet", "Chilean President Ana Rojas met Al Jazeera reporters in Santiago.", "", "", "", "", "", "MET_WITH"},
		{"participle after the object", "Bolivia was accused of aiding smugglers attacking Chilean President Ana Rojas.", "", "", "", "", "", "SUPPORTED"},
		{"place before a relative clause", "Judges reopened the case of the 2012 blast at a Bolivian navy depot in then-troubled Peru that killed four Bolivian sailors.", "", "", "", "", "", "KILLED"},
		{"participle inside a place target", "Fighters of the Northern Liberation Front ambushed a convoy carrying election officials in Cusco.", "ATTACKED", "Northern Liberation Front", "Cusco", "", "", ""},
		{"warned of a danger", "Norway warned of Russia's growing military presence in the Arctic.", "", "", "", "", "", "THREATENED"},
		{"no place as actor", "Talks in Geneva collapsed.", "", "", "", "", "", "MET_WITH"},
		{"calls on third person", "Norway calls on Venezuela to release the prisoners.", "URGED", "Norway", "Venezuela", "", "", ""},
		{"veto cast by", "A veto cast by Russia blocked the resolution drafted by Norway.", "VETOED", "Russia", "Norway", "", "", ""},
		{"possessive veto", "Russia's veto of the text drafted by Norway angered France.", "VETOED", "Russia", "Norway", "", "", ""},
		{"backing of", "Uganda's backing of the Allied Democratic Forces angered Kenya.", "SUPPORTED", "Uganda", "Allied Democratic Forces", "", "", ""},
		{"adjectives after possessor", "Norway's unwavering support for Ukraine continued.", "SUPPORTED", "Norway", "Ukraine", "", "", ""},
		{"attacks by on", "Attacks by Abu Sayyaf on Zamboanga increased.", "ATTACKED", "Abu Sayyaf", "Zamboanga", "", "", ""},
		{"sanctions imposed by on", "Sanctions imposed by Japan on Myanmar took effect.", "SANCTIONED", "Japan", "Myanmar", "", "", ""},
		{"tariffs sanction", "Canada imposed tariffs on China.", "SANCTIONED", "Canada", "China", "", "", ""},
		{"threatened tariffs on", "Canada threatened tariffs on Mexico.", "THREATENED", "Canada", "Mexico", "", "", ""},
		{"terrorist designation", "Japan designated Abu Sayyaf a terrorist group.", "SANCTIONED", "Japan", "Abu Sayyaf", "", "", ""},
		{"designation needs terror", "Japan designated a new envoy to China.", "", "", "", "", "", "SANCTIONED"},
		{"recalled ambassador", "Norway recalled its ambassador from Venezuela.", "SUSPENDED_TALKS_WITH", "Norway", "Venezuela", "", "", ""},
		{"expelled diplomats", "Canada expelled Chinese diplomats.", "SUSPENDED_TALKS_WITH", "Canada", "China", "", "", ""},
		{"expelled no diplomats", "Canada expelled two Chinese migrants.", "", "", "", "", "", "SUSPENDED_TALKS_WITH"},
		{"called irresponsible", "Norway called the decision by Venezuela irresponsible.", "CRITICIZED", "Norway", "Venezuela", "", "", ""},
		{"called possessive unacceptable", "Norway called Venezuela's move unacceptable.", "CRITICIZED", "Norway", "Venezuela", "", "", ""},
		{"called without judgment", "Norway called the decision by Venezuela historic.", "", "", "", "", "", "CRITICIZED"},
		{"seldom negated", "Canada seldom criticized China.", "CRITICIZED", "Canada", "China", "negated", "", ""},
		{"rarely negated", "Norway has rarely condemned Russia.", "CRITICIZED", "Norway", "Russia", "negated", "", ""},
		{"ally apposition", "Norway, a close ally of Denmark, objected.", "SUPPORTED", "Norway", "Denmark", "", "", ""},
		{"ally copula coordinated", "Russia and China are allies of Iran.", "SUPPORTED", "China", "Iran", "", "", ""},
		{"possessive ally", "Russia's ally Belarus hosted the drills.", "SUPPORTED", "Belarus", "Russia", "", "", ""},
		{"tariffs on demonym goods", "Japan answered by raising tariffs on Brazilian beef.", "SANCTIONED", "Japan", "Brazil", "", "", ""},
		{"tariffs on goods from", "Brazil slapped 30% duties on cars from Vietnam.", "SANCTIONED", "Brazil", "Vietnam", "", "", ""},
		{"tariffs on exports to", "Brazil slapped 30% duties on car exports to Vietnam.", "", "", "", "", "", "SANCTIONED"},
		{"tariff as modifier", "Norway eased its tariff threats against Canada.", "", "", "", "", "", "SANCTIONED"},
		{"coordinated verbs share subject", "Philippine troops fought Abu Sayyaf and captured Jolo.", "CAPTURED", "Philippines", "Jolo", "", "", ""},
		{"coordinated object is no subject", "Philippine troops fought Abu Sayyaf and captured Jolo.", "", "", "", "", "", "CAPTURED:Abu Sayyaf"},
		{"apposition skipped", "Ola Berg, the foreign minister of Norway, met Russian Foreign Minister Ivan Petrov and criticized Ukraine.", "CRITICIZED", "Ola Berg", "Ukraine", "", "", ""},
		{"apposition with relative", "Abu Sayyaf, the militant group that rules the coast, attacked Zamboanga.", "ATTACKED", "Abu Sayyaf", "Zamboanga", "", "", ""},
		{"relative clause antecedent acts", "Japan condemned the gunmen from Abu Sayyaf who attacked Zamboanga.", "ATTACKED", "Abu Sayyaf", "Zamboanga", "", "", ""},
		{"relative clause main subject does not act", "Japan condemned the gunmen who attacked Zamboanga.", "", "", "", "", "", "ATTACKED"},
		{"relative clause after event noun", "Japan condemned the attack, which killed three Philippine soldiers.", "", "", "", "", "", "KILLED"},
		{"relative clause on named antecedent", "Russia, which has backed the rebels, condemned Japan.", "CRITICIZED", "Russia", "Japan", "", "", ""},
		{"list closed by and", "Ghana, the African Union and aid agencies sharply criticised Mali.", "CRITICIZED", "Ghana", "Mali", "", "", ""},
		{"withdrew from bloc", "Laos, Cambodia and Myanmar withdrew from ASEAN.", "SUSPENDED_TALKS_WITH", "Cambodia", "ASEAN", "", "", ""},
		{"withdrew from a country", "Russian troops withdrew from Ukraine.", "", "", "", "", "", "SUSPENDED_TALKS_WITH"},
		{"verbal attack", "Norwegian Prime Minister Ola Berg attacked Swedish Prime Minister Eva Lund for refusing to help.", "CRITICIZED", "Ola Berg", "Eva Lund", "", "", ""},
		{"armed attack stays", "Russian troops attacked Ukraine for refusing to surrender.", "ATTACKED", "Russian Armed Forces", "Ukraine", "", "", ""},
		{"called disappointing", "Norway called the Swedish move deeply disappointing.", "CRITICIZED", "Norway", "Sweden", "", "", ""},
		{"reduced relative agent", "Lawmakers argued over the sanctions Ottawa has imposed on Caracas.", "SANCTIONED", "Canada", "Venezuela", "", "", ""},
		{"easing the sanctions", "Ministers floated lifting the sanctions Tokyo has imposed on Pyongyang.", "SANCTIONED", "Japan", "North Korea", "negated", "", ""},
		{"has the backing of", "Somalia has the backing of Ethiopia.", "SUPPORTED", "Ethiopia", "Somalia", "", "", ""},
		{"with the support of", "Chadian troops, with the support of Kenyan aircraft, retook the town.", "SUPPORTED", "Kenya", "Chad", "", "", ""},
		{"helped actor", "Japan helped Fiji rebuild its main port.", "SUPPORTED", "Japan", "Fiji", "", "", ""},
		{"helped no actor", "The council should help resolve the crisis and bring Norway to talks.", "", "", "", "", "", "SUPPORTED"},
		{"apposition before light verb", "Nigerien troops, aided by local guards and Italian trainers, are conducting operations against the Ardent Front.", "ATTACKED", "Niger", "Ardent Front", "", "", ""},
		{"participle apposition", "Chadian troops, backed by France, attacked Abu Sayyaf.", "ATTACKED", "Chad", "Abu Sayyaf", "", "", ""},
		{"deaths caused by an operation", "The strike, an operation carried out by the Kenyan army, led to the deaths of nine Ardent Front fighters.", "KILLED", "Kenya Defence Forces", "Ardent Front", "", "", ""},
		{"deaths without cause", "The deaths of nine Ardent Front fighters were reported by Kenya.", "", "", "", "", "", "KILLED"},
		{"tariffs targeting", "Japan's new tariffs targeting Peru and Chile start next month.", "SANCTIONED", "Japan", "Chile", "", "", ""},
		{"gerund after along with", "Japan's levies on Peru and Chile, along with tripling a duty on Chinese steel, begin in March.", "", "", "", "", "", "SANCTIONED:Chile"},
		{"tariffs on listed owners", "Japan slapped 40% tariffs on Brazilian and Argentine steel.", "SANCTIONED", "Japan", "Brazil", "", "", ""},
		{"fronted with support from", "Officials spoke on Monday. With support from the Norwegian government, the Arab League has delivered food.", "SUPPORTED", "Norway", "Arab League", "", "", ""},
		{"with support in a reported clause", "The agency reported that the measure has enough votes, with support from France and Poland.", "", "", "", "", "", "SUPPORTED"},
		{"with support after the object", "Chadian troops retook the town with the support of Kenyan aircraft.", "SUPPORTED", "Kenya", "Chad", "", "", ""},
		{"demanded that", "Norway demanded that Russia withdraw its troops.", "URGED", "Norway", "Russia", "", "", ""},
		{"called for actor to", "Norway called for Russia to withdraw its troops.", "URGED", "Norway", "Russia", "", "", ""},
		{"asked actor to", "Norway asked Sweden to join the talks.", "URGED", "Norway", "Sweden", "", "", ""},
		{"asked about", "Norway asked Sweden about the talks.", "", "", "", "", "", "URGED"},
		{"called for no actor", "Norway called for a ceasefire in Sudan.", "", "", "", "", "", "URGED"},
		{"froze assets", "Japan froze the assets of Abu Sayyaf.", "SANCTIONED", "Japan", "Abu Sayyaf", "", "", ""},
		{"travel ban", "Norway imposed a travel ban on Russian officials.", "SANCTIONED", "Norway", "Russia", "", "", ""},
		{"blamed on", "Pakistan has blamed the attacks on Afghanistan.", "ACCUSED", "Pakistan", "Afghanistan", "", "", ""},
		{"relative clause interrupts", "The cabinet, which suspected the mines were laid by the Finnish army, demanded that Estonia remove them.", "", "", "", "", "", "URGED"},
		{"pledged support", "Japan pledged support for Ukraine.", "SUPPORTED", "Japan", "Ukraine", "", "", ""},
		{"sent weapons", "Japan sent weapons to Ukraine.", "SUPPORTED", "Japan", "Ukraine", "", "", ""},
		{"voiced criticism", "Japan voiced strong criticism of Russia.", "CRITICIZED", "Japan", "Russia", "", "", ""},
		{"leveled accusations", "Japan leveled accusations against Russia.", "ACCUSED", "Japan", "Russia", "", "", ""},
		{"support verb across a phrase", "Japan sent condolences to the families of the soldiers after Russian support for Belarus.", "", "", "", "", "", "SUPPORTED:Japan"},
		{"inked a deal", "Norway finalized a trade agreement with Japan.", "AGREED_WITH", "Norway", "Japan", "", "", ""},
		{"relative object with determiner", "Abu Sayyaf, which the Philippines accuses of kidnappings, is active.", "ACCUSED", "Philippines", "Abu Sayyaf", "", "", ""},
		{"accuses of after a name", "Norway accuses Sweden of lying.", "ACCUSED", "Norway", "Sweden", "", "", ""},
		{"coordinated symmetric subjects", "Norway and Sweden met on Monday and agreed to cooperate.", "AGREED_WITH", "Norway", "Sweden", "", "", ""},
		{"not only is no negation", "Norway not only condemned Sweden but also sanctioned Finland.", "SANCTIONED", "Norway", "Finland", "asserted", "", ""},
		{"possessive ally behind adjective", "Norway's closest ally, Denmark, objected.", "SUPPORTED", "Denmark", "Norway", "", "", ""},
		{"allies before a speaker", "He criticized Norway's allies, Ola Berg said.", "", "", "", "", "", "SUPPORTED"},
		{"allied hyphen", "Libyan-allied Abu Sayyaf fighters attacked Zamboanga.", "SUPPORTED", "Libya", "Abu Sayyaf", "", "", ""},
		{"warned would pay", "Norway warned that Sweden would pay a heavy price.", "THREATENED", "Norway", "Sweden", "", "", ""},
		{"considering sanctions", "Norway is considering sanctions against Sweden.", "THREATENED", "Norway", "Sweden", "", "", ""},
		{"vowed retaliation", "Norway vowed retaliation against Sweden.", "THREATENED", "Norway", "Sweden", "", "", ""},
		{"consequences without threatener", "Sweden faces consequences for its actions against Norway.", "", "", "", "", "", "THREATENED"},
		{"blamed on unnamed militants", "Kenya blamed last month's bombings on gangs operating near the coast.", "", "", "", "", "", "ACCUSED"},
		{"clash both ways", "Chadian troops clashed with Abu Sayyaf fighters on Monday.", "ATTACKED", "Abu Sayyaf", "Chad", "", "", ""},
		{"clashes between", "Clashes between Chadian troops and Abu Sayyaf fighters killed ten.", "ATTACKED", "Chad", "Abu Sayyaf", "", "", ""},
		{"political clash", "Norway clashed with Sweden over fishing quotas.", "", "", "", "", "", "ATTACKED"},
		{"patient cut off by an adverb", "Finland might answer by parading its weapons openly so as to catch Estonia's eye.", "", "", "", "", "", "SUPPORTED"},
		{"patient after a time phrase", "Japan pledged support on Tuesday for Ukraine.", "SUPPORTED", "Japan", "Ukraine", "", "", ""},
		{"patient after a passive participle", "Separate campaigns are being waged against Abu Sayyaf by Japan.", "ATTACKED", "Japan", "Abu Sayyaf", "", "", ""},
		{"drew condemnation from", "Russia's continued shelling of Kharkiv drew condemnation from Norway.", "CRITICIZED", "Norway", "Russia", "", "", ""},
		{"faced criticism from", "Russia faced criticism from Norway over the strikes.", "CRITICIZED", "Norway", "Russia", "", "", ""},
		{"criticism from is no target", "Criticism from Norway grew.", "", "", "", "", "", "CRITICIZED"},
		{"yet to", "Norway has yet to condemn Russia.", "CRITICIZED", "Norway", "Russia", "negated", "", ""},
		{"stopped short of", "Norway stopped short of condemning Russia.", "CRITICIZED", "Norway", "Russia", "negated", "", ""},
		{"group adjective before a deed noun is no reference", "The Ardent Front claimed responsibility for a bombing in Peru last year. Officials said the terrorist strikes against Chile had changed the region.", "", "", "", "", "", "BOMBED:Ardent Front:Chile"},
		{"militant attacks are a kind of deed", "The Ardent Front bombed a market in Peru. Officials said the militant attacks on Chile had changed the region.", "", "", "", "", "", "ATTACKED:Ardent Front:Chile"},
		{"plural group noun still refers back", "The Ardent Front claimed responsibility for a bombing in Peru last year. The terrorists struck Chile in May.", "BOMBED", "Ardent Front", "Chile", "", "", ""},
		{"background attacks after a non-deed clause", "Chile grew richer after the attacks on Bolivia.", "", "", "", "", "", "ATTACKED:Chile:Bolivia"},
		{"one deed after a non-deed clause", "Aid chief Tomas Feld spoke during a visit to Chad.", "VISITED", "Tomas Feld", "Chad", "", "", ""},
		{"fronted background attacks", "In the years after the terrorist attacks on Bolivia, Chile expanded its army.", "", "", "", "", "", "ATTACKED:Chile:Bolivia"},
		{"fronted fight against", "In the fight against the Ardent Front, Kenya has deployed drones over Somalia.", "ATTACKED", "Kenya", "Ardent Front", "", "", ""},
		{"assault after a deed of the subject", "Chile captured Arica after a two-day assault.", "ATTACKED", "Chile", "Arica", "", "", ""},
		{"of object that is no actor blocks", "Chile's backing of the rebels angered Peru.", "", "", "", "", "", "SUPPORTED"},
		{"for object that is no actor blocks", "Chile's support for the uprising worried Peru.", "", "", "", "", "", "SUPPORTED"},
		{"irregular past verb ends the object's clause", "Chile's sanctions on the ruling party hurt Peru.", "", "", "", "", "", "SANCTIONED:Chile:Peru"},
		{"of object that is an actor", "Chile's strong backing of Peru angered Bolivia.", "SUPPORTED", "Chile", "Peru", "", "", ""},
		{"for object that is an actor", "Chile's support for Peru angered Bolivia.", "SUPPORTED", "Chile", "Peru", "", "", ""},
		{"refusal to negates", "Norway's refusal to meet Venezuela surprised diplomats.", "MET_WITH", "Norway", "Venezuela", "negated", "", ""},
		{"failure to negates", "Chile's failure to condemn Peru drew scorn.", "CRITICIZED", "Chile", "Peru", "negated", "", ""},
		{"rejected calls to negates", "Chile rejected calls to sanction Peru.", "SANCTIONED", "Chile", "Peru", "negated", "", ""},
		{"heeded calls to stays asserted", "Chile heeded calls to sanction Peru.", "SANCTIONED", "Chile", "Peru", "asserted", "", ""},
		{"refusal of a plan does not negate", "The refusal of the plan came as Chile condemned Peru.", "CRITICIZED", "Chile", "Peru", "asserted", "", ""},
		{"allies without partner", "Western allies met in Oslo.", "", "", "", "", "", "SUPPORTED"},
		{"blame placed on", "The Chilean government placed the blame on the leaders of Peru.", "ACCUSED", "Chile", "Peru", "", "", ""},
		{"pointed the finger at", "Norway pointed the finger at Russia over the sabotage.", "ACCUSED", "Norway", "Russia", "", "", ""},
		{"finger at a place is no accusation", "Norway pointed at the map.", "", "", "", "", "", "ACCUSED"},
		{"agreements between", "Recent agreements between Bolivia and Peru were welcomed.", "AGREED_WITH", "Bolivia", "Peru", "", "", ""},
		{"talks between before a copula", "Talks between Bolivia and Peru were positive.", "MET_WITH", "Bolivia", "Peru", "", "", ""},
		{"signed plural pacts", "Chile signed six agreements with Peru.", "AGREED_WITH", "Chile", "Peru", "", "", ""},
		{"a deal with no second party", "Norway wants a better deal.", "", "", "", "", "", "AGREED_WITH"},
		{"trade war with", "Chilean President Ana Rojas escalated her trade war with Peru on Tuesday.", "SANCTIONED", "Ana Rojas", "Peru", "", "", ""},
		{"halt military aid", "Japan said it would halt military aid to Fiji and recall its trainers.", "SUSPENDED_TALKS_WITH", "Japan", "Fiji", "planned", "", ""},
		{"military aid sent is no suspension", "Norway sent military aid to Sweden.", "", "", "", "", "", "SUSPENDED_TALKS_WITH"},
		{"possessor's forces act", "Chile's armed forces have shelled Peru.", "BOMBED", "Chile", "Peru", "", "", ""},
		{"possessor's allies do not act as it", "Chile's allies attacked Peru.", "", "", "", "", "", "ATTACKED:Chile"},
		{"possessor's media are not the state", "Chile's media criticized Peru.", "", "", "", "", "", "CRITICIZED:Chile"},
		{"that it after a time phrase", "The Finnish government said on Tuesday that it would halt military aid to Estonia.", "SUSPENDED_TALKS_WITH", "Finland", "Estonia", "planned", "", ""},
		{"have a meeting with", "Chilean Trade Minister Tomas Feld plans to have a short meeting with his Peruvian counterpart Lena Varga in Lima next week.", "MET_WITH", "Tomas Feld", "Lena Varga", "planned", "", ""},
		{"have is no light verb for sanctions", "Chile has sanctions on Peru.", "", "", "", "", "", "SANCTIONED"},
		{"fronted speaking to", "Speaking to Peruvian officials in Lima on Tuesday, Chilean Defense Minister Karl Imre stressed unity.", "SPOKE_WITH", "Karl Imre", "Peru", "", "", ""},
		{"speaking alongside is no conversation", "Speaking alongside Chilean President Ana Rojas, Peruvian Foreign Minister Lena Varga said the talks went well.", "", "", "", "", "", "SPOKE_WITH"},
		{"visit to a seat of government", "After a visit by Kenyan President Grace Wanjiru to the Kremlin in the spring, Russian officials signed two contracts.", "VISITED", "Grace Wanjiru", "Russia", "", "", ""},
		{"alleges that", "Chile alleges that Peru broke the fishing accord.", "ACCUSED", "Chile", "Peru", "", "", ""},
		{"alleged plot is no accusation by the plotter", "The alleged plot by Peru was foiled.", "", "", "", "", "", "ACCUSED"},
		{"alleged as an adjective", "Chile's president is the main critic of this alleged Peru consensus.", "", "", "", "", "", "ACCUSED"},
		{"said that Y is evaluative", "Sweden wrote in a statement on Friday that Russia is \"a reckless and lawless neighbour.\"", "CRITICIZED", "Sweden", "Russia", "", "", ""},
		{"said Y's decision was evaluative", "Norway said Russia's decision was reckless and dangerous.", "CRITICIZED", "Norway", "Russia", "", "", ""},
		{"said Y was not evaluative", "Norway said Russia was not hostile.", "", "", "", "", "", "CRITICIZED"},
		{"comparison is no judgment", "Norway said Russia would be more aggressive than Sweden.", "", "", "", "", "", "CRITICIZED"},
		{"comma urging him", "Norway sent a letter to Chilean Foreign Minister Tomas Feld, urging him to work with Peru.", "URGED", "Norway", "Tomas Feld", "", "", ""},
		{"comma urging it", "Norway sent a letter to Russia, urging it to withdraw its troops.", "URGED", "Norway", "Russia", "", "", ""},
		{"statement urging", "Norway issued a statement urging Russia to withdraw.", "URGED", "Norway", "Russia", "", "", ""},
		{"second part of a compound is no subject", "Senators wrote about the Peru-Chile scheme, urging him to act.", "", "", "", "", "", "URGED:Chile"},
		{"possessor's group listed after a dash", "Kenyan President Grace Wanjiru has been waging a tariff war with Kenya's main neighbours - Uganda, Tanzania and Rwanda - over sugar.", "SANCTIONED", "Grace Wanjiru", "Tanzania", "", "", ""},
		{"the possessor of a listed group is no target", "Norway imposed sanctions on Russia's allies - Belarus and Iran.", "", "", "", "", "", "SANCTIONED:Norway:Russia"},
		{"possessed head and descriptor apposition in a pair", "Diplomats welcomed the accords between Bolivia's transitional authorities and a rebel militia, the Eastern Liberation Front (ELF), as a good start.", "AGREED_WITH", "Bolivia", "Eastern Liberation Front", "", "", ""},
		{"possessed head in a pair", "Talks between Chile's transitional authorities and Peru ended.", "MET_WITH", "Chile", "Peru", "", "", ""},
		{"discussed with", "Chilean President Ana Rojas discussed trade with Peruvian President Lena Varga.", "MET_WITH", "Ana Rojas", "Lena Varga", "", "", ""},
		{"discussed with reporters", "Chilean President Ana Rojas discussed the issue with reporters.", "", "", "", "", "", "MET_WITH"},
		{"aggression against", "Norway condemned Russia's aggression against Ukraine.", "ATTACKED", "Russia", "Ukraine", "", "", ""},
		{"claimed responsibility for the attack", "Militants attacked a train in the Antofagasta region. The Northern Liberation Front claimed responsibility for the attack.", "ATTACKED", "Northern Liberation Front", "Antofagasta", "", "", ""},
		{"claimed responsibility does not take over a known agent", "Norway attacked Sweden. The Northern Liberation Front claimed responsibility for the attack.", "", "", "", "", "", "ATTACKED:Northern Liberation Front"},
		{"exchange of fire reported between", "Shooting lasted until dawn, with an exchange of fire reported between Kenyan police and Ugandan soldiers.", "ATTACKED", "Uganda", "Kenya", "", "", ""},
		{"talks held between", "Talks held between Chile and Peru ended.", "MET_WITH", "Chile", "Peru", "", "", ""},
		{"possessor's forces came under attack", "Estonia's troops came under a sudden attack from Russia before dawn.", "ATTACKED", "Russia", "Estonia", "", "", ""},
		{"warned that it will exert pressure on", "Japan warned on Monday that it would keep exerting heavy pressure on North Korea until the launches end.", "THREATENED", "Japan", "North Korea", "", "", ""},
		{"warned that it would not act", "Norway warned that it would not take action against Russia.", "", "", "", "", "", "THREATENED"},
		{"warned of pressure on prices", "Norway warned that pressure on prices would rise.", "", "", "", "", "", "THREATENED"},
		{"travels will include meeting", "Chilean President Ana Rojas will travel in April. Rojas's travels will include meeting Bolivian President Luis Soto, officials said.", "MET_WITH", "Ana Rojas", "Luis Soto", "planned", "", ""},
		{"agenda includes meeting the press", "Norway's agenda includes meeting the press.", "", "", "", "", "", "MET_WITH"},
		{"coordinated subjects discussed", "Chilean President Ana Rojas and Peruvian President Lena Varga discussed trade on Monday.", "MET_WITH", "Ana Rojas", "Lena Varga", "", "", ""},
		{"meets X and Y to discuss", "In Lima, Norway's envoy meets with President Lena Varga and foreign minister Luis Soto to discuss trade.", "", "", "", "", "", "MET_WITH:Lena Varga:Luis Soto"},
		{"the president one holder", "Kenyan President Grace Wanjiru opened a new hospital on Monday. Tomas Reyes, an opposition senator, urged the president to fund two more.", "URGED", "Tomas Reyes", "Grace Wanjiru", "", "", ""},
		{"the president two holders a", "Kenyan President Grace Wanjiru met Ugandan President Paul Okello on Monday. Tomas Reyes urged the president to resign.", "", "", "", "", "", "URGED:Tomas Reyes:Grace Wanjiru"},
		{"the president two holders b", "Kenyan President Grace Wanjiru met Ugandan President Paul Okello on Monday. Tomas Reyes urged the president to resign.", "", "", "", "", "", "URGED:Tomas Reyes:Paul Okello"},
		{"the president of another country", "Kenyan President Grace Wanjiru gave a speech on Monday. Tomas Reyes flies to Peru on Friday, where he will hold talks with the president.", "", "", "", "", "", "MET_WITH:Grace Wanjiru:Tomas Reyes"}, // MET_WITH runs from the lower id,
		{"the group one armed group", "Abu Sayyaf fighters seized a ferry on Monday. Manila said the group attacked Jolo on Tuesday.", "ATTACKED", "Abu Sayyaf", "Jolo", "", "", ""},
		{"the group two armed groups", "ELN and FARC fighters clashed on Monday. Bogota said the group attacked Arauca on Tuesday.", "", "", "", "", "", "ATTACKED::Arauca"},
		{"the bloc one igo", "Thailand joined ASEAN talks in Jakarta on Monday. Norway urged the bloc to act.", "URGED", "Norway", "ASEAN", "", "", ""},
		{"the bloc two igos", "ASEAN and the Arab League met in Jakarta on Monday. Norway urged the bloc to act.", "", "", "", "", "", "URGED:Norway"},
		{"the council one council", "The Nordic Fisheries Council met in Oslo on Monday. Sweden urged the council to act.", "URGED", "Sweden", "Nordic Fisheries Council", "", "", ""},
		{"the council two councils", "The Nordic Fisheries Council and the Baltic Trade Council met in Oslo on Monday. Sweden urged the council to act.", "", "", "", "", "", "URGED:Sweden"},
		{"she skips a man", "UNICEF chief Mira Okafor spoke in Oslo on Monday. She said aid was late. Red Cross head Karl Imre spoke next. He said the roads were closed. He asked for trucks. She urged Sweden to act.", "URGED", "Mira Okafor", "Sweden", "", "", ""},
		{"she not a man", "UNICEF chief Mira Okafor spoke in Oslo on Monday. She said aid was late. Red Cross head Karl Imre spoke next. He said the roads were closed. He asked for trucks. She urged Sweden to act.", "", "", "", "", "", "URGED:Karl Imre"},
		{"empty", "", "", "", "", "", "", "MET_WITH"},
	}
	runRelationCases(t, tests)
}

// TestCoreference checks that one actor is one node: surnames, titles,
// counterparts and capitals resolve to the entity named in full.
func TestCoreference(t *testing.T) {
	text := "Indonesian Foreign Minister Siti Rahma will meet her Malaysian counterpart in Jakarta on Friday. " +
		"Malaysian Foreign Minister Ahmad Zulkifli said the talks would cover fishing. " +
		"Rahma said Kuala Lumpur had been helpful. Mr. Zulkifli agreed."
	x := analyzeTest(t, testPipeline(t), text)
	people := 0
	for _, e := range x.Entities {
		if e.Type == "Person" {
			people++
		}
	}
	if people != 2 {
		t.Errorf("got %d Person entities, want 2 (Siti Rahma, Ahmad Zulkifli): %+v", people, x.Entities)
	}
	wantFact(t, x, text, fact{typ: "MET_WITH", from: "Siti Rahma", to: "Ahmad Zulkifli"}) // her Malaysian counterpart
}

func TestBadInputNoPanic(t *testing.T) {
	p := testPipeline(t)
	inputs := []string{
		"",
		"no entities here at all, just words",
		"Путин встретился с Си Цзиньпином в Москве.",
		strings.Repeat("word ", 50000),
		"<div><p>Russia</p><script>bomb()</script></div> &amp; France",
		"\xff\xfe\x00 Russia \x00 bombed",
		strings.Repeat("A", 100000),
		strings.Repeat("Al- ", 1000) + strings.Repeat("U.S. ", 1000),
	}
	for i, in := range inputs {
		d := p.Analyze(Article{Title: "t", Text: in, Published: "2020-01-01"})
		checkInvariants(t, d)
		_ = i
	}
}

// relationCase is one invented sentence and the relation it must give (typ,
// from, to, with modality and date when set), or, with absent, the
// relation it must not give: "TYPE", "TYPE:from" or "TYPE:from:to".
// Published is Wednesday 2020-06-10.
type relationCase struct {
	name, text             string
	typ, from, to          string
	modality, date, absent string
}

// runRelationCases runs each case as a subtest.
func runRelationCases(t *testing.T, tests []relationCase) {
	t.Helper()
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := analyzeTest(t, p, tt.text)
			if tt.absent != "" {
				wantAbsent(t, x, tt.text, tt.absent)
				return
			}
			r, ok := wantFact(t, x, tt.text, fact{typ: tt.typ, from: tt.from, to: tt.to})
			if !ok {
				return
			}
			if tt.modality != "" && r.Modality != tt.modality {
				t.Errorf("%q: modality %q, want %q", tt.text, r.Modality, tt.modality)
			}
			if tt.date != "" && r.Date != tt.date {
				t.Errorf("%q: date %q, want %q", tt.text, r.Date, tt.date)
			}
		})
	}
}

// TestEvidenceAsWritten checks that names are matched on the normalised
// text while the evidence of a relation shows the sentence as written.
func TestEvidenceAsWritten(t *testing.T) {
	p := testPipeline(t)
	body := "Kenya\u2019s interior minister, Omar al-Tahir\u2019i, met Jean\u2013Luc Brandt on Monday \u2014 a first.\r\nHe left."
	d := p.Analyze(Article{Title: "  \u201cTalks\u201d  ", Text: body, Published: "2020-06-10"})
	x := d.Graph().Extraction()
	names := entityNames(x)
	found := false
	for _, r := range x.Relations {
		if r.Type != "OFFICIAL_OF" || names[r.Source] != "Omar al-Tahir'i" {
			continue
		}
		found = true
		want := "Kenya\u2019s interior minister, Omar al-Tahir\u2019i, met Jean\u2013Luc Brandt on Monday \u2014 a first."
		if len(r.Evidence) != 1 || r.Evidence[0] != want {
			t.Errorf("evidence = %q, want %q", r.Evidence, want)
		}
	}
	if !found {
		t.Fatalf("no OFFICIAL_OF of Omar al-Tahir'i; got %+v", x.Relations)
	}
	if got := d.written(0, len("\"Talks\"")); got != "\u201cTalks\u201d" {
		t.Errorf("title as written = %q", got)
	}
}
