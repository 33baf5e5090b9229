import { describe, expect, it } from 'vitest';
import { furnitureKind, readsLikeClause, readsLikeDeck, type FurnitureKind } from './furniture';

/** Lines written for the project in the shape news pages use; null means article text. */
const lines: Array<[string, FurnitureKind | null]> = [
  ['Sign up now: get the Courier morning briefing in your inbox', 'prompt'],
  ['Follow topic:', 'prompt'],
  ['Follow The Alder Courier on social media for the latest updates.', 'prompt'],
  ['Follow Skerrow Radio on WhatsApp', 'prompt'],
  ['Follow the guidance on the council website, police said.', null],
  ['Share this article', 'prompt'],
  ['Get Harbour Weekly delivered through your letterbox every month. Click here for details.', 'prompt'],
  ['READ MORE ON THE COURIER BY CLICKING HERE', 'prompt'],
  ["Ada Pell's book about river towns is out now. Follow her on Twitter @adapell.", 'prompt'],
  ['Contact Dana Whitfield at dwhitfield@courier.example or 555-0142. Follow her on X @danawhit.', 'prompt'],
  ['Reach Tom Berg at tberg@courier.example.', 'prompt'],
  ['Jane Roe can be reached at jroe@courier.example or on X at @jroe.', 'prompt'],
  ['Follow him on X.', 'prompt'],
  ['Associated Press writer Dana Lee contributed from Washington.', 'credit'],
  ['Reporter Ann Roe contributed from Kyiv.', 'credit'],
  ['Local farmers contributed from their own pockets.', null],
  ['Writer Ann Roe contributed from her own savings to the fund.', null],
  ['Keith Barrow contributed reporting from Hong Kong.', 'credit'],
  ['The fund contributed reporting tools to newsrooms in Kenya.', null],
  ['Il vous reste 62 % de cet article à lire. La suite est réservée aux abonnés.', 'prompt'],
  ['You have 70% of this article left to read.', 'prompt'],
  ['Subscribe to continue reading.', 'prompt'],
  // Calls to act and a page's own notices, and sentences with the same words that stay.
  ['Want to read more? Become a Vell Post subscriber today.', 'prompt'],
  ['Our journalism needs your support. Please give what you can.', 'prompt'],
  ['Enjoying this article? Consider supporting our journalism.', 'prompt'],
  ["We're on WhatsApp! Join our channel for breaking news.", 'prompt'],
  ['Video unavailable. This video is no longer available.', 'prompt'],
  ['To view this video please enable JavaScript', 'prompt'],
  ['Scroll to continue with content', 'prompt'],
  ['Click to expand', 'prompt'],
  ['AdvertisementHide Ad', 'prompt'],
  ['She went on to become a member of the harbour board in 2019.', null],
  ['"Our journalism needs your support," the editor told the inquiry.', null],
  ['The council will consider supporting the ferry route at its next meeting, a spokesman said.', null],
  ['Shoppers should think local this winter. Consider supporting the food bank on Quay Street.', null],
  ['Residents can click to expand the map on the council website and find their street.', null],
  // A summary's feedback widget; a question about something else stays.
  ['Was this summary helpful?', 'prompt'],
  ['Did you find this article useful? Yes No', 'prompt'],
  ['Was this advice helpful to farmers, the minister asked.', null],
  // An embedded post's counters; a sentence that gives the counts stays.
  ['48 Replies 302 Reposts 611 Likes Read 48 replies', 'prompt'],
  ['1.2K Likes · 311 Reposts · Copy link', 'prompt'],
  ['The post drew 611 likes and 48 replies within an hour.', null],
  // A nonprofit's donation appeal closing the story, and sentences that only carry its words.
  ['The Skerrow Ledger is a nonprofit newsroom. Support our work.', 'prompt'],
  ['Independent reporting costs money. Please support independent journalism today.', 'prompt'],
  ['Donate now', 'prompt'],
  ['Local news matters. Become a member today!', 'prompt'],
  ['"Please support our work," the shelter manager said.', null],
  ['The trust said the grants support our work in the valley and beyond.', null],
  ['Readers can make a donation at the harbour office until Friday.', null],
  ['The helpline can be reached at help@skerrow.example.', null],
  ['Contact the council at info@skerrow.example for details.', null],
  ['Fans follow her on X and on TikTok.', null],
  ['Millions follow them on Instagram.', null],
  ['Join our reader forums to keep talking about the harbour!', 'prompt'],
  ['Get full access to Courier Plus subscriptions for as little as 5 crowns a month. Use the code RIVER.', 'prompt'],
  ['Every day we send an email with the top stories from the Courier.', 'prompt'],
  ['[button link="https://courier.example/tips" type="big"]Send us your story[/button]', 'prompt'],
  ["Get the Courier's morning briefing. Sign up", 'prompt'],
  ['Our harbour newsletter, every Friday: subscribe now', 'prompt'],
  // A sign-up box's own lines, after its prompt.
  ['Our newsletters are packed with the latest stories from the harbour', 'prompt'],
  ["We use your sign-up to provide content in ways you've consented to", 'prompt'],
  ['Email address', 'prompt'],
  ['Read Next', 'link'],
  ["Read next week's edition for the council's answer.", null],
  ['The council will publish a briefing for residents. Officials said sign-up sheets would be at the library.', null],
  ['PHOTO: ALDER COURIER / NELE BRANDT', 'credit'],
  ['(Photo: Ann Roe / Family handout)', 'credit'],
  ['— With files from The Canadian Press', 'credit'],
  ['With files from Reuters and Ann Roe', 'credit'],
  ['With files from the court registry, the clerk rebuilt the case.', null],
  ['Tidewater Wire writer Ola Brandt in Vell contributed to this report.', 'credit'],
  ['Ola Brandt contributed reporting for this story', 'credit'],
  ['Volunteers contributed to the report the council published in May.', null],
  ['(Image credit: Vell Herald)', 'credit'],
  ['Kai Oduya/Getty Images', 'credit'],
  ['More Great Courier Stories', 'link'],
  ['Related stories', 'link'],
  ['More:', 'link'],
  ['Explore more on these topics', 'link'],
  ['More on this topic', 'link'],
  ['Explore more of the river on foot this summer, the council said.', null],
  ['Read more: Council votes to review harbour fees', 'link'],
  ['By Marta Quillon and Oskar Veldt', 'byline'],
  ['| UPDATED: 11:05, Tue, Nov 19, 2024', 'timestamp'],
  ['Published 11 March 2025', 'timestamp'],
  ['5 min read', 'timestamp'],
  ['Advertisement', 'prompt'],
  ['Do you live in Tidworth Mill? Email newsdesk@echo.example to share your story.', 'prompt'],
  ['Have you been affected by the closures? Get in touch.', 'prompt'],
  ['Got a story? Send it to tips@courier.example', 'prompt'],
  ['Share your photos of the flooding: email pictures@echo.example', 'prompt'],
  ['Do you know who owns the land? The council says it does not.', null],
  ['Have you ever seen the harbour this empty? Residents say they have not.', null],
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
  ['Lee también: Los pescadores del muelle piden un nuevo rompeolas', 'link'],
  ['À lire aussi : La mairie ferme le vieux pont', 'link'],
  ['Lesen Sie auch: Hafen wird ausgebaggert', 'link'],
  ['Mehr zum Thema', 'link'],
  ['Leggi anche: Il porto raddoppia', 'link'],
  ['This article appears in the Spring 2026 issue of Harbour Quarterly under the headline “The Wall.” Subscribe here.', 'prompt'],
  ['A version of this article appears in print on March 4, 2026, Section B, Page 3.', 'prompt'],
  ['This article appears to contradict what the minister told the committee last month.', null],
  ['Veröffentlicht am 3. März 2025', 'timestamp'],
  ['This article is more than 2 years old', 'prompt'],
  ['Your browser does not support the audio element.', 'prompt'],
  ['Send any friend a story', 'prompt'],
  ['As a subscriber, you have 10 gift articles to give each month', 'prompt'],
  ['Give this article', 'prompt'],
  ['Estimated reading time: 6 minutes', 'timestamp'],
  ['Thu 12 Mar 2026 14.05 GMT', 'timestamp'],
  ['Business | Markets', 'label'],
  ['World › Europe › Norvia', 'label'],
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

/** Lines that stand between a headline and its first paragraph: decks (true) and what is not one (false). */
const deckLines: Array<[string, boolean]> = [
  ['Ministers split over how fast to cut the levy as hauliers warn of closures', true],
  ['Can the night ferry pay its way without the council’s subsidy?', true],
  ['How the Harbour Board Lost Its Grip on the Quay', true],
  ['Les commerçants du marché couvert retrouveront leurs emplacements en avril', true],
  ['Follow topic: Trade', false],
  ['Listen to this article', false],
  ['3 min read', false],
  ['Updated 12 March 2026, 14:05 GMT', false],
  ['Photograph: Jane Roe/Reuters', false],
  ['Business | Markets', false],
  ['Nora Fell and Ari van Lund in Brussels', false],
  ['Nora Fell, our health and science correspondent', false],
  ['Chief Political Correspondent at the Alder Gazette', false],
  ['WHAT THE FERRY TAUGHT US', false],
  ['Hauliers warn', false], // too short to tell from a label
  ['Price: 40 crowns More info: www.skerrow.example', false],
  ['This trip was paid for by the Skerrow tourist board #ad', false],
];

describe('readsLikeDeck', () => {
  it.each(deckLines)('%s → %s', (line, deck) => {
    expect(readsLikeDeck(line)).toBe(deck);
  });

  it('knows a clause from a label by its lower-case words, in Title Case by an auxiliary or question word', () => {
    expect(readsLikeClause('The county says it cannot pay this year')).toBe(true);
    expect(readsLikeClause('Why the Ferry Must Keep Running')).toBe(true);
    expect(readsLikeClause('Health Editor of the Alder Gazette')).toBe(false);
    expect(readsLikeClause('Ada Pell')).toBe(false);
  });
});
