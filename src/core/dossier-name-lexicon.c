/* dossier-name-lexicon.c — small word lists for finding unknown names:
 * the Latin words (the Chinese ones are in dossier-name-lexicon-zh.c)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-name-lexicon.h"

#include <stdlib.h>
#include <string.h>

/* Words are folded: lower case, no diacritics (the matcher folds text the
 * same way). One list per role; a word can have several roles. */

static const char * const stop_words[] = {
  /* English function words and frequent sentence starters */
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
  "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "in", "on", "at",
  "of", "for", "from", "by", "with", "without", "to", "as", "and", "but", "or", "nor", "so",
  "yet", "if", "when", "while", "where", "why", "how", "what", "who", "whom", "which", "after",
  "before", "during", "since", "until", "although", "though", "because", "however", "also",
  "yesterday", "today", "tomorrow", "last", "next", "many", "most", "some", "several", "all",
  "each", "every", "both", "other", "others", "one", "two", "three", "four", "five", "first",
  "second", "third", "new", "more", "less", "no", "not", "now", "then", "than", "only", "even",
  "still", "just", "about", "over", "under", "into", "across", "among", "between", "against",
  "despite", "according", "meanwhile", "moreover", "instead", "indeed", "perhaps", "later",
  "earlier", "once", "such", "much", "few", "any", "is", "are", "was", "were", "be", "been",
  "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
  "might", "must", "let", "please", "thanks", "yes", "oh", "well", "mr", "mrs", "ms", "dr",
  "read", "see", "photo", "video", "source", "sources", "update", "note", "related", "share",
  "former", "late", "ex", "breaking", "exclusive", "opinion", "analysis", "editorial",
  /* abbreviations that are not names */
  "ai", "vs", "gpu", "gpus", "cpu", "cpus", "tv", "pc", "ipo", "gdp", "usd", "eur", "gw", "mw",
  "kw", "km", "ok", "pdf", "faq", "app", "apps", "covid", "dna", "hr", "am", "pm", "etc",
  "ia", "pib", "tva", "hbm", "ram", "5g", "4g", "3g", "llm", "llms", "agi", "ml", "api",
  /* days and months */
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
  "octobre", "novembre", "decembre",
  /* French */
  "le", "la", "les", "un", "une", "des", "du", "de", "d", "l", "ce", "cet", "cette", "ces",
  "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "tu", "son", "sa", "ses",
  "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "et", "ou", "mais",
  "donc", "or", "ni", "car", "que", "qu", "qui", "quoi", "dont", "quand", "lorsque", "puis",
  "ensuite", "enfin", "alors", "ainsi", "aussi", "selon", "pour", "par", "avec", "sans", "sous",
  "sur", "dans", "en", "au", "aux", "a", "apres", "avant", "depuis", "pendant", "entre",
  "vers", "chez", "contre", "malgre", "comme", "si", "tout", "tous", "toute", "toutes",
  "chaque", "plusieurs", "certains", "certaines", "autre", "autres", "meme", "deja", "encore",
  "toujours", "jamais", "hier", "aujourd", "demain", "ici", "la", "voici", "voila", "oui",
  "non", "pas", "plus", "moins", "tres", "bien", "mal", "peu", "beaucoup", "trop", "c", "s",
  "n", "m", "y", "est", "sont", "etait", "sera", "fut", "ont", "avait", "cependant",
  "pourtant", "toutefois", "neanmoins", "d'abord", "outre", "parmi", "lire", "voir",
  "egalement", "notamment", "afin", "lors", "durant", "ca", "cela", "ceci", "celui", "celle",
  "ceux", "quelques", "aucun", "aucune", "nul", "rien", "personne", "chacun",
  /* common nouns often capitalised by convention: "the Internet", "les
   * droits de l'Homme", "la fête des Mères" */
  "internet", "brexit", "government", "gouvernement", "homme", "hommes", "nation", "patrie",
  "meres", "peres",
  NULL
};

