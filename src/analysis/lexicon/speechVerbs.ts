// The one speech-verb lexicon: every verb that can introduce what someone said, wrote or thinks,
// with what it says of the speaker's stance and how it takes its content. Forms are listed
// explicitly: compromise's lemma alternation (`({say}|{tell})`) silently matches nothing, and a
// plain word list is fast and predictable. Every other module reads its verb lists from here.
import type { Stance } from '../model';

/**
 * How a verb takes its content:
 * - `q` quote-only: so common outside speech ("called", "read", "laughed") that it is a cue only
 *   next to a quotation mark or before an explicit "that";
 * - `o` takes an object that is itself the claim ("denied the report", "announced a strike");
 *   every other verb needs a clause ("said (that) the union would …");
 * - `l` takes a listener before the content ("told reporters that …");
 * - `c` cognition: belief or knowledge, a claim only when a clause follows ("thinks the …");
 * - `i` inverts after a quote or before a name ("…," said Varga): a name right after it is a person.
 */
type Flags = string;

/** lemma forms (space separated) | stance | flags */
const TABLE = `
say says said saying                      | neutral    | i
tell tells told telling                   | neutral    | l
speak speaks spoke speaking               | neutral    | q
claim claims claimed claiming             | assertive  | o
announce announces announced announcing   | neutral    | o
warn warns warned warning                 | warning    | ol
caution cautions cautioned cautioning     | warning    |
decry decries decried decrying            | accusation | o
estimate estimates estimated              | hedged     | o
add adds added adding                     | neutral    | i
state states stated stating               | neutral    |
note notes noted noting                   | neutral    |
explain explains explained explaining     | neutral    | i
argue argues argued arguing               | assertive  |
insist insists insisted insisting         | assertive  |
report reports reported reporting         | neutral    | o
confirm confirms confirmed confirming     | neutral    | o
deny denies denied denying                | denial     | o
admit admits admitted admitting           | admission  | o
concede concedes conceded conceding       | admission  |
acknowledge acknowledges acknowledged acknowledging | admission | o
confess confesses confessed               | admission  |
suggest suggests suggested suggesting     | hedged     |
reveal reveals revealed revealing         | neutral    | o
disclose discloses disclosed              | neutral    |
write writes wrote writing                | neutral    | i
assert asserts asserted asserting         | assertive  |
allege alleges alleged alleging           | accusation | o
accuse accuses accused accusing           | accusation | o
charged                                   | accusation | q
blamed                                    | accusation | q
declare declares declared declaring       | assertive  |
reply replies replied replying            | neutral    | i
respond responds responded responding     | neutral    |
answered                                  | neutral    | q
comment comments commented commenting     | neutral    |
continue continues continued              | neutral    | qi
tweet tweets tweeted tweeting             | neutral    |
posted                                    | neutral    | q
emailed                                   | neutral    | q
texted                                    | neutral    | q
ask asks asked asking                     | neutral    | qi
urge urges urged urging                   | assertive  | l
predict predicts predicted predicting     | hedged     | o
stress stresses stressed stressing        | assertive  |
emphasise emphasises emphasised emphasize emphasizes emphasized | assertive |
maintain maintains maintained             | assertive  |
contend contends contended                | assertive  |
observe observes observed                 | neutral    |
remark remarks remarked                   | neutral    |
conclude concludes concluded              | neutral    |
complain complains complained complaining | accusation |
promise promises promised promising       | assertive  | o
vow vows vowed                            | assertive  | o
pledge pledges pledged                    | assertive  | o
threaten threatens threatened             | warning    | o
theorize theorizes theorized theorise theorises theorised | hedged |
speculate speculates speculated           | hedged     |
reasoned                                  | hedged     |
counter counters countered                | assertive  |
retort retorts retorted                   | assertive  |
hint hints hinted                         | hedged     |
signal signals signaled signalled         | hedged     |
forecast forecasts forecasted             | hedged     |
lament lamented laments                   | neutral    |
recall recalls recalled                   | neutral    |
agree agrees agreed                       | neutral    |
testify testifies testified               | neutral    |
joke jokes joked                          | neutral    |
quip quips quipped                        | neutral    | q
describe describes described              | neutral    | q
call calls called                         | neutral    | q
point out points out pointed out          | neutral    |
read reads                                | neutral    | q
show shows showed                         | neutral    |
find finds found                          | neutral    |
indicate indicates indicated              | hedged     |
mention mentions mentioned                | neutral    | q
express expresses expressed               | neutral    | q
reiterate reiterates reiterated           | assertive  |
boast boasts boasted                      | assertive  |
bragged                                   | assertive  | q
demand demands demanded                   | assertive  | q
shout shouts shouted                      | neutral    | q
yelled                                    | neutral    | q
screamed                                  | neutral    | q
cry cries cried                           | neutral    | q
exclaim exclaims exclaimed                | neutral    | q
whisper whispers whispered                | neutral    | q
muttered                                  | neutral    | q
murmured                                  | neutral    | q
recount recounts recounted                | neutral    | q
assure assures assured                    | assertive  | l
inform informs informed                   | neutral    | l
remind reminds reminded                   | neutral    | l
gushed gushes                             | neutral    | q
scoffed scoffs                            | accusation | q
mocked                                    | accusation | q
mused muses                               | hedged     | q
pleaded                                   | assertive  | q
begged                                    | assertive  | q
sighed                                    | neutral    | q
chanted                                   | neutral    | q
blurted blurted out                       | neutral    | q
chimed in chimes in                       | neutral    | q
interjected interjects                    | neutral    | q
interrupted                               | neutral    | q
snapped                                   | neutral    | q
fumed                                     | accusation | q
grumbled                                  | accusation | q
griped                                    | accusation | q
laughed                                   | neutral    | q
barked                                    | neutral    | q
beamed                                    | neutral    | q
boomed                                    | neutral    | q
echoed                                    | neutral    | q
pondered                                  | hedged     | q
thundered                                 | assertive  | q
roared                                    | neutral    | q
sneered                                   | accusation | q
hissed                                    | accusation | q
growled                                   | accusation | q
chided                                    | accusation | q
scolded                                   | accusation | q
marveled marvelled                        | neutral    | q
cracked                                   | neutral    | q
teased                                    | neutral    | q
intoned                                   | neutral    | q
groaned                                   | neutral    | q
vented                                    | accusation | q
ranted                                    | accusation | q
confided                                  | admission  | q
reminisced                                | neutral    | q
smiled                                    | neutral    | q
shrugged                                  | neutral    | q
nodded                                    | neutral    | q
raged                                     | accusation | q
railed                                    | accusation | q
bemoaned bemoans                          | accusation | q
lashed out                                | accusation | q
shot back                                 | assertive  | q
fired back                                | assertive  | q
went on                                   | neutral    | q
put it puts it                            | neutral    | q
elaborated                                | neutral    | q
clarified                                 | neutral    |
opined opines                             | assertive  |
ventured                                  | hedged     | q
proclaimed proclaims                      | assertive  |
affirmed                                  | assertive  |
swore                                     | assertive  |
guaranteed                                | assertive  |
reassured                                 | assertive  | l
touted                                    | assertive  | q
praised                                   | neutral    | q
hailed                                    | neutral    | q
criticized criticised                     | accusation | q
slammed                                   | accusation | q
blasted                                   | accusation | q
condemned                                 | accusation | q
denounced                                 | accusation | q
dismissed                                 | denial     | q
rejected                                  | denial     | q
refuted                                   | denial     |
rebutted                                  | denial     | q
disputed                                  | denial     | q
questioned                                | hedged     | q
wondered wonders                          | hedged     | q
inquired                                  | neutral    | q
recommended                               | assertive  |
proposed                                  | assertive  |
advised                                   | neutral    | l
surmised                                  | hedged     |
posited                                   | hedged     |
hypothesized                              | hedged     |
think thinks thought                      | hedged     | c
believe believes believed                 | hedged     | c
feel feels felt                           | hedged     | c
hope hopes hoped                          | hedged     | c
expect expects expected                   | hedged     | c
fear fears feared                         | warning    | c
suspect suspects suspected                | hedged     | c
know knows knew                           | neutral    | c
realize realizes realized realise realises realised | neutral | c
remember remembers remembered             | neutral    | c
understand understands understood         | neutral    | c
worry worries worried                     | warning    | c
hear hears heard                          | neutral    | c
decide decides decided                    | neutral    | c
recognize recognizes recognized recognise recognises recognised | admission | c
learn learns learned learnt               | neutral    | c
discover discovers discovered             | neutral    | c
notice notices noticed                    | neutral    | c
guess guesses guessed                     | hedged     | c
suppose supposes supposed                 | hedged     | c
assume assumes assumed                    | hedged     | c
doubt doubts doubted                      | hedged     | c
imagine imagines imagined                 | hedged     | c
wish wishes wished                        | hedged     | c
reckons reckoned                          | hedged     | c
`;

