/* dossier-name-lexicon.c — small word lists for finding unknown names
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

/* Chinese */

/* Characters of the standard transliteration tables for foreign names
 * (Xinhua's 外国人名译名 usage). */
static const char zh_translit[] =
  "烈阿埃艾爱安昂敖奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜多厄恩尔"
  "法菲费芬丰弗福盖甘冈戈格贡古哈海汉豪赫亨洪侯胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎"
  "拉莱赖兰朗劳勒雷蕾里利莉丽连林琳卢鲁路伦罗洛吕马玛迈麦曼梅门蒙米密敏莫默姆穆纳娜奈南"
  "内尼妮纽努诺欧帕潘佩彭皮珀普奇齐契乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什施史舒斯松苏索塔泰"
  "坦汤唐特汀图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休亚扬耶伊因英约泽扎詹朱兹佐卫姆"
  "娅奎琪黛芙丝露薇罕顿佛柏符明瑞启宁茨卜惠肖蓬夫京珊缇娃苔龙";

static const char zh_surnames[] =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
  "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
  "贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温胡蔡";

/* Characters that end a name: particles, pronouns, verbs of speech. */
static const char zh_stops[] =
  "的了在和与及向对从是为被将由把给等其该这那此一个已也都而但并于称说以就又还所曾让使很更"
  "最不没有之或即及其中上下年月日号时们您你我他她它们前某各";

static const char * const zh_titles_before[] = {
  "总统", "副总统", "总理", "首相", "部长", "副部长", "主席", "首席执行官", "执行长", "董事长",
  "总裁", "创始人", "发言人", "研究员", "特别助理", "助理", "议员", "参议员", "众议员", "大使",
  "国务卿", "秘书长", "部长", "州长", "市长", "局长", "主任", "经理", "记者", "负责人", "顾问",
  "教授", "博士", "法官", "将军", "国王", "王子", "亲王", "王储", "酋长", "谢赫", "总监",
  "分析师", "经济学家", "官员", "主管", "总干事", "议长", "领导人", "候选人", "创办人",
  "联合创始人", "首席技术官", "首席财务官", "沙皇", "主播", "作家", "导演", "演员", "歌手",
  /* relatives and naming words also come right before a name */
  "儿子", "女儿", "妻子", "丈夫", "母亲", "父亲", "哥哥", "姐姐", "弟弟", "妹妹", "名为",
  "名叫", "叫做", "教皇", "主教", "神父", "牧师", "教练", "球员",
  NULL
};

static const char * const zh_titles_after[] = {
  "先生", "女士", "小姐", "总统", "总理", "首相", "教授", "博士", "部长", "主席", "议员",
  "参议员", "众议员", "大使", "州长", "市长", "将军", "法官", "夫人",
  NULL
};

static const char * const zh_org_suffixes[] = {
  "公司", "集团", "基金会", "委员会", "大学", "学院", "银行", "协会", "研究院", "研究所",
  "组织", "联盟", "部", "局", "署", "党", "法院", "议会", "电视台", "通讯社", "日报", "时报",
  "邮报", "报社", "研究中心", "实验室", "俱乐部",
  "联合会", "理事会", "办公室", "军", "队", "厅", "社",
  NULL
};

static const char * const zh_loc_suffixes[] = {
  "州", "省", "市", "县", "镇", "村", "岛", "山", "河", "湖", "港", "湾", "海", "街", "路",
  "广场", "机场", "大道", "地区", "区", "半岛", "群岛", "山脉", "沙漠", "谷", "城",
  NULL
};

/* Common words written with transliteration characters: 法西斯
 * (fascist), 伊斯兰 (Islam), 巧克力 (chocolate). */
static const char * const zh_loanwords[] = {
  "法西斯", "伊斯兰", "穆斯林", "奥林匹克", "马拉松", "巧克力", "沙发", "咖啡", "吉他", "坦克",
  "雷达", "芭蕾", "比基尼", "迪斯科", "摩托", "尼古丁", "卡路里", "沙拉", "加仑", "盎司",
  "乌托邦", "布尔什维克", "哈里发", "维他命", "托福", "雅思", "因特网", "克隆", "基因", "基金",
  NULL
};

