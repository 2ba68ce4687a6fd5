/**
 * Feature template ids and the key combinators: every feature key is a template id hashed with one
 * or two values, so keys of different templates cannot meet except by hash collision.
 */
import * as hashing from "./hashing.js";

// local copies: under tsx every use of an imported binding is a getter call, and these run per token
const { combineHash } = hashing;

// Template ids: any distinct integers; they seed the combined hashes. Changing one changes the
// keys a trained model was written with, so they are fixed once used.
/** Template id 1. */
export const T_BIAS = 1;
/** Template id 2. */
export const T_WORD = 2;
/** Template id 3. */
export const T_LOWER = 3;
/** Template id 4. */
export const T_PREFIX = 4;
/** Template id 5. */
export const T_SUFFIX = 5;
/** Template id 6. */
export const T_SHAPE = 6;
/** Template id 7. */
export const T_SHAPE_LEN = 7;
/** Template id 8. */
export const T_CAPS = 8;
/** Template id 9. */
export const T_FLAGS = 9;
/** Template id 10. */
export const T_CLUSTER = 10;
/** Template id 11. */
export const T_LOWER_AT = 11;
/** Template id 12. */
export const T_SHAPE_AT = 12;
/** Template id 13. */
export const T_SHAPE_TRI = 13;
/** Template id 14. */
export const T_BIGRAM_LEFT = 14;
/** Template id 15. */
export const T_BIGRAM_RIGHT = 15;
/** Template id 16. */
export const T_CLUSTER_AT = 16;
/** Template id 17. */
export const T_CAPS_START = 17;
/** Template id 18. */
export const T_CAPS_HEADLINE = 18;
/** Template id 19. */
export const T_LEFT_SHAPE = 19;
/** Template id 20. */
export const T_GAZ = 20;
/** Template id 21. */
export const T_GAZ_PART = 21;
/** Template id 22. */
export const T_GAZ_CAPS = 22;
/** Template id 23. */
export const T_PREV1 = 23;
/** Template id 24. */
export const T_PREV2 = 24;
/** Template id 25. */
export const T_PREV1_LOWER = 25;
/** Template id 26. */
export const T_PREV1_SHAPE = 26;
/** Template id 27. */
export const T_STAGE1 = 27;
/** Template id 28. */
export const T_STAGE1_AT = 28;
/** Template id 29. */
export const T_DOC_MAJORITY = 29;
/** Template id 30. */
export const T_DOC_HAS = 30;
/** Template id 31. */
export const T_DOC_MAJORITY_CAPS = 31;
/** Template id 32. */
export const T_WORD_START = 32;
/** Template id 33. */
export const T_CAPS_CONTEXT = 33;
/** Template id 34. */
export const T_RIGHT_SHAPE = 34;
/** Template id 35. */
export const T_CLUSTER_PAIR = 35;
/** Template id 36. */
export const T_LOWER_SKIP = 36;
/** Template id 37. */
export const T_DOC_FIRST = 37;
/** Template id 38. */
export const T_CASING = 38;
/** Template id 39. */
export const T_CASING_CONTEXT = 39;

/** Key of a one-value feature. */
export function hashFeature(template: number, value: number): number {
  return combineHash(template, value);
}

/** Key of a two-value feature. */
export function hashFeature2(template: number, a: number, b: number): number {
  return combineHash(combineHash(template, a), b);
}
