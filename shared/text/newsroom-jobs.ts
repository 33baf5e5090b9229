/**
 * The jobs of the people who write, edit and illustrate the news, as the line under a byline names
 * them ("Health correspondent", "Nora Fell, our science editor"). One list for the clipper's
 * furniture and byline rules and for the suggestions' reading of a clip's layout.
 */
const NEWSROOM_JOBS = ['correspondent', 'editor', 'reporter', 'writer', 'columnist', 'journalist', 'contributor', 'producer', 'photographer', 'analyst', 'critic', 'bureau chief', 'staff'];

const JOBS = NEWSROOM_JOBS.join('|');

/** A newsroom job anywhere in a text, singular or plural. */
export const NEWSROOM_JOB = new RegExp(`\\b(?:${JOBS})s?\\b`, 'i');

/** A short line that holds a newsroom job, with up to 40 letters either side ("Senior political reporter, Westminster"). */
export const NEWSROOM_JOB_LINE = new RegExp(`^[\\p{L} ,&'’-]{0,40}\\b(?:${JOBS})s?\\b[\\p{L} ,&'’-]{0,40}$`, 'iu');