/* The common nouns after 等 that make the items of a list before them
 * organizations: "特斯拉、优步等公司". */
static const char * const zh_list_nouns[] = {
  "公司", "企业", "集团", "机构", "组织", "网站", "平台", "品牌", "银行", "厂商",
  NULL
};

/* Words that describe companies by their trade or their size (科技公司,
 * 大型企业), and the common nouns for companies. */
static const char * const zh_company_descriptions[] = {
  "高科技", "科技", "技术", "投资", "人工智能", "芯片", "半导体", "互联网", "软件", "云计算",
  "数据", "网络", "游戏", "媒体", "金融", "制药", "国有", "私营", "民营", "上市", "跨国",
  "大型", "小型", "初创", "本土", "外资", "相关", "当地", "其他", "大", "小",
  NULL
};

static const char * const zh_company_nouns[] = {
  "公司", "企业", "厂商", "机构",
  NULL
};

static const char * const zh_speech[] = {
  "说", "表示", "称", "指出", "认为", "写道", "透露", "宣布", "强调", "补充", "解释", "告诉",
  "回应", "坦言", "证实", "承认", "否认", "警告", "提出", "声称", "问道", "回答",
  NULL
};


static void
add_chars (GHashTable *table,
           const char *chars,
           guint       flag)
{
  const char *p;

  for (p = chars; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint old = GPOINTER_TO_UINT (g_hash_table_lookup (table, GUINT_TO_POINTER (c)));

      g_hash_table_insert (table, GUINT_TO_POINTER (c), GUINT_TO_POINTER (old | flag));
    }
}

/* Marks the first character of every word, so that most positions are
 * rejected with one lookup. */
static void
add_firsts (GHashTable         *table,
            const char * const *words,
            guint               flag)
{
  guint i;

  for (i = 0; words[i] != NULL; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      guint old = GPOINTER_TO_UINT (g_hash_table_lookup (table, GUINT_TO_POINTER (c)));

      g_hash_table_insert (table, GUINT_TO_POINTER (c), GUINT_TO_POINTER (old | flag));
    }
}

static gpointer
build_zh (gpointer data)
{
  GHashTable *table = g_hash_table_new (NULL, NULL);

  add_chars (table, zh_translit, ZH_TRANSLIT);
  add_chars (table, zh_surnames, ZH_SURNAME);
  add_chars (table, zh_stops, ZH_STOP);
  add_firsts (table, zh_titles_before, ZH_FIRST_TITLE);
  add_firsts (table, zh_titles_after, ZH_FIRST_AFTER);
  add_firsts (table, zh_org_suffixes, ZH_FIRST_ORG);
  add_firsts (table, zh_loc_suffixes, ZH_FIRST_LOC);
  add_firsts (table, zh_speech, ZH_FIRST_SPEECH);
  add_firsts (table, zh_loanwords, ZH_FIRST_LOANWORD);
  return table;
}

/* A flat table for the CJK Unified Ideographs block, where all the
 * characters of these lists are: one load per character (see
 * dossier_lexicon_zh_char() in the header). */
#define ZH_FIRST DOSSIER_LEXICON_ZH_FIRST
#define ZH_LAST  DOSSIER_LEXICON_ZH_LAST

const guint16 *_dossier_lexicon_zh_flat;

/* The word lists as code points, converted once. */
typedef struct
{
  gunichar  first;
  guint     len;
  gunichar *chars;
} Word;

static int
word_cmp (const void *a,
          const void *b)
{
  const Word *x = a, *y = b;

  return x->first < y->first ? -1 : x->first > y->first;
}

/* Sorted by first character, so that a search looks only at the words
 * that start with the character at hand. */
typedef struct
{
  Word *words;
  guint n;
} WordList;

static void
compile_words (const char * const *words,
               WordList           *out)
{
  guint n = g_strv_length ((char **) words), i;

  out->words = g_new0 (Word, n);
  out->n = n;
  for (i = 0; i < n; i++)
    {
      glong len;

      out->words[i].chars = g_utf8_to_ucs4_fast (words[i], -1, &len);
      out->words[i].len = len;
      out->words[i].first = out->words[i].chars[0];
    }
  qsort (out->words, n, sizeof (Word), word_cmp);
}

