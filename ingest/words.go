package ingest

// Word lists used by the stages. Each is a closed class of English function
// words or a small set of news nouns; none names an actor.

var speechVerbs = set("said", "says", "say", "told", "tells", "tell", "added", "adds", "stated",
	"announced", "announces", "reported", "reports", "noted", "notes", "wrote", "writes", "argued", "argues",
	"claimed", "claims", "confirmed", "confirms", "insisted", "insists", "warned", "warns", "explained",
	"explains", "declared", "declares", "asserted", "asserts", "suggested", "suggests", "stressed", "stresses",
	"acknowledged", "acknowledges", "tweeted", "maintained", "maintains", "alleged", "alleges", "indicated",
	"contended", "contends")

var prepositions = set("in", "at", "on", "of", "from", "to", "into", "near", "outside", "inside", "across",
	"around", "toward", "towards", "through", "throughout", "over", "under", "within", "for", "against",
	"with", "by", "between", "among", "amid", "about", "after", "before", "during", "since", "until", "via",
	"beyond", "behind", "along", "off")

var placePreps = set("in", "at", "to", "from", "into", "near", "outside", "inside", "across", "around",
	"toward", "towards", "through", "throughout", "within", "via", "beyond", "visit", "visited", "visits",
	"visiting", "reach", "reached", "entered", "enter", "besieged", "captured", "seized", "retook", "retake")

// nameStop are capitalised words that never begin or continue a person's
// name: sentence openers, days, months, and words of headlines.
var nameStop = set("the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or",
	"but", "as", "if", "it", "its", "this", "that", "these", "those", "there", "their", "they", "he", "she",
	"his", "her", "we", "our", "you", "your", "i", "my", "mr", "mrs", "ms", "dr", "despite", "after",
	"before", "during", "while", "when", "where", "what", "who", "why", "how", "which", "although",
	"though", "since", "until", "unless", "because", "meanwhile", "however", "also", "earlier", "later",
	"last", "next", "first", "second", "third", "some", "many", "most", "all", "both", "each", "every",
	"other", "another", "such", "no", "not", "yes", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "june", "july", "august", "september", "october",
	"november", "december", "today", "yesterday", "tomorrow", "photo", "source", "reuters", "afp", "ap", "air", "strikes",
	"via", "through", "further", "by", "under", "over", "among", "between", "against", "about", "following",
	"meeting", "concern", "fears", "journalists", "residents", "officials", "local", "government", "forces",
	"troops", "military", "army", "people", "president", "minister", "secretary", "state", "council",
	"security", "united", "nations", "national", "international", "independent", "human", "rights",
	"fact", "finding", "mission", "head", "chair", "chief", "leader", "spokesman", "spokesperson",
	"representative",
	"will",
	"official", "middle", "east", "west", "north",
	"south", "opposition", "western", "eastern", "northern", "southern", "central", "here", "then", "now",
	"thus", "still", "even", "only", "just", "again", "not", "according", "amid", "around", "near", "outside",
	"civil", "defence", "defense", "department", "ministry",
	"house", "white", "news", "media", "activity", "aircraft",
	"did", "do", "does", "is", "are", "was", "were", "be", "been",
	"has", "have", "had", "can", "could", "would", "should", "shall", "must", "let", "our", "us", "them")

// notNameWords never occur in a personal name.
var notNameWords = set("reef", "shoal", "atoll", "archipelago", "sea", "ocean", "strait", "gulf", "bay", "river", "mountains", "mountain", "island",
	"islands", "peninsula", "valley", "desert", "lake", "canal", "plan", "program", "programme", "strategy",
	"act", "law", "agreement", "treaty", "accord", "initiative", "summit", "conference", "forum", "day",
	"week", "year", "games", "cup", "prize", "award", "society", "institute", "organization", "organisation",
	"university", "college", "school", "hospital", "airport", "street", "square", "road", "avenue", "park",
	"bridge", "station", "port", "news", "times", "post", "journal", "daily", "press", "magazine", "inc",
	"corp", "ltd", "company", "group", "bank", "fund", "armed", "forces", "army", "police", "ministry",
	"deputies", "lawmakers", "senators", "officials", "analysts", "experts", "residents", "ceo", "former",
	"without", "sans", "organisations", "organizations", "relations", "research", "agenda", "affairs",
	"services", "rights", "development", "cyclone", "storm", "hurricane", "typhoon", "healthcare", "africa",
	"asia", "europe", "america", "americas", "republika", "republic", "kingdom", "federation", "union",
	"southeast", "northeast", "southwest", "northwest", "visit", "market", "markets")

