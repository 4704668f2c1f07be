/** Comparing two rosters (人籍核对, 控辍保学): two checked lists → who left, who came, what changed. */
export { compareRosters, type CompareOptions } from "./compare";
export { compareSideOf, isUnreadableSide } from "./side";
export { matchRosters } from "./match";
export { compareWords, KEY_FIELD_WORDS, MATCH_WORDS, NOTE_WORDS, noteText, spanText } from "./messages";
export * from "./types";