static WordList w_titles_before, w_titles_after, w_org_suffixes, w_loc_suffixes, w_speech;
static WordList w_loanwords, w_list_nouns, w_company_descriptions, w_company_nouns;

static gpointer
build_zh_flat (gpointer data)
{
  g_autoptr(GHashTable) table = build_zh (NULL);
  guint16 *flat = g_new0 (guint16, ZH_LAST - ZH_FIRST + 1);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gunichar c = GPOINTER_TO_UINT (key);

      if (c >= ZH_FIRST && c <= ZH_LAST)
        flat[c - ZH_FIRST] = GPOINTER_TO_UINT (value);
    }
  /* The word lists are only read after a first-character check, which
   * goes through dossier_lexicon_zh_char() and so through here first. */
  compile_words (zh_titles_before, &w_titles_before);
  compile_words (zh_titles_after, &w_titles_after);
  compile_words (zh_org_suffixes, &w_org_suffixes);
  compile_words (zh_loc_suffixes, &w_loc_suffixes);
  compile_words (zh_speech, &w_speech);
  compile_words (zh_loanwords, &w_loanwords);
  compile_words (zh_list_nouns, &w_list_nouns);
  compile_words (zh_company_descriptions, &w_company_descriptions);
  compile_words (zh_company_nouns, &w_company_nouns);
  return flat;
}

void
_dossier_lexicon_zh_init (void)
{
  static GOnce once = G_ONCE_INIT;

  _dossier_lexicon_zh_flat = g_once (&once, build_zh_flat, NULL);
}

static guint
longest_word_at (const WordList *list,
                 const gunichar *s,
                 guint           len)
{
  guint best = 0, lo = 0, hi = list->n, i;

  /* the first word starting with s[0] */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (list->words[mid].first < s[0])
        lo = mid + 1;
      else
        hi = mid;
    }
  for (i = lo; i < list->n && list->words[i].first == s[0]; i++)
    {
      const Word *w = &list->words[i];
      guint k;

      if (w->len > len || w->len <= best)
        continue;
      for (k = 1; k < w->len && w->chars[k] == s[k]; k++)
        ;
      if (k == w->len)
        best = k;
    }
  return best;
}

guint
dossier_lexicon_zh_title (const gunichar *s,
                          guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_TITLE))
    return 0;
  return longest_word_at (&w_titles_before, s, len);
}

guint
dossier_lexicon_zh_title_after (const gunichar *s,
                                guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_AFTER))
    return 0;
  return longest_word_at (&w_titles_after, s, len);
}

guint
dossier_lexicon_zh_org_suffix (const gunichar *s,
                               guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_ORG))
    return 0;
  return longest_word_at (&w_org_suffixes, s, len);
}

guint
dossier_lexicon_zh_loc_suffix (const gunichar *s,
                               guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_LOC))
    return 0;
  return longest_word_at (&w_loc_suffixes, s, len);
}

guint
dossier_lexicon_zh_speech (const gunichar *s,
                           guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_SPEECH))
    return 0;
  return longest_word_at (&w_speech, s, len);
}

/* The lists below are searched at few places: no first-character flag,
 * but the table must be built. */
static guint
longest_word_at_init (const WordList *list,
                      const gunichar *s,
                      guint           len)
{
  if (len == 0)
    return 0;
  if (G_UNLIKELY (_dossier_lexicon_zh_flat == NULL))
    _dossier_lexicon_zh_init ();
  return longest_word_at (list, s, len);
}

guint
dossier_lexicon_zh_loanword (const gunichar *s,
                             guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_LOANWORD))
    return 0;
  return longest_word_at (&w_loanwords, s, len);
}

guint
dossier_lexicon_zh_list_noun (const gunichar *s,
                              guint           len)
{
  return longest_word_at_init (&w_list_nouns, s, len);
}

guint
dossier_lexicon_zh_company_description (const gunichar *s,
                                        guint           len)
{
  return longest_word_at_init (&w_company_descriptions, s, len);
}

guint
dossier_lexicon_zh_company_noun (const gunichar *s,
                                 guint           len)
{
  return longest_word_at_init (&w_company_nouns, s, len);
}