// givenNameCountries are country names that are also first names: "Jordan
// Peterson" is a person.
var givenNameCountries = set("jordan", "chad", "georgia", "israel", "india", "kenya", "paris", "sierra")

// orgHeads end the name of an organisation.
var orgHeads = set("mission", "council", "commission", "committee", "court", "agency", "organisation",
	"organization", "ministry", "army", "front", "party", "movement", "command", "service", "brigade",
	"brigades", "group", "union", "alliance", "coalition", "observatory", "office", "bank", "fund",
	"institute", "foundation", "association", "network", "corps", "authority", "assembly", "parliament",
	"tribunal", "federation", "league", "secretariat", "directorate", "department", "guard", "guards",
	"battalion", "division", "regiment", "forces", "force", "navy", "police", "congress", "senate",
	"watch", "society", "centre", "center", "board", "programme", "program", "bureau", "cabinet",
	"university", "institution", "endowment", "academy", "college", "corporation", "militia", "wing", "house")

// orgNameWords are capitalised words of nameStop that still begin or
// continue an organisation's name: "National Salvation Front", "Northern
// Liberation Front", "Center for Security Studies".
var orgNameWords = set("human", "independent", "international", "national", "civil", "united", "security",
	"central", "white", "fact", "state", "north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "middle", "nations", "rights", "defence", "defense", "opposition", "news", "media", "finding",
	"mission", "council", "house", "local", "official", "military", "army", "government", "people")

// collectiveNouns may stand possessive inside an organisation's name:
// "People's Liberation Army", "Women's Council".
var collectiveNouns = set("people", "women", "children", "workers", "farmers", "veterans", "citizens",
	"nations", "peoples", "youth", "mothers")

// genericHeads are nouns that, after a country name or adjective, still
// denote the state acting: "Somali forces", "U.S. aircraft".
var genericHeads = set("forces", "force", "troops", "soldiers", "army", "military", "aircraft", "warplanes",
	"jets", "planes", "helicopters", "drones", "officials", "official", "government", "regime", "authorities",
	"personnel", "navy", "troop", "side", "leaders", "leadership", "diplomats", "delegation", "administration",
	"security", "police", "units", "artillery", "ships", "warships", "militias", "fighters", "gunmen",
	"commandos", "marines", "special", "ground", "air", "armed", "naval", "defence", "defense", "source",
	"sources", "state", "media", "counterparts", "counterpart", "envoy", "envoys", "negotiators", "warplane", "mediators",
	"representatives", "delegates", "ministers", "police",
	"coalition", "coast", "guard", "guards", "vessels", "vessel", "boats", "ship", "border", "missiles", "rockets",
	"shells", "bombs", "gunmen", "fighter")

// groupNouns refer back to the armed group last named.
var groupNouns = set("militants", "militant", "terrorists", "terrorist", "insurgents", "insurgent",
	"jihadists", "jihadist", "extremists", "extremist", "fighters")

// placeNouns introduce a place name: "the village of X".
var placeNouns = set("village", "town", "city", "district", "neighbourhood", "neighborhood", "township",
	"hamlet", "suburb", "port", "camp", "province", "region", "governorate", "state", "area", "capital")

// featureNouns end the name of a geographic feature: "the Kerel Islands".
var featureNouns = set("sea", "ocean", "gulf", "bay", "strait", "straits", "island", "islands", "isles",
	"archipelago", "reef", "atoll", "peninsula")

// islandNouns may end a feature's name in lower case: "the Kerel islands".
var islandNouns = set("island", "islands", "isles", "archipelago")

