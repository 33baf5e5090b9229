import { describe, expect, it } from 'vitest';
import { furnitureKind, type FurnitureKind } from './furniture';

/** Lines written for the project in the shape news pages use; null means article text. */
const lines: Array<[string, FurnitureKind | null]> = [
  ['Sign up now: get the Courier morning briefing in your inbox', 'prompt'],
  ['Follow topic:', 'prompt'],
  ['Share this article', 'prompt'],
  ['Get Harbour Weekly delivered through your letterbox every month. Click here for details.', 'prompt'],
  ['READ MORE ON THE COURIER BY CLICKING HERE', 'prompt'],
  ["Ada Pell's book about river towns is out now. Follow her on Twitter @adapell.", 'prompt'],
  ['Join our reader forums to keep talking about the harbour!', 'prompt'],
  ['Get full access to Courier Plus subscriptions for as little as 5 crowns a month. Use the code RIVER.', 'prompt'],
  ['Every day we send an email with the top stories from the Courier.', 'prompt'],
  ['[button link="https://courier.example/tips" type="big"]Send us your story[/button]', 'prompt'],
  ['PHOTO: ALDER COURIER / NELE BRANDT', 'credit'],
  ['(Image credit: Vell Herald)', 'credit'],
  ['Kai Oduya/Getty Images', 'credit'],
  ['More Great Courier Stories', 'link'],
  ['Related stories', 'link'],
  ['More:', 'link'],
  ['Read more: Council votes to review harbour fees', 'link'],
  ['By Marta Quillon and Oskar Veldt', 'byline'],
  ['| UPDATED: 11:05, Tue, Nov 19, 2024', 'timestamp'],
  ['Published 11 March 2025', 'timestamp'],
  ['5 min read', 'timestamp'],
  ['Advertisement', 'prompt'],
  ['Cet article vous a plu ? Abonnez-vous pour soutenir une information locale.', 'prompt'],
  ['Gefällt Ihnen der Artikel? Jetzt abonnieren und weiterlesen.', 'prompt'],
  ['3 / 12', 'label'],
  ['Partager', 'prompt'],
  ['Teilen auf Facebook', 'prompt'],
  ['Copy link', 'prompt'],
  ['Listen to this article', 'prompt'],
  ['Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.', 'prompt'],
  ['Topics: Health, Schools', 'link'],
  ['Publié le 4 février 2025 à 07h30', 'timestamp'],
  ['Veröffentlicht am 3. März 2025', 'timestamp'],
  // Article sentences that merely contain the words.
  ['The board said it would follow the advice of the harbour master on the new timetable for winter.', null],
  ['"Share the road," the minister said, before the vote on the new cycle lanes was postponed.', null],
  ['Subscribers to the ferry pass, about 2,000 islanders, will not pay more this year, the board said after the meeting ended.', null],
  ['More than 400 people attended the meeting, which ran past midnight.', null],
  ['By the end of the evening, the board had voted five to two.', null],
  ['Les habitants se sont inscrits à la réunion publique pour défendre la conserverie.', null],
  ['Thanks to the volunteers, the market reopened a week early and every stall was let.', null],
  ['Partager les coûts entre les communes était la seule solution, a expliqué le maire.', null],
  ['The topics on the agenda were the harbour fees and the ferry timetable.', null],
];

describe('furnitureKind', () => {
  it.each(lines)('%s → %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
});