static const char * const titles[] = {
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice", "senator", "sen",
  "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
  "minister", "secretary", "chancellor", "premier", "ceo", "cfo", "cto", "chairman",
  "chairwoman", "chair", "founder", "cofounder", "spokesman", "spokeswoman", "spokesperson",
  "director", "judge", "justice", "general", "gen", "admiral", "colonel", "col", "lt",
  "captain", "capt", "sergeant", "sheikh", "sheik", "prince", "princess", "king", "queen",
  "emir", "pope", "rabbi", "reverend", "rev", "father", "sister", "brother", "lord", "lady",
  "sir", "dame", "ambassador", "envoy", "commissioner", "czar", "tsar", "adviser", "advisor",
  "analyst", "researcher", "fellow", "economist", "officer", "official", "executive",
  "attorney", "lawyer", "assistant", "aide", "deputy", "candidate", "leader", "chief",
  "m", "mme", "mlle", "me", "pr", "docteur", "professeur", "monsieur", "madame", "mademoiselle",
  "president", "presidente", "ministre", "secretaire", "pdg", "dg", "directeur", "directrice",
  "maire", "adjoint", "adjointe", "conseiller", "conseillere", "senateur", "senatrice",
  "depute", "deputee", "general", "abbe", "pere", "soeur", "frere", "cheikh", "roi", "reine",
  "prefet", "prefete", "sous-prefet", "juge", "procureur", "commissaire", "capitaine",
  "lieutenant", "adjudant", "colonel", "commandant", "cure", "chanoine", "mgr", "saint",
  "sainte", "fondateur", "fondatrice", "chercheur", "chercheuse", "porte-parole", "dirigeant",
  "patron", "ambassadeur", "gouverneur", "vice-president", "ex-president", "champion",
  "entraineur", "artiste", "ecrivain", "auteur", "chef", "mm", "mmes",
  NULL
};

/* Common first names in English and French news, and of the people this
 * application follows (Gulf, Chinese and Indian names in Latin script). */
static const char * const first_names[] = {
  "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
  "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
  "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald",
  "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
  "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank",
  "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
  "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan",
  "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry",
  "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy",
  "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph",
  "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny",
  "bill", "mike", "jim", "tom", "bob", "tim", "ted", "ben", "sam", "dan", "chris", "nick",
  "tony", "rick", "ron", "steve", "jeff", "greg", "doug", "elon", "jensen", "lisa", "hillary",
  "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
  "karen", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
  "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca",
  "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna",
  "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra",
  "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia",
  "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn",
  "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
  "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail",
  "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa",
  "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis",
  "kayla", "gina", "kamala", "gina", "condoleezza", "angela", "theresa", "kori", "barack",
  "vladimir", "xi", "kim", "justin", "boris", "emmanuel", "angela", "narendra", "recep",
  "benjamin", "shinzo", "fumio", "moon", "yoon", "mohammed", "mohammad", "muhammad", "mohamed",
  "ahmed", "ahmad", "ali", "hassan", "hussein", "omar", "khalid", "abdullah", "abdulaziz",
  "abdul", "salman", "faisal", "fahd", "sultan", "tahnoon", "mansour", "khaled", "yousef",
  "youssef", "mustafa", "ibrahim", "tariq", "rashid", "saud", "turki", "majid", "hamad",
  "zayed", "jassim", "nasser", "wei", "li", "wang", "zhang", "liu", "chen", "yang", "huang",
  "ren", "jack", "pony", "lei", "raj", "sundar", "satya", "arvind", "priya", "jean", "pierre",
  "michel", "philippe", "alain", "jacques", "bernard", "francois", "christophe", "nicolas",
  "patrick", "frederic", "laurent", "stephane", "olivier", "eric", "pascal", "thierry",
  "dominique", "didier", "gerard", "andre", "rene", "claude", "marcel", "roger", "henri",
  "louis", "yves", "guy", "serge", "daniel", "marc", "paul", "jean-pierre", "jean-claude",
  "jean-marie", "jean-luc", "jean-louis", "jean-paul", "jean-francois", "jean-marc",
  "jean-jacques", "jean-michel", "francis", "gilles", "georges", "hubert", "herve", "bruno",
  "sebastien", "julien", "guillaume", "antoine", "maxime", "alexandre", "vincent", "mathieu",
  "benoit", "cedric", "fabrice", "franck", "gilbert", "joel", "lucien", "marcel", "maurice",
  "raymond", "robert", "roland", "xavier", "yannick", "emile", "gaston", "fernand", "armand",
  "arnaud", "bertrand", "damien", "denis", "edouard", "etienne", "gabriel", "gregoire",
  "hugues", "jerome", "lionel", "ludovic", "raphael", "regis", "remi", "sylvain", "thibault",
  "tristan", "valentin", "victor", "gillet", "marie", "nathalie", "isabelle", "sylvie",
  "catherine", "francoise", "martine", "christine", "monique", "nicole", "valerie", "sandrine",
  "sophie", "veronique", "brigitte", "celine", "chantal", "anne", "jacqueline", "stephanie",
  "helene", "dominique", "emilie", "laurence", "patricia", "claire", "aurelie", "caroline",
  "julie", "camille", "marine", "segolene", "simone", "odile", "colette", "genevieve",
  "josette", "madeleine", "marguerite", "mireille", "paulette", "yvette", "yvonne", "agnes",
  "beatrice", "bernadette", "cecile", "claudine", "danielle", "denise", "elisabeth",
  "evelyne", "florence", "ginette", "jeanne", "josiane", "lucie", "marion", "pauline",
  "suzanne", "therese", "manon", "lea", "chloe", "ines", "jade", "louise", "alain",
  NULL
};