// compassWords begin names of places and bodies: "East", "Northern".
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "upper", "lower", "middle")

// citySuffix follow the name of a populated place: "the Varga port", "the
// Dasht-e-Varga neighborhood".
var citySuffix = set("port", "neighborhood", "neighbourhood", "township")

// placeNounsPlural introduce a list of place names: "the towns of X and Y".
var placeNounsPlural = set("towns", "villages", "cities", "districts", "provinces", "regions", "neighbourhoods",
	"neighborhoods", "camps", "governorates", "states")

var regionSuffix = set("region", "province", "governorate", "state", "states", "oblast", "prefecture",
	"county", "district", "territory", "valley")

var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6}

var months = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12}

var nameParticles = set("al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "del", "van",
	"von", "der", "den", "le", "la", "du", "dos", "das", "ul", "ud", "ad", "as", "ash", "an", "at", "az")

// Role nouns: the head of a description of a person ("a senior fellow at
// X", "a North Korean defector", "analyst Mira Okafor"). stateRoles hold a
// public office, so the text around may say whose; orgRoles work for an
// institution, which only an explicit name gives; personalRoles describe
// the person and give no office at all.
var stateRoles = set("official", "officer", "diplomat", "lawmaker", "legislator", "senator", "congressman",
	"congresswoman", "parliamentarian", "adviser", "advisor", "superintendent", "controller", "spokesman",
	"spokeswoman", "spokesperson", "minister", "ambassador", "envoy", "governor", "mayor", "commander",
	"general", "colonel", "prosecutor", "judge", "negotiator", "representative", "secretary", "administrator",
	"inspector", "commissioner", "consul", "aide", "deputy", "attache", "lieutenant", "captain", "major")

var orgRoles = set("analyst", "expert", "fellow", "professor", "lecturer", "researcher", "scholar", "economist",
	"historian", "scientist", "director", "head", "chief", "chair", "chairman", "chairwoman", "chairperson",
	"founder", "co-founder", "cofounder", "member", "coordinator", "manager", "executive", "editor",
	"correspondent", "journalist", "reporter", "activist", "campaigner", "strategist", "consultant",
	"specialist", "author", "associate", "affiliate", "leader", "president", "partner", "staffer", "employee",
	"worker", "volunteer", "organizer", "organiser", "commentator", "columnist", "contributor", "instructor",
	"dean", "rector", "treasurer", "supervisor", "lawyer", "attorney", "physician", "surgeon",
	"engineer", "investigator", "observer")

var personalRoles = set("defector", "student", "resident", "refugee", "survivor", "victim", "witness", "farmer",
	"doctor", "nurse", "businessman", "businesswoman", "entrepreneur", "blogger", "dissident", "citizen",
	"native", "veteran", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
	"widow", "widower", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter",
	"grandfather", "grandmother", "relative", "friend", "pilot", "driver", "protester", "demonstrator",
	"detainee", "prisoner", "hostage", "captive", "monk", "priest", "imam", "cleric", "poet", "writer",
	"artist", "musician", "singer", "actor", "actress", "filmmaker", "photographer", "athlete", "player",
	"teacher", "mother-of-two", "villager", "shopkeeper", "trader", "fisherman", "migrant", "asylum-seeker",
	"descendant", "predecessor", "successor", "rival", "ally", "opponent", "critic", "supporter", "figure",
	"politician", "rapper", "novelist", "publisher", "tycoon", "billionaire", "footballer", "celebrity",
	"influencer", "star", "classmate", "colleague", "neighbor", "neighbour", "fiancee", "fiance", "partner")

// kinNouns name a relative: "his son, Karl Imre".
var kinNouns = set("wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow",
	"widower", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
	"grandmother", "stepson", "stepdaughter", "son-in-law", "daughter-in-law", "brother-in-law")

// inversionVerbs may come before their speaker: "..., agreed Mira Okafor,
// a lawyer" (not "claimed" or "reported", which also qualify a noun).
var inversionVerbs = set("said", "says", "added", "noted", "warned", "wrote", "argued", "explained", "stressed",
	"insisted", "asked", "agreed", "echoed", "cautioned", "observed", "recalled", "concluded", "conceded",
	"countered", "replied", "responded", "admitted", "predicted", "lamented", "quipped", "continued")

