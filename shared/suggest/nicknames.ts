/**
 * A nickname in quotation marks inside a person's name: `Margaret "Peg" O'Sullivan`,
 * `Robert “Bobby” Kell`. News prints them so; read as written, the name falls apart into
 * "Margaret", "Peg" and "O'Sullivan", and "Peg" becomes a quotation nobody said.
 */
import type { ProposedActor, Reference } from './actors';
import { isGivenName } from './given-names';

const NICKNAME = /(?<=(?:^|[^\p{L}])(\p{Lu}[\p{L}’'-]+)[ \t]+)(["“‘'])(\p{Lu}[\p{L}.’'-]*(?:[ \t]\p{Lu}[\p{L}.’'-]*)?)(["”’'])(?=[ \t]+\p{Lu}[\p{L}’'-])/gu;

/** The quotation marks that close each opening one. */
const CLOSES: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/**
 * The text with each nickname between a given name and a surname blanked out (spaces, so every
 * offset stays the same): the name reads as one, and the nickname is no quotation.
 */
export function maskNicknames(text: string): string {
  return text.replace(NICKNAME, (whole, given: string, open: string, _nick: string, close: string) => (CLOSES[open] === close && isGivenName(given) ? ' '.repeat(whole.length) : whole));
}

/** A name read from masked text, with the blanked nickname's spaces closed up. */
export function closeUpName(name: string): string {
  return name.replace(/[ \t]{2,}/g, ' ');
}

/** Where each nickname inside a person's name stands in the text (the nickname's own letters, without its marks). */
function nicknamesIn(text: string): { start: number; end: number; nick: string }[] {
  const out: { start: number; end: number; nick: string }[] = [];
  for (const m of text.matchAll(NICKNAME)) {
    const [, given, open, nick, close] = m as unknown as [string, string, string, string, string];
    if (CLOSES[open] !== close || !isGivenName(given)) continue;
    out.push({ start: m.index + open.length, end: m.index + open.length + nick.length, nick });
  }
  return out;
}

/**
 * `Tom "Bomber" Briggs`, then "but Bomber levelled" and "“…,” Bomber said": the nickname alone later is
 * the person whose name held it, a mention of theirs and a reference speakers can use. `text` is the
 * text as written (the nickname is blanked in the text names were read from); `references` stay in order.
 */
export function addNicknameMentions(text: string, actors: ProposedActor[], references: Reference[], skip: readonly { start: number; end: number }[]): void {
  const nicknames = nicknamesIn(text);
  for (const n of nicknames) {
    let owner = actors.findIndex((a) => a.kind === 'person' && a.occurrences.some((o) => o.start < n.start && o.end > n.end));
    if (owner < 0) continue;
    // ("“…,” Bomber said" made a person "Bomber" of its own: that person is the nickname's owner.)
    const alone = actors.findIndex((a, i) => i !== owner && a.kind === 'person' && a.mentions.length > 0 && a.mentions.every((m) => m === n.nick));
    if (alone >= 0) {
      actors[owner]!.occurrences.push(...actors[alone]!.occurrences);
      if (!actors[owner]!.mentions.includes(n.nick)) actors[owner]!.mentions.push(n.nick);
      for (const r of references) if (r.actor === alone) r.actor = owner;
      for (const r of references) if (r.actor > alone) r.actor--;
      actors.splice(alone, 1);
      if (owner > alone) owner--;
    }
    // (Not a word another actor's name holds: "Tom "Hull" Ames" says nothing of "Hull City".)
    if (actors.some((a, i) => i !== owner && a.mentions.some((m) => m.split(/\s+/).includes(n.nick)))) continue;
    const actor = actors[owner]!;
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}’'-])${n.nick.replace(/[.]/g, '\\.')}(?![\p{L}’'-])`, 'gu'))) {
      const start = m.index;
      const end = start + m[0].length;
      if (nicknames.some((x) => x.start === start) || skip.some((x) => start >= x.start && start < x.end)) continue;
      if (references.some((r) => r.start < end && r.end > start) || actors.some((a) => a.occurrences.some((o) => o.start < end && o.end > start))) continue;
      if (!actor.mentions.includes(n.nick)) actor.mentions.push(n.nick);
      actor.occurrences.push({ start, end });
      references.push({ start, end, actor: owner, via: 'name' });
    }
    actor.occurrences.sort((a, b) => a.start - b.start);
  }
  references.sort((a, b) => a.start - b.start);
}