static const char * const org_suffixes[] = {
  "inc", "corp", "corporation", "co", "company", "companies", "ltd", "llc", "plc", "gmbh", "ag",
  "sa", "sas", "sarl", "nv", "bv", "ab", "systems", "technologies", "technology", "group",
  "holdings", "holding", "partners", "capital", "ventures", "labs", "industries", "airlines",
  "airways", "bank", "fund", "foundation", "institute", "university", "college", "association",
  "committee", "commission", "council", "agency", "department", "ministry", "office", "bureau",
  "party", "club", "union", "federation", "league", "society", "network", "news", "times",
  "post", "journal", "press", "media", "motors", "electronics", "semiconductor",
  "semiconductors", "microsystems", "devices", "instruments", "pharmaceuticals", "energy",
  "authority", "administration", "service", "services", "board", "court", "senate",
  "congress", "parliament", "assembly", "army", "navy", "police", "unit", "team", "fc",
  "international", "global", "worldwide", "enterprises", "solutions", "software", "robotics",
  "ai", "cloud", "telecom", "communications", "broadcasting", "reserve", "exchange",
  "cabinet", "house", "magazine", "channel", "tribune", "gazette", "herald", "monde",
  "figaro", "express", "reuters",
  NULL
};

static const char * const org_heads[] = {
  "university", "bank", "ministry", "department", "office", "bureau", "institute", "council",
  "commission", "committee", "association", "federation", "union", "party", "club", "league",
  "agency", "house", "senate", "court", "board", "society", "school", "college", "academy",
  "universite", "banque", "ministere", "departement", "bureau", "institut", "conseil",
  "commission", "comite", "association", "federation", "union", "parti", "club", "ligue",
  "agence", "societe", "groupe", "compagnie", "caisse", "chambre", "cour", "tribunal",
  "syndicat", "mutuelle", "fondation", "office", "assemblee", "senat", "prefecture",
  "mairie", "direction", "centre", "cnrs", "education", "delegation", "confederation",
  "mission", "observatoire", "communaute", "inspection", "inserm", "etablissement", "entreprise",
  "cooperative", "amicale", "comite", "foyer", "harmonie", "orchestre", "ensemble",
  "academie", "ecole", "lycee", "college", "gendarmerie", "police", "armee", "regiment",
  "brigade", "escadron", "hopital", "clinique", "journal", "radio", "television", "cabinet",
  NULL
};