// workVerbs say a person holds a role in the institution named after
// them: "X, who heads the Y Foundation", "X lectures on law at the Y
// University"; the value is the role. Verbs of the first kind take the
// institution as object, "lectures", "teaches", "works" and "serves" name it
// after "at".
var workVerbs = map[string]string{"heads": "head", "headed": "head", "leads": "leader", "led": "leader",
	"runs": "head", "chairs": "chair", "directs": "director", "founded": "founder", "co-founded": "co-founder",
	"manages": "manager", "lectures": "lecturer", "teaches": "teacher", "works": "staff", "serves": "staff"}

// legislatureNouns name a chamber in lower case: "a member of the upper house".
var legislatureNouns = set("parliament", "senate", "house", "assembly", "congress", "legislature", "chamber")

// honorifics stand before a name and are no part of it and no office:
// "Professor Mira Okafor", "Mullah Karl Imre".
var honorifics = set("prof", "professor", "mawlawi", "mullah", "maulana", "maulvi", "haji", "hajji",
	"reverend", "rev", "pastor", "rabbi", "sir", "dame")

// preNameRoles may stand lower-case right before a name as its title:
// "said analyst Mira Okafor", "former ambassador Karl Imre".
var preNameRoles = set("analyst", "expert", "researcher", "professor", "scholar", "economist", "historian",
	"lawmaker", "legislator", "senator", "activist", "journalist", "lawyer", "attorney", "diplomat",
	"official", "officer", "controller", "superintendent", "commander", "director", "chairman",
	"chairwoman", "columnist", "author", "writer", "defector", "dissident", "blogger", "businessman",
	"businesswoman", "cleric", "adviser", "advisor", "ambassador", "strategist", "consultant", "campaigner",
	"negotiator", "prosecutor", "lecturer", "specialist", "commentator", "correspondent", "investigator",
	"figure", "politician", "rapper", "singer", "musician", "poet", "novelist", "filmmaker", "photographer",
	"publisher", "tycoon", "billionaire", "entrepreneur", "footballer")

// orgClassNouns name a kind of institution, before or after its name:
// "risk consultancy Harbor Risks", "the Harbor Policy Institute think tank".
var orgClassNouns = set("tank", "group", "consultancy", "firm", "organization", "organisation", "institute",
	"charity", "agency", "company", "party", "network", "foundation", "center", "centre", "ngo", "newspaper",
	"broadcaster", "university", "outlet", "watchdog", "body", "monitor", "coalition", "alliance",
	"movement", "nonprofit", "non-profit", "initiative", "campaign", "platform", "lobby", "union",
	"association", "federation", "college", "school", "academy")

// institutionWords mark a capitalised run after a person as an
// institution even where it ends in no organisation head: "Ashford
// Institution", "Harbor Risk Partners", "Center for Security Studies".
var institutionWords = set("school", "center", "centre", "foundation", "council", "group", "company",
	"associates", "partners", "consultancy", "laboratory", "lab", "labs", "project", "initiative", "forum",
	"trust", "house", "studies", "network", "society", "association", "alliance", "union", "congress",
	"committee", "watch", "times", "post", "news", "journal", "review", "media", "tank", "risks", "analytics")

// descStop are function words that end a description of a person.
var descStop = set("the", "a", "an", "and", "or", "but", "who", "whom", "whose", "which", "that", "is", "was",
	"are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
	"not", "if", "as", "than", "it", "he", "she", "they", "his", "her", "their", "its", "this", "these",
	"those", "said", "says", "also", "when", "while", "after", "before", "where", "there", "here", "then")

