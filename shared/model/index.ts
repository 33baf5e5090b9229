export type * from './article';
export type * from './quote';
export type * from './actor';
export type * from './note';
export { HIGHLIGHT_COLORS } from './quote';
export { ACTOR_KINDS } from './actor';

/** A user setting, stored by key. */
export interface Setting {
  key: string;
  value: unknown;
}