static const char * const loc_heads[] = {
  "mount", "mt", "lake", "river", "cape", "port", "fort", "gulf", "bay", "isle", "island",
  "saint", "st", "sainte", "ste", "san", "santa", "sao", "los", "las", "el", "new", "north",
  "south", "east", "west", "upper", "lower", "greater", "rue", "avenue", "boulevard", "bd",
  "place", "chemin", "route", "impasse", "allee", "quai", "pont", "mont", "lac", "ile",
  "cap", "golfe", "baie", "vallee", "val", "bois", "foret", "col", "pic", "plateau", "canal",
  "parc", "square", "cours", "faubourg", "lieu-dit", "hameau", "ferme", "chateau", "moulin",
  "stade", "gare", "eglise", "cathedrale", "abbaye", "musee", "salle", "espace", "halle",
  NULL
};

static const char * const loc_suffixes[] = {
  "street", "st", "avenue", "ave", "road", "rd", "boulevard", "lane", "square", "park",
  "valley", "county", "province", "state", "city", "town", "island", "islands", "river",
  "lake", "mountain", "mountains", "bay", "sea", "ocean", "strait", "peninsula", "desert",
  "district", "region", "airport", "station", "bridge", "hill", "hills", "heights", "beach",
  "coast", "canyon", "falls", "square", "plaza", "center", "centre", "hall", "tower",
  "building", "stadium", "arena", "palace", "castle", "church", "cathedral", "museum",
  NULL
};

static const char * const loc_preps[] = {
  "in", "at", "near", "from", "outside", "across", "inside", "throughout", "toward",
  "towards", "into", "via", "a", "au", "aux", "en", "dans", "vers", "pres", "depuis", "jusqu",
  "sur", "entre", "pour", "de", "d", "du",
  NULL
};

static const char * const particles[] = {
  "de", "du", "des", "d", "la", "le", "van", "von", "der", "den", "ter", "bin", "ibn", "bint",
  "al", "el", "da", "di", "dos", "das", "do", "del", "della", "y", "mac", "ben", "abu", "st",
  NULL
};

static const char * const org_links[] = {
  "of", "for", "de", "du", "des", "la", "le", "l", "d", "pour", "on",
  NULL
};

static const char * const demonyms[] = {
  "american", "americans", "chinese", "french", "british", "english", "german", "germans",
  "russian", "russians", "japanese", "korean", "koreans", "indian", "indians", "israeli",
  "israelis", "palestinian", "palestinians", "iranian", "iranians", "iraqi", "iraqis",
  "saudi", "saudis", "emirati", "emiratis", "qatari", "arab", "arabs", "arabic", "european",
  "europeans", "african", "africans", "asian", "asians", "canadian", "canadians", "mexican",
  "mexicans", "brazilian", "italian", "italians", "spanish", "dutch", "swedish", "swiss",
  "turkish", "syrian", "syrians", "egyptian", "ukrainian", "ukrainians", "taiwanese",
  "vietnamese", "australian", "polish", "greek", "irish", "scottish", "welsh", "muslim",
  "muslims", "christian", "christians", "jewish", "catholic", "protestant", "republican",
  "republicans", "democrat", "democrats", "democratic", "western", "eastern", "northern",
  "southern", "islamic", "latin", "hispanic", "soviet", "communist", "cuban", "afghan",
  "pakistani", "nigerian", "kenyan", "belgian", "austrian", "norwegian", "danish", "finnish",
  "portuguese", "hungarian", "czech", "romanian", "serbian", "kurdish", "kurds", "persian",
  "francais", "francaise", "francaises", "americain", "americains", "americaine",
  "americaines", "chinois", "chinoise", "allemand", "allemands", "allemande", "anglais",
  "anglaise", "russe", "russes", "japonais", "italien", "italiens", "espagnol", "espagnols",
  "europeen", "europeens", "europeenne", "africain", "africains", "belge", "belges",
  "suisse", "suisses", "lorrain", "lorrains", "lorraine", "alsacien", "alsaciens",
  "parisien", "parisiens", "meusien", "meusiens", "vosgien", "vosgiens", "nanceien",
  "nanceiens", "champenois", "saoudien", "saoudiens", "emirati", "emiratis", "arabe",
  "arabes", "israelien", "israeliens", "musulman", "musulmans", "chretien", "chretiens",
  "juif", "juifs", "catholique", "catholiques", "republicain", "republicains", "socialiste",
  "socialistes", "communiste", "communistes", "gaulliste", "ecologiste",
  NULL
};

