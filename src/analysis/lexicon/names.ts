// Word lists the name rules lean on. Lower-case keys; general English news vocabulary only, so the
// rules keep working on articles we have never seen.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Words that make the capitalised words after them a title rather than a name ("U.S. President",
 * "Transport Minister", "Ms."). The name starts after the last of them.
 */
export const TITLE_WORDS = set(`
  president vice minister premier chancellor secretary senator sen governor gov mayor judge justice
  general gen colonel col captain capt lieutenant lt sergeant sgt major commander admiral officer
  chief director chairman chairwoman chairperson chair spokesman spokeswoman spokesperson
  professor prof dr doctor mr mrs ms miss mx sir dame lord lady king queen prince princess emperor
  empress pope cardinal archbishop bishop rev reverend father pastor rabbi imam sheikh ambassador
  commissioner deputy representative rep congressman congresswoman
  councillor councilman councilwoman coach detective inspector superintendent sheriff constable
  speaker leader administrator ceo cfo coo founder chancellor attorney prosecutor
  mp mep democrat republican
`);

/** Titles that on their own say nothing about gender; these do. */
export const FEMALE_TITLES = set('mrs ms miss dame lady queen princess empress chairwoman spokeswoman congresswoman councilwoman');
export const MALE_TITLES = set('mr sir lord king prince emperor chairman spokesman congressman councilman father');

/**
 * Lower-case nouns that, right before a capitalised name, say it is a person ("analyst Adaeze
 * Okonkwo", "crane operator Tunde Bakare") and, as the head of an apposition, describe one.
 */
export const PERSON_NOUNS = set(`
  analyst engineer operator spokesman spokeswoman spokesperson minister president director officer
  official leader author writer novelist poet actor actress musician singer songwriter guitarist
  drummer rapper dancer player striker goalkeeper coach manager captain professor researcher
  scientist physicist chemist biologist astronomer astronaut lawyer attorney judge senator governor
  mayor candidate founder cofounder co-founder chairman chairwoman chief ceo executive economist
  expert commander general secretary editor producer filmmaker artist painter photographer
  politician lawmaker legislator councillor activist campaigner organiser organizer resident
  student teacher doctor nurse surgeon physician farmer driver pilot worker trader owner
  businessman businesswoman entrepreneur investor banker journalist reporter correspondent columnist
  blogger historian philosopher architect designer diplomat ambassador envoy negotiator mediator
  member chairperson president-elect interviewee survivor witness victim suspect defendant
  plaintiff prosecutor detective sheriff inspector officer soldier veteran priest pastor bishop
  rabbi imam monk nun pope king queen prince princess wife husband son daughter mother father
  brother sister uncle aunt cousin friend colleague partner boyfriend girlfriend fan supporter
  opponent rival challenger incumbent nominee deputy aide adviser advisor consultant spokesperson
  head principal dean lecturer instructor trainer referee umpire athlete runner cyclist swimmer
  boxer wrestler golfer skater skier climber explorer inventor developer programmer magician
  comedian host presenter anchor commentator critic curator librarian archivist scholar
  academic psychologist psychiatrist therapist pharmacist dentist veterinarian midwife paramedic
  firefighter policeman policewoman marshal ranger guard chef cook baker waiter shopkeeper
  vendor clerk accountant auditor administrator regulator inspector operator technician mechanic
  electrician plumber carpenter builder miner fisherman sailor captain crew docker dockworker
  volunteer organiser coordinator campaigner protester demonstrator striker picket
  premier chancellor governor-general emir sultan sheikh president-elect vice-president

`);

/** Last words of organisation names ("Harbour Workers' Union", "Valmera Port Authority"). */
export const ORG_HEADS = set(`
  union authority agency association federation confederation council committee commission
  ministry department office bureau board party church university college school academy institute
  institution foundation trust fund bank corporation corp inc incorporated ltd limited llc plc co
  company government group holdings partners press news times post herald tribune journal gazette telegraph
  guardian observer chronicle courier review magazine network channel radio television tv broadcasting
  airlines airways railways motors industries systems technologies labs laboratories pharmaceuticals
  research consulting services club league federation team society organization organisation
  alliance coalition movement front congress parliament assembly senate court tribunal police
  army navy force forces guard corps command administration service services library
  inc. ltd. corp. co. agency commission cooperative co-op exchange
  reserve council secretariat mission embassy consulate observatory orchestra band choir
  foundation network shipping logistics energy media
  entertainment capital partners ventures solutions studios records publishing engineering
  gaming games weekly daily brotherhood sisterhood municipality order friends conference
  convention federation chamber
  construction consulting lab laboratory
`);

/** Last words of place names ("Ross Sea", "Eureka Springs"). */
export const PLACE_HEADS = set(`
  street st road avenue boulevard square lane river sea ocean lake bay gulf island islands isles states
  mountain mountains mount mt hill hills valley desert peninsula coast beach park county province
  state city town village district region territory republic kingdom springs falls canyon harbour
  harbor port airport station bridge strait straits channel shelf glacier plateau forest
  center centre museum stadium arena base mosque cathedral temple palace tower facility complex
  hospital clinic memorial planetarium zoo
`);

/** Acronyms that name places, not organisations. */
export const PLACE_ACRONYMS = set('us u.s. usa u.s.a. uk u.k. uae u.a.e. drc prc roc ussr nyc la l.a. d.c. dc nz hk');

