/**
 * A nickname in quotation marks inside a person's name: `Margaret "Peg" O'Sullivan`,
 * `Robert “Bobby” Kell`. News prints them so; read as written, the name falls apart into
 * "Margaret", "Peg" and "O'Sullivan", and "Peg" becomes a quotation nobody said.
 */
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
