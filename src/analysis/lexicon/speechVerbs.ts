// Speech and attribution cues. Forms are listed explicitly: compromise's lemma alternation
// (`({say}|{tell})`) silently matches nothing, and a plain word list is fast and predictable.

function forms(...lemmas: string[]): string[] {
  return lemmas.flatMap((l) => l.split('|'));
}

/** Verbs that introduce what someone said or wrote (direct or reported). */
const SPEECH = forms(
  'say|says|said|saying',
  'tell|tells|told|telling',
  'speak|speaks|spoke|speaking',
  'claim|claims|claimed|claiming',
  'announce|announces|announced|announcing',
  'warn|warns|warned|warning',
  'decry|decries|decried|decrying',
  'estimate|estimates|estimated',
  'add|adds|added|adding',
  'state|states|stated|stating',
  'note|notes|noted|noting',
  'explain|explains|explained|explaining',
  'argue|argues|argued|arguing',
  'insist|insists|insisted|insisting',
  'report|reports|reported|reporting',
  'confirm|confirms|confirmed|confirming',
  'deny|denies|denied|denying',
  'admit|admits|admitted|admitting',
  'suggest|suggests|suggested|suggesting',
  'reveal|reveals|revealed|revealing',
  'write|writes|wrote|writing',
  'acknowledge|acknowledges|acknowledged|acknowledging',
  'assert|asserts|asserted|asserting',
  'allege|alleges|alleged|alleging',
  'declare|declares|declared|declaring',
  'reply|replies|replied|replying',
  'respond|responds|responded|responding',
  'comment|comments|commented|commenting',
  'continue|continues|continued',
  'tweet|tweets|tweeted|tweeting',
  'posted',
  'ask|asks|asked|asking',
  'urge|urges|urged|urging',
  'predict|predicts|predicted|predicting',
  'stress|stresses|stressed|stressing',
  'emphasise|emphasises|emphasised|emphasize|emphasizes|emphasized',
  'maintain|maintains|maintained',
  'contend|contends|contended',
  'observe|observes|observed',
  'remark|remarks|remarked',
  'conclude|concludes|concluded',
  'concede|concedes|conceded',
  'complain|complains|complained|complaining',
  'promise|promises|promised|promising',
  'vow|vows|vowed',
  'pledge|pledges|pledged',
  'threaten|threatens|threatened',
  'theorize|theorizes|theorized|theorise|theorises|theorised',
  'speculate|speculates|speculated',
  'caution|cautions|cautioned',
  'reasoned',
  'counter|counters|countered',
  'retort|retorts|retorted',
  'hint|hints|hinted',
  'signal|signals|signaled|signalled',
  'forecast|forecasts|forecasted',
  'lament|lamented|laments',
  'recall|recalls|recalled',
  'agree|agrees|agreed',
  'testify|testifies|testified',
  'joke|jokes|joked',
  'quip|quips|quipped',
  'describe|describes|described',
  'call|calls|called',
  'accuse|accuses|accused',
  'point out|points out|pointed out',
  'read|reads',
  'show|shows|showed',
  'find|finds|found',
  'indicate|indicates|indicated',
  'mention|mentions|mentioned',
  'express|expresses|expressed',
  'reiterate|reiterates|reiterated',
  'boast|boasts|boasted',
  'demand|demands|demanded',
  'shout|shouts|shouted',
  'cry|cries|cried',
  'exclaim|exclaims|exclaimed',
  'whisper|whispers|whispered',
  'recount|recounts|recounted',
  'assure|assures|assured',
  'inform|informs|informed',
);

/** Verbs of belief and knowledge: attributions too, but only when a clause follows. */
const COGNITION = forms(
  'think|thinks|thought',
  'believe|believes|believed',
  'feel|feels|felt',
  'hope|hopes|hoped',
  'expect|expects|expected',
  'fear|fears|feared',
  'suspect|suspects|suspected',
  'know|knows|knew',
  'realize|realizes|realized|realise|realises|realised',
  'remember|remembers|remembered',
  'understand|understands|understood',
  'worry|worries|worried',
  'hear|hears|heard',
  'decide|decides|decided',
  'recognize|recognizes|recognized|recognise|recognises|recognised',
  'learn|learns|learned|learnt',
  'discover|discovers|discovered',
  'notice|notices|noticed',
  'guess|guesses|guessed',
  'suppose|supposes|supposed',
  'assume|assumes|assumed',
  'doubt|doubts|doubted',
  'imagine|imagines|imagined',
  'wish|wishes|wished',
);

/** Adjectives of stance after a form of "be" ("I'm disappointed that …", "she was sure the …"): claims with a clause. */
const STANCE = ['sure', 'convinced', 'confident', 'certain', 'aware', 'disappointed', 'happy', 'glad', 'pleased', 'concerned', 'worried', 'afraid', 'surprised', 'proud', 'hopeful', 'optimistic', 'adamant'];

export function isStance(word: string): boolean {
  return STANCE.includes(word.toLowerCase());
}

/** Cues that take a listener before the content ("told reporters", "assured the crowd"). */
export const TAKES_LISTENER = new Set(forms('tell|tells|told|telling', 'assure|assures|assured', 'inform|informs|informed', 'warn|warns|warned', 'remind|reminds|reminded', 'urge|urges|urged'));

/** Cues so common outside speech that they only count next to a quotation mark ("called", "read"). */
export const QUOTE_ONLY = new Set(forms('speak|speaks|spoke|speaking', 'continue|continues|continued', 'posted', 'read|reads', 'ask|asks|asked|asking', 'call|calls|called', 'describe|describes|described', 'express|expresses|expressed', 'demand|demands|demanded', 'shout|shouts|shouted', 'cry|cries|cried', 'exclaim|exclaims|exclaimed', 'whisper|whispers|whispered', 'mention|mentions|mentioned', 'recount|recounts|recounted', 'quip|quips|quipped'));

/**
 * Cues whose object is itself the claim ("decried the election as fraudulent", "denied the
 * report"); every other cue needs a clause after it ("said (that) the union would …").
 */
export const TAKES_OBJECT = new Set(forms('announce|announces|announced|announcing', 'decry|decries|decried|decrying', 'deny|denies|denied|denying', 'confirm|confirms|confirmed|confirming', 'estimate|estimates|estimated', 'claim|claims|claimed|claiming', 'predict|predicts|predicted|predicting', 'reveal|reveals|revealed|revealing', 'allege|alleges|alleged|alleging', 'report|reports|reported|reporting', 'warn|warns|warned|warning', 'acknowledge|acknowledges|acknowledged|acknowledging', 'admit|admits|admitted|admitting', 'promise|promises|promised|promising', 'pledge|pledges|pledged', 'vow|vows|vowed', 'threaten|threatens|threatened'));

const ALL = [...SPEECH, ...COGNITION, ...STANCE].sort((a, b) => b.length - a.length);

export function isCognition(word: string): boolean {
  return COGNITION.includes(word.toLowerCase()) || isStance(word);
}

/** Every cue word or phrase in `text` (lower-cased match), plus "according to" and "in the words of". */
export const CUE_RE = new RegExp(`\\b(according to|in the words of|attributed to|${ALL.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

export function cueWord(cue: string): string {
  return cue.toLowerCase().replace(/\s+/g, ' ');
}
