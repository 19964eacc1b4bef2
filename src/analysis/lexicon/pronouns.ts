// Pronoun word lists used by more than one rule. Lists whose words differ stay with their rule,
// since merging them would change what the rules match: claims/para.ts PRONOUNS,
// output/exportFormats.ts PRONOUNS, and nlp/retag.ts ALWAYS_POSSESSIVE (no object-or-possessive "her").

/** A possessive determiner, case-sensitive: a speech word after one is a noun ("her claims", "his statement"). */
export const POSSESSIVE_PRONOUN = /^(his|her|its|their|our|my|your)$/;

/** A third-person possessive, any case: "his claim that …", "her campaign said" point back to someone named. */
export const THIRD_PERSON_POSSESSIVE = /^(his|her|its|their)$/i;