/** Adjectives of stance after a form of "be" ("I'm disappointed that …", "she was sure the …"): claims with a clause. */
const STANCE_ADJECTIVES: Record<string, Stance> = {
  sure: 'assertive', convinced: 'assertive', confident: 'assertive', certain: 'assertive', adamant: 'assertive',
  aware: 'neutral', disappointed: 'neutral', happy: 'neutral', glad: 'neutral', pleased: 'neutral', proud: 'neutral', surprised: 'neutral',
  concerned: 'warning', worried: 'warning', afraid: 'warning',
  hopeful: 'hedged', optimistic: 'hedged',
};

/**
 * Nouns that report what someone said or holds, before a "that" clause: "Lott's assertion that …",
 * "his claim that …". Their stance is the verb's.
 */
const SPEECH_NOUNS: Record<string, Stance> = {
  assertion: 'assertive', claim: 'assertive', contention: 'assertive', insistence: 'assertive', argument: 'assertive', statement: 'neutral',
  remark: 'neutral', comment: 'neutral', announcement: 'neutral', explanation: 'neutral', testimony: 'neutral', view: 'hedged',
  belief: 'hedged', suggestion: 'hedged', prediction: 'hedged', estimate: 'hedged', hope: 'hedged', suspicion: 'hedged', theory: 'hedged',
  allegation: 'accusation', accusation: 'accusation', charge: 'accusation', complaint: 'accusation',
  denial: 'denial', admission: 'admission', concession: 'admission', acknowledgment: 'admission', acknowledgement: 'admission',
  warning: 'warning', fear: 'warning', concern: 'warning', threat: 'warning', promise: 'assertive', pledge: 'assertive', vow: 'assertive',
};

