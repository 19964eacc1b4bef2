// Pronoun word lists used by more than one rule. Lists whose words or case handling differ stay with
// their rule, since merging them would change what the rules match: claims/para.ts PRONOUNS,
// output/exportFormats.ts PRONOUNS, the his/her/its/their possessives of claims/nominal.ts (any
// case) and claims/resolve.ts, and nlp/retag.ts ALWAYS_POSSESSIVE (no object-or-possessive "her").

/** A possessive determiner, case-sensitive: a speech word after one is a noun ("her claims", "his statement"). */
export const POSSESSIVE_PRONOUN = /^(his|her|its|their|our|my|your)$/;
