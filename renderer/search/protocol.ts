import type { SearchHit, SearchOptions } from '../../shared/search/notebook-index';
import type { Change } from '../db/changes';
import type { SearchStatus } from './service';

/** Messages from the window to the search worker. */
export type WorkerRequest =
  | { type: 'search'; id: number; query: string; options?: SearchOptions }
  | { type: 'change'; change: Change }
  | { type: 'flush'; id: number };

/** Messages from the search worker to the window. */
export type WorkerReply =
  | { type: 'hits'; id: number; hits: SearchHit[] }
  | { type: 'flushed'; id: number }
  | { type: 'status'; status: SearchStatus };
