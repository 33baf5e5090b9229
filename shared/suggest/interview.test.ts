import { describe, expect, it } from 'vitest';
import { suggest } from './index';

const speakers = (text: string) => suggest(text).quotes.map((q) => [q.exact.slice(0, 24), q.speaker]);

describe('answers in a question-and-answer interview', () => {
  const interview = [
    'Mara Okoye: ‘I stopped racing the clock’',
    'The champion talks about injury and doubt. Mara Okoye is laughing at the track.',
    'Q: When did you think you might not come back?',
    '"There was a night in March. I watched the race on my phone and thought, maybe this is finished.',
    '"I did not tell anyone. In the morning the thought was still there."',
    'Q: What changed?',
    'She pauses for a long time before answering.',
    '"Honestly, it was my daughter. She asked me why I did not train any more."',
    'Her coach, Pietro Sala, has seen it before. "She always comes back," he says.',
    'Q: Will you run in Paris?',
    'Okoye smiles and shakes her head.',
    '"You want a headline. I will say this: if the clock comes, it is welcome."',
  ].join('\n');

  it('a paragraph that is only a quotation, after a "Q:" line (perhaps past one line about the answering), is the answer of the person the headline names', () => {
    expect(speakers(interview)).toEqual([
      ['I stopped racing the clo', 'Mara Okoye'],
      ['There was a night in Mar', 'Mara Okoye'],
      ['I did not tell anyone. I', 'Mara Okoye'],
      ['Honestly, it was my daug', 'Mara Okoye'],
      ['She always comes back,', 'Pietro Sala'],
      ['You want a headline. I w', 'Mara Okoye'],
    ]);
  });

  it('not without question lines, nor when the headline names two people and nobody else is quoted more', () => {
    expect(speakers(interview.replace(/^Q: /gm, ''))[1]).toEqual(['There was a night in Mar', null]);
    const two = interview.replace('Mara Okoye: ‘I stopped racing the clock’', 'Mara Okoye and Lena Dahl on doubt');
    expect(speakers(two)[0]).toEqual(['There was a night in Mar', null]);
  });
});