// orgDescriptors are lower-case nouns that say what kind of organisation
// the name after them (or in their apposition) denotes, with that kind.
var orgDescriptors = map[string]string{"group": "other", "groups": "other", "militia": "armed_group",
	"faction": "armed_group", "cell": "armed_group", "outfit": "armed_group", "insurgency": "armed_group",
	"organisation": "other", "organization": "other", "network": "other",
	"coalition": "other", "alliance": "other", "party": "party", "firm": "company", "company": "company",
	"consultancy": "company", "startup": "company", "charity": "ngo", "ngo": "ngo", "watchdog": "ngo",
	"monitor": "ngo", "broadcaster": "media", "newspaper": "media", "outlet": "media", "institute": "ngo",
	"nonprofit": "ngo", "foundation": "ngo"}

// apposFollowers may follow the descriptor of an apposition: ", a group
// that", ", an armed group based in".
var apposFollowers = set("that", "which", "who", "in", "with", "for", "whose", "from", "close", "linked", "based", "active")

// ministryPortfolios may name a ministry in lower case: "the foreign ministry".
var ministryPortfolios = set("foreign", "defence", "defense", "interior", "finance", "justice", "trade", "health",
	"economy", "agriculture", "education", "energy", "information", "culture", "commerce", "labour", "labor",
	"transport", "environment", "industry", "oil", "petroleum", "home", "external", "communications", "youth",
	"tourism", "water", "planning", "intelligence", "security", "internal", "religious", "economic", "public",
	"social", "national", "science", "technology", "mining", "fisheries", "housing", "development", "war")

// motionWords say that "to X" or "from X" after them is a place one goes
// to or comes from: "flew to Lima", "a trip to Lima", "returned from Lima".
var motionWords = set("travel", "travels", "traveled", "travelled", "traveling", "travelling", "trip", "trips",
	"visit", "visits", "flew", "fly", "flies", "flying", "flight", "flights", "return", "returns", "returned",
	"returning", "go", "goes", "went", "going", "came", "come", "comes", "coming", "arrive", "arrived", "arrives",
	"head", "headed", "heading", "heads", "move", "moved", "moving", "sent", "send", "sends", "delegation",
	"journey", "back", "way", "relocated", "invited", "invitation", "deported", "deportation", "expelled",
	"extradited", "fled", "flee", "drove", "driven", "march", "marched", "sailed", "route", "road", "routes",
	"flown", "taken", "brought", "transferred", "evacuated", "deployed", "shipped", "exported", "imported",
	"embassy", "ambassador", "envoy", "mission", "trade", "flows", "pilgrimage", "tour", "moving", "leave",
	"left", "departed", "depart", "escaped", "kilometers", "kilometres", "miles", "km", "distance", "near")

// stateBodyWords make a council, commission or committee a body of the
// state: "State Council", "Federal Election Commission".
var stateBodyWords = set("state", "federal", "presidential", "supreme", "cabinet", "legislative", "executive",
	"parliamentary", "senate", "house", "ministerial", "privy", "revolutionary")

// partyModifiers stand between a party's name and a lower-case "party":
// "the Renewal opposition party".
var partyModifiers = set("opposition", "ruling", "governing", "main", "junior", "coalition", "minority",
	"nationalist", "centrist", "leftist", "rightist", "islamist", "conservative", "liberal", "political")

// wrongVerbs and wrongNouns make a judgment of wrongdoing: "committed war
// crimes", "perpetrated atrocities".
var wrongVerbs = set("committed", "commit", "commits", "committing", "perpetrated", "perpetrating")

var wrongNouns = set("abuses", "abuse", "atrocities", "atrocity", "crimes", "violations", "massacres", "massacre",
	"genocide", "cleansing", "torture")

// modifierHeads after a name make it a modifier, not a name on its own:
// "the Varga zone", "the Varga agreement".
var modifierHeads = set("zone", "zones", "area", "areas", "region", "agreement", "deal", "treaty", "accord",
	"border", "plan", "program", "programme", "system", "model", "case", "law", "act", "rules", "visa",
	"countries", "states", "members", "member", "province", "city", "town", "format", "process", "talks",
	"summit", "group", "style", "era", "way", "project", "initiative", "pact", "route", "corridor")

// deployedHeads name bodies sent to a country, whose name says where:
// "the Harbor Mission in Peru" (not "Lima University in Peru").
var deployedHeads = set("mission", "force", "forces", "office", "command", "operation", "delegation")