/** All-capital words that are not names at all. */
export const NOT_NAME_ACRONYMS = set(`
  i ii iii iv vi vii viii ix xi xii ok tv am pm a.m. p.m. ceo cfo coo cto gdp dna rna aids hiv
  covid pdf faq usd eur gbp id vs etc jr sr phd md mp mep bc ad ce bce am fm uk- lol omg fyi ps
  pr hq ai it vip gmt utc est pst iq xml html http https url pdf cc gpl pov irc vm rov gnp cpi ppe suv
  ufo atm gps led lcd usb dvd cd mp3 sms qc kc sc obe mbe cbe frs rsvp asap diy faq fyi tba tbd
`);

/** Lower-case words allowed inside a multi-word name ("University of Sheffield", "Simón de la Cruz"). */
export const NAME_CONNECTORS = set("of de del della di da das dos du la le van von der den ter bin ibn al el y & for the");
/** Of those, the ones a person's name can hold. */
export const PERSON_CONNECTORS = set('de del della di da das dos du la le van von der den ter bin ibn al el y');


/** Capitalised words that are never (part of) a name: sentence openers a tagger may mistake. */
export const NEVER_NAMES = set(`
  the a an this that these those there here it its he she they we you i his her their our my your
  monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december today yesterday tomorrow however
  meanwhile image file photo photos video source sources update updated editor note related
  according does did do is are was were has have had will would can could should must not
  hey hi hello dear thanks thank oh yes no well okay please sorry in on at by with from into to
`);

/** Nouns after a possessive name that make it a person's or an organisation's thing, not a name ("Maduro's government"). */
export const POSSESSED_NOUNS = set(`
  government office administration forces campaign party cabinet regime team family lawyer lawyers
  spokesman spokeswoman spokesperson wife husband son daughter supporters allies aides staff
  military army navy police
`);

/**
 * Nouns for those who speak on their principal's behalf: "her campaign said", "Lott's lawyer said"
 * report what the principal says (a wife or a son speaks for herself or himself).
 */
/**
 * People who work for a body: "a spokesperson for X", "analysts at X" make an unknown X an
 * organisation ("a lawyer for X" does not: lawyers act for people as often).
 */
export const WORKS_FOR_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials
  employee employees executive executives analyst analysts economist economists researcher
  researchers staffer staffers
`);

export const SPEAKS_FOR_NOUNS = set(`
  campaign office administration government spokesman spokeswoman spokesperson spokespeople
  lawyer lawyers attorney attorneys representative representatives aide aides staff team camp
  publicist
`);

/** Role nouns the claims pass resolves ("the agency warned"), with the words an entity's name or roles may hold instead. */
export const ROLE_NOUN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  agency: ['agency', 'authority', 'administration', 'commission', 'bureau', 'service', 'department', 'office'],
  authority: ['authority', 'agency', 'administration', 'commission'],
  company: ['company', 'firm', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'group', 'holdings', 'shipping', 'airlines', 'motors'],
  firm: ['firm', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'group'],
  union: ['union'],
  ministry: ['ministry', 'department'],
  department: ['department', 'ministry'],
  government: ['government', 'administration'],
  party: ['party'],
  court: ['court', 'tribunal'],
  police: ['police'],
  university: ['university', 'college'],
  group: ['group', 'organization', 'organisation', 'association'],
  organization: ['organization', 'organisation', 'association', 'group'],
  organisation: ['organization', 'organisation', 'association', 'group'],
};

/**
 * News organisations and platforms articles cite by a bare name ("according to Reuters", "Wikinews
 * interviewed"): common enough in news to know by name, and not known to compromise.
 */
export const KNOWN_ORGS = new Set(
  [
    'wikinews', 'wikipedia', 'wikimedia', 'reuters', 'afp', 'ap', 'bbc', 'cnn', 'xinhua', 'yonhap', 'kcna', 'tass', 'interfax',
    'bloomberg', 'nbc', 'abc', 'cbs', 'msnbc', 'fox news', 'al jazeera', 'associated press', 'efe', 'dpa', 'ansa', 'npr', 'pbs',
    'twitter', 'facebook', 'google', 'youtube', 'instagram', 'tiktok', 'reddit', 'microsoft', 'apple', 'amazon',
  ],
);

/**
 * Everyday short names of a few countries and bodies, folded ("u s" is "U.S."), and the full name
 * they stand for: "US", "U.S.", "USA" and "United States" are one place.
 */
export const STANDARD_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'], ['u s', 'united states'], ['usa', 'united states'], ['u s a', 'united states'],
  ['united states of america', 'united states'], ['america', 'united states'],
  ['uk', 'united kingdom'], ['u k', 'united kingdom'], ['britain', 'united kingdom'], ['great britain', 'united kingdom'],
  ['un', 'united nations'], ['u n', 'united nations'],
  ['eu', 'european union'], ['uae', 'united arab emirates'], ['u a e', 'united arab emirates'],
  ['dprk', 'north korea'], ['prc', 'china'], ['people s republic of china', 'china'], ['ussr', 'soviet union'],
]);

/** Role words that tell a person's gender when nothing else does. */
export const FEMALE_ROLE_WORDS = set(`
  woman spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman actress waitress
  wife mother daughter sister aunt niece grandmother girlfriend widow queen princess duchess countess
  empress nun mrs ms miss lady dame
`);
export const MALE_ROLE_WORDS = set(`
  man spokesman chairman businessman congressman councilman policeman waiter husband father son brother
  uncle nephew grandfather boyfriend widower king prince duke count emperor monk mr sir lord
`);
