export type * from './article';
export type * from './quote';
export type * from './actor';
export type * from './note';
export type * from './note-nodes';
export { QUOTE_NODE_TYPE, MENTION_NODE_TYPE } from './note-nodes';
export { HIGHLIGHT_COLORS, QUOTE_DRAG_MIME } from './quote';
export { ACTOR_KINDS } from './actor';

/** A user setting, stored by key. */
export interface Setting {
  key: string;
  value: unknown;
}
