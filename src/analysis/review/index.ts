// Reviews: a fact-checker's verdicts, notes and corrections on top of an analysis (schema
// claimlens-review/1). Pure, no vscode: the extension, the CLI and the tests share all of it.
export * from './model';
export { anchor, describeTarget, contextScore, type Anchor, type AnchorMethod } from './anchor';
export { parseReview, reviewFromJson, ReviewFileError } from './parse';
export { serializeReview } from './serialize';
export { applyReview, type ReviewApplication } from './apply';
export { mergeReviews, resolveConflict, type MergeResult, type ReviewConflict } from './merge';
export { updateClaim, addClaim, removeItems, restoreClaim, updateEntity, type ClaimChange, type EntityChange } from './edit';
export { formatW3c, toW3cAnnotations, W3C_CONTEXT, type W3cOptions } from './w3c';