static const char * const person_verbs[] = {
  "said", "says", "told", "added", "asked", "wrote", "argued", "explained", "noted",
  "announced", "stated", "declared", "insisted", "warned", "believes", "thinks", "himself",
  "herself", "dit", "declare", "explique", "ajoute", "affirme", "precise", "souligne",
  "indique", "estime", "raconte", "confie", "rappelle", "lui-meme", "elle-meme",
  NULL
};

/* Products named by the noun after them in English ("Ascend chips", "the
 * Blackwell architecture") and before them in French ("les puces H20"). */
static const char * const product_nouns[] = {
  "chip", "chips", "microchip", "microchips", "gpu", "gpus", "cpu", "cpus", "processor",
  "processors", "accelerator", "accelerators", "model", "models", "server", "servers",
  "supercomputer", "supercomputers", "card", "cards", "device", "devices", "phone", "phones",
  "smartphone", "smartphones", "handset", "handsets", "laptop", "laptops", "software", "app",
  "apps", "platform", "chatbot", "browser", "series", "architecture", "lineup", "generation",
  "system", "systems", "cluster", "clusters", "tariff", "tariffs", "account", "accounts",
  "post", "posts", "feed", "website", "engine", "engines", "jet", "jets", "aircraft", "drone",
  "drones", "missile", "missiles", "vaccine", "vaccines", "puce", "puces", "processeur",
  "processeurs", "accelerateur", "accelerateurs", "carte", "cartes", "modele", "modeles",
  "serveur", "serveurs", "supercalculateur", "supercalculateurs", "telephone", "telephones",
  "logiciel", "logiciels", "application", "applications", "plateforme", "gamme", "systeme",
  "systemes", "avion", "avions", "vaccin", "vaccins", "compte", "comptes",
  NULL
};

/* Common nouns for organizations: "the startup Humain", "la société
 * Cerebras", "websites such as Reddit". */
static const char * const org_nouns[] = {
  "company", "companies", "firm", "firms", "startup", "startups", "start-up", "start-ups",
  "chipmaker", "chipmakers", "carmaker", "carmakers", "automaker", "automakers",
  "manufacturer", "manufacturers", "maker", "makers", "conglomerate", "giant", "giants",
  "bank", "banks", "lender", "lenders", "insurer", "retailer", "retailers", "operator",
  "operators", "airline", "airlines", "broadcaster", "newspaper", "newspapers", "publisher",
  "website", "websites", "site", "sites", "platform", "platforms", "brand", "brands", "fund",
  "funds", "agency", "outlet", "outlets", "lab", "labs", "laboratory", "supplier",
  "suppliers", "vendor", "vendors", "developer", "developers", "subsidiary", "organization",
  "organizations", "organisation", "organisations", "nonprofit", "charity", "regulator",
  "foundry", "foundries", "hyperscaler", "hyperscalers", "provider", "providers", "club",
  "clubs", "societe", "societes", "entreprise", "entreprises", "firme", "firmes", "groupe",
  "startup", "fabricant", "fabricants", "constructeur", "constructeurs", "geant", "geants",
  "banque", "banques", "fonds", "operateur", "operateurs", "editeur", "fournisseur",
  "fournisseurs", "filiale", "laboratoire", "association", "parti", "syndicat", "journal",
  "quotidien", "hebdomadaire", "chaine", "plateforme", "plateformes", "marque", "marques",
  "enseigne", "agence", "assureur", "compagnie", "compagnies", "fondation", "fonderie",
  "equipe",
  NULL
};

