/** How note exports write actor mentions: the user's choice in the Export view, kept in settings. */
import { MENTION_STYLES, type MentionStyle } from '../../shared/export/note-markdown';
import { getSetting, setSetting } from '../db/settings';

export const MENTION_STYLE_SETTING = 'export.mentionStyle';

export async function getMentionStyle(): Promise<MentionStyle> {
  const value = await getSetting<string>(MENTION_STYLE_SETTING, 'wikilink');
  return (MENTION_STYLES as readonly string[]).includes(value) ? (value as MentionStyle) : 'wikilink';
}

const listeners = new Set<() => void>();

export async function setMentionStyle(style: MentionStyle): Promise<void> {
  await setSetting(MENTION_STYLE_SETTING, style);
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after the style is changed; returns the unsubscribe. */
export function onMentionStyleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