/** A noun that reports speech or belief before "that" ("assertion", "claim"), or undefined. */
export function speechNoun(word: string): Stance | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  return Object.prototype.hasOwnProperty.call(SPEECH_NOUNS, w) ? SPEECH_NOUNS[w] : undefined;
}

interface VerbInfo {
  stance: Stance;
  flags: Flags;
}

const VERBS = new Map<string, VerbInfo>();
for (const line of TABLE.trim().split('\n')) {
  const [formsText, stance, flags = ''] = line.split('|').map((s) => s.trim());
  // Multi-word forms ("pointed out") are written with their words; single forms are split on spaces.
  const forms = /\b(out|in|back|on|it)\b/.test(formsText) ? multiWordForms(formsText) : formsText.split(/\s+/);
  for (const f of forms) VERBS.set(f, { stance: stance as Stance, flags });
}

/** "point out points out pointed out" → ["point out", "points out", "pointed out"] (particles: out, in, back, on, it). */
function multiWordForms(text: string): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (/^(out|in|back|on|it)$/.test(words[i + 1] ?? '')) {
      out.push(`${words[i]} ${words[i + 1]}`);
      i++;
    } else out.push(words[i]);
  }
  return out;
}

const withFlag = (flag: string) => new Set([...VERBS].filter(([, v]) => v.flags.includes(flag)).map(([f]) => f));

/** Cues that take a listener before the content ("told reporters", "assured the crowd"). */
export const TAKES_LISTENER: ReadonlySet<string> = withFlag('l');

/** Cues so common outside speech that they only count next to a quotation mark ("called", "read"). */
export const QUOTE_ONLY: ReadonlySet<string> = withFlag('q');

/**
 * Cues whose object is itself the claim ("decried the election as fraudulent", "denied the
 * report"); every other cue needs a clause after it ("said (that) the union would …").
 */
export const TAKES_OBJECT: ReadonlySet<string> = withFlag('o');

const finite = (f: string) => !/ing$/.test(f) && !f.includes(' ');

/** Speech verbs after which a name is the speaker ("…," said Varga). */
export const INVERTING: ReadonlySet<string> = new Set([...withFlag('i')].filter(finite));

/**
 * One-word finite forms of speech verbs and of the commonest belief verbs: a capitalised word
 * right before one is someone speaking ("Okonkwo said", "Varga thinks").
 */
export const FINITE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  [...VERBS].filter(([f, v]) => finite(f) && (!v.flags.includes('c') || /^(think|thinks|thought|believe|believes|believed)$/.test(f))).map(([f]) => f),
);

export function isStance(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(STANCE_ADJECTIVES, word.toLowerCase());
}

export function isCognition(word: string): boolean {
  const w = word.toLowerCase();
  return !!VERBS.get(w)?.flags.includes('c') || isStance(w);
}

/** The stance a cue expresses; "according to" and unknown cues are neutral. */
export function stanceOf(cue: string): Stance {
  const w = cueWord(cue);
  return VERBS.get(w)?.stance ?? STANCE_ADJECTIVES[w] ?? speechNoun(w) ?? 'neutral';
}

/**
 * How strongly a cue marks speech, 0–1: "said", "told", "according to" are speech; manner verbs
 * ("scoffed") usually are next to a quote; belief verbs ("thinks") report a mind, not words.
 */
export function cueStrength(cue: string): number {
  const w = cueWord(cue);
  if (/^(according to|in the words of|attributed to)$/.test(w)) return 1;
  const v = VERBS.get(w);
  if (!v) return isStance(w) ? 0.3 : 0.5;
  if (v.flags.includes('c')) return 0.4;
  if (v.flags.includes('q')) return 0.7;
  return /^(say|says|said|saying|tell|tells|told|telling)$/.test(w) ? 1 : 0.85;
}

const ALL = [...VERBS.keys(), ...Object.keys(STANCE_ADJECTIVES)].sort((a, b) => b.length - a.length);

/** Every cue word or phrase in `text` (lower-cased match), plus "according to" and "in the words of". */
export const CUE_RE = new RegExp(`\\b(according to|in the words of|attributed to|${ALL.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

export function cueWord(cue: string): string {
  return cue.toLowerCase().replace(/\s+/g, ' ');
}
