export { anchor, mapBoundary, QUOTE_MIN_SIMILARITY, CONTEXT_MIN_SIMILARITY, ONE_SIDE_MIN_SIMILARITY, UNIQUE_VERBATIM_LENGTH, LONG_QUOTE_LENGTH, LONG_QUOTE_SIMILARITY } from './anchor';
export type { AnchorMethod, AnchorResult, AnchorSelectors, Placed, Unplaced } from './anchor';
export { describeRange, CONTEXT_LENGTH } from './selectors';
export type { QuoteSelectors } from './selectors';