// denyVerbs reject or deny what another actor said.
var denyVerbs = set("denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting",
	"dismissed", "dismisses", "dismiss", "dismissing", "refuted", "refutes", "refute", "rebuffed", "rebuffs",
	"disputed", "disputes", "dispute")

// accusationNouns name an earlier accusation; demandNouns an earlier appeal;
// offerNouns something proposed, answered only when its author is written.
var (
	accusationNouns = set("accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge",
		"charges", "assertion", "assertions", "criticism", "criticisms", "report", "reports", "suggestion",
		"suggestions", "statement", "statements", "remarks", "comments", "claim", "assessment", "finding", "findings")
	demandNouns = set("demand", "demands", "call", "calls", "appeal", "appeals", "ultimatum", "request", "requests")
	offerNouns  = set("offer", "offers", "proposal", "proposals", "plan", "invitation", "initiative", "overture", "overtures")
	// denialObjects follow "denied" when what is denied is the deed itself:
	// "denied involvement", "denied providing", "denied that".
	denialObjects = set("involvement", "responsibility", "that", "any", "having", "being", "wrongdoing", "role")
)

// partyWords and partyHeads make the phrases that refer back to the
// parties of an earlier event: "both sides", "the warring parties", "the
// two countries".
var (
	partyWords = set("the", "both", "all", "two", "warring", "rival", "opposing", "feuding", "three")
	partyHeads = set("sides", "parties", "countries", "leaders", "governments", "camps", "factions", "neighbours", "neighbors", "nations")
)

// civilHeads end the names of bodies of civil society, whose own name does
// not take the demonym of their country: "Peru's Harbor Foundation" is the
// Harbor Foundation, "Peru's High Court" the Peruvian High Court.
var civilHeads = set("foundation", "institute", "institution", "center", "centre", "university", "college",
	"academy", "association", "society", "endowment", "network", "watch", "group", "union", "federation",
	"league", "observatory", "alliance", "coalition", "movement", "front", "party", "fund", "corporation")

// strikeDeeds, killingDeeds, attackDeeds and captureDeeds are nouns for a
// violent event told before: "condemned the attack"; deedModifiers may
// stand between the verb and the noun.
var (
	strikeDeeds   = set("strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "shelling", "bombardment")
	killingDeeds  = set("killing", "killings", "massacre", "shooting", "assassination", "executions")
	attackDeeds   = set("attack", "attacks", "assault", "offensive", "invasion", "raid", "raids", "incursion", "ambush", "hijacking")
	captureDeeds  = set("seizure", "capture", "annexation", "takeover", "occupation")
	deedModifiers = set("the", "this", "these", "that", "those", "last", "latest", "recent", "deadly", "weekend",
		"brutal", "cowardly", "heinous", "overnight", "new", "renewed", "fresh", "missile", "drone", "air", "rocket", "terrorist", "terror")
)

// auxWords may stand between a subject and its verb: "will also meet",
// "are expected to sign".
var auxWords = set("will", "would", "could", "may", "might", "shall", "should", "also", "later", "then", "have",
	"has", "had", "are", "were", "is", "was", "expected", "due", "set", "to", "to", "jointly", "formally", "finally")

// subBodyHeads end the lower-case name of a military body of a known
// organisation: "the Harbor Union standby force" ("the Harbor Union
// peacekeeping mission" is a description, not a name).
var subBodyHeads = set("force", "unit", "command", "brigade", "battalion")

// affiliateNouns name a franchise of an armed movement in a place:
// "Harbor Front's Varga affiliate".
var affiliateNouns = set("affiliate", "branch", "province", "franchise", "offshoot", "chapter", "wing", "faction")

// legislatorTitles end the titles of members of a legislature; lawmakerNouns
// name them after a country: "Sylvanian lawmakers", "Freedonian senators".
var (
	legislatorTitles = set("representative", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "mp")
	lawmakerNouns    = set("lawmakers", "legislators", "senators", "congressmen", "parliamentarians", "mps", "representatives")
)