/* Nouns after an organization's name: "Acme shares", "Acme CEO". */
static const char * const org_attributes[] = {
  "shares", "stock", "stocks", "shareholders", "customers", "subscribers", "users",
  "employees", "workers", "engineers", "executive", "executives", "headquarters",
  "subsidiary", "subsidiaries", "cardholders", "ceo", "cfo", "cto", "chairman",
  "chairwoman", "founder", "cofounder", "co-founder", "boss", "revenue", "revenues",
  "earnings", "profits",
  NULL
};

/* "the town of Hillsborough", "la commune de Vignot". */
static const char * const place_nouns[] = {
  "town", "city", "village", "county", "province", "region", "district", "island",
  "borough", "suburb", "port", "capital", "ville", "commune", "departement", "canton",
  "localite", "bourg", "municipality",
  NULL
};

/* Nouns after a place's name: "Essen police", "Gaza residents". */
static const char * const place_attributes[] = {
  "police", "area", "residents", "suburb", "suburbs", "neighborhood", "neighbourhood",
  "airport", "locals", "villagers", "townspeople",
  NULL
};

/* Titles of works and names of events follow these: "the song Geronimo",
 * "le festival Apollonies". */
static const char * const work_nouns[] = {
  "song", "film", "movie", "book", "novel", "album", "programme", "documentary", "musical",
  "opera", "podcast", "festival", "tournament",
  "exhibition", "game", "livre", "roman", "chanson", "emission", "serie", "spectacle",
  "piece", "ouvrage", "tube", "documentaire", "exposition", "concours", "tournoi", "fete",
  "salon", "jeu", "titre", "operation",
  NULL
};

/* A capitalised sequence that starts or ends with one of these names a
 * law, a document or an event: "CHIPS Act", "Entity List", "Davis Cup",
 * "Coupe du monde", "Seconde Guerre mondiale". */
static const char * const event_words[] = {
  "act", "list", "rule", "rules", "framework", "treaty", "accord", "accords", "agreement",
  "plan", "strategy", "initiative", "directive", "regulation", "regulations", "summit",
  "cup", "prize", "award", "awards", "championship", "championships", "olympics",
  "war", "conference", "festival", "expo", "tournament", "trophy", "marathon", "doctrine",
  "protocol", "order", "loi", "decret", "traite", "sommet", "coupe", "prix", "guerre", "jeux",
  "championnat", "tournoi", "trophee", "salon", "exposition", "conference", "fete",
  "reglement", "pacte", "rallye", "olympiades",
  NULL
};

/* Words between a common noun and the name it introduces: "companies such
 * as", "une société appelée", "des entreprises telles que". */
static const char * const name_links[] = {
  "such", "as", "like", "including", "called", "named", "dubbed", "known", "appelee",
  "appele", "appelees", "appeles", "nommee", "nomme", "baptisee", "baptise", "denommee",
  "denomme", "comme", "tels", "telles", "tel", "telle", "que", "notamment", "intitule",
  "intitulee",
  NULL
};

/* "founder of Hack Forums", "PDG de Cerebras": the name is an organization. */
static const char * const org_titles[] = {
  "founder", "cofounder", "co-founder", "ceo", "cfo", "cto", "chairman", "chairwoman",
  "owner", "director", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "pdg", "dg",
  "directeur", "directrice", "patron", "patronne", "dirigeant", "dirigeante",
  NULL
};

/* Every capitalised word is looked up: an open-addressing table keyed by
 * FNV-1a costs a fraction of a GHashTable with g_str_hash and strcmp. */
#define LATIN_SLOTS 8192   /* power of two, more than twice the words */

typedef struct
{
  const char *word;
  guint32     hash;
  guint32     flags;
} LatinSlot;

static LatinSlot *latin_table;

static inline guint32
fnv1a (const char *s)
{
  guint32 h = DOSSIER_LEXICON_HASH_INIT;

  for (; *s != '\0'; s++)
    h = dossier_lexicon_hash_step (h, *s);
  return h;
}

static LatinSlot *
latin_slot (LatinSlot  *table,
            const char *word)
{
  guint32 h = fnv1a (word), k;

  g_assert (*word != '\0');
  for (k = h & (LATIN_SLOTS - 1);; k = (k + 1) & (LATIN_SLOTS - 1))
    {
      LatinSlot *slot = &table[k];

      if (slot->word == NULL || (slot->hash == h && strcmp (slot->word, word) == 0))
        {
          slot->hash = h;
          return slot;
        }
    }
}

static void
add_list (LatinSlot          *table,
          const char * const *words,
          guint               flag)
{
  guint i;

  for (i = 0; words[i] != NULL; i++)
    {
      LatinSlot *slot = latin_slot (table, words[i]);

      slot->word = words[i];
      slot->flags |= flag;
    }
}

static gpointer
build_latin (gpointer data)
{
  LatinSlot *table = g_new0 (LatinSlot, LATIN_SLOTS);

  add_list (table, stop_words, LEX_STOP);
  add_list (table, titles, LEX_TITLE);
  add_list (table, first_names, LEX_FIRST_NAME);
  add_list (table, org_suffixes, LEX_ORG_SUFFIX);
  add_list (table, org_heads, LEX_ORG_HEAD);
  add_list (table, loc_heads, LEX_LOC_HEAD);
  add_list (table, loc_suffixes, LEX_LOC_SUFFIX);
  add_list (table, loc_preps, LEX_LOC_PREP);
  add_list (table, particles, LEX_PARTICLE);
  add_list (table, demonyms, LEX_DEMONYM);
  add_list (table, org_links, LEX_ORG_LINK);
  add_list (table, person_verbs, LEX_PERSON_VERB);
  add_list (table, product_nouns, LEX_PRODUCT);
  add_list (table, org_nouns, LEX_ORG_NOUN);
  add_list (table, org_attributes, LEX_ORG_ATTR);
  add_list (table, place_nouns, LEX_PLACE_NOUN);
  add_list (table, place_attributes, LEX_PLACE_ATTR);
  add_list (table, work_nouns, LEX_WORK_NOUN);
  add_list (table, event_words, LEX_EVENT);
  add_list (table, name_links, LEX_NAME_LINK);
  add_list (table, org_titles, LEX_ORG_TITLE);
  for (guint i = 0, n = 0; i < LATIN_SLOTS; i++)
    g_assert ((n += table[i].word != NULL) < LATIN_SLOTS / 2);
  return table;
}

static inline const LatinSlot *
get_latin_table (void)
{
  static GOnce once = G_ONCE_INIT;

  if (G_UNLIKELY (latin_table == NULL))
    latin_table = g_once (&once, build_latin, NULL);
  return latin_table;
}

/* Whether @word is the @len bytes of @folded_word: compared inline, the
 * words are short and a call to strncmp() cost more than the comparison.
 * @folded_word has no NUL in its first @len bytes, so a shorter @word
 * stops the loop at its NUL. */
static inline gboolean
same_word (const char *word,
           const char *folded_word,
           gsize       len)
{
  gsize i;

  for (i = 0; i < len; i++)
    if (word[i] != folded_word[i])
      return FALSE;
  return word[len] == '\0';
}

guint
dossier_lexicon_latin_hashed (const char *folded_word,
                              gsize       len,
                              guint32     hash)
{
  const LatinSlot *table = get_latin_table ();
  guint32 k;

  for (k = hash & (LATIN_SLOTS - 1);; k = (k + 1) & (LATIN_SLOTS - 1))
    {
      const LatinSlot *slot = &table[k];

      if (slot->word == NULL)
        return 0;
      if (slot->hash == hash && same_word (slot->word, folded_word, len))
        return slot->flags;
    }
}

guint
dossier_lexicon_latin (const char *folded_word)
{
  return dossier_lexicon_latin_hashed (folded_word, strlen (folded_word), fnv1a (folded_word));
}
