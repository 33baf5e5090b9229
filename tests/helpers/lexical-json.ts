/**
 * Builders for serialized Lexical nodes, shared by the export tests, the golden files and the
 * benchmark. They produce the same JSON the editor's exportJSON writes.
 */
import type { SerializedLexicalNode } from '../../shared/model';

const block = { direction: 'ltr', format: '', indent: 0, version: 1 };

export const t = (text: string, format = 0): SerializedLexicalNode => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });
export const p = (...children: SerializedLexicalNode[]): SerializedLexicalNode => ({ ...block, type: 'paragraph', textFormat: 0, textStyle: '', children });
export const h = (level: number, ...children: SerializedLexicalNode[]): SerializedLexicalNode => ({ ...block, type: 'heading', tag: `h${level}`, children });
export const quote = (...children: SerializedLexicalNode[]): SerializedLexicalNode => ({ ...block, type: 'quote', children });
export const br = (): SerializedLexicalNode => ({ type: 'linebreak', version: 1 });
export const hr = (): SerializedLexicalNode => ({ type: 'horizontalrule', version: 1 });
export const link = (url: string, ...children: SerializedLexicalNode[]): SerializedLexicalNode => ({ ...block, type: 'link', url, rel: null, target: null, title: null, children });
export const code = (language: string, text: string): SerializedLexicalNode => ({
  ...block,
  type: 'code',
  language,
  children: text.split('\n').flatMap((line, i) => (i ? [br(), t(line)] : [t(line)])).filter((n) => n.type !== 'text' || n['text'] !== ''),
});
export const li = (children: SerializedLexicalNode[], extra: Record<string, unknown> = {}): SerializedLexicalNode => ({ ...block, type: 'listitem', value: 1, ...extra, children });
export const list = (listType: 'bullet' | 'number' | 'check', items: SerializedLexicalNode[], start = 1): SerializedLexicalNode => ({
  ...block,
  type: 'list',
  listType,
  start,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items,
});
export const mention = (actorId: string, name: string): SerializedLexicalNode => ({ type: 'dossier-mention', version: 1, actorId, name });
export const embed = (quoteId: string, articleId: string, snapshot: Record<string, unknown>): SerializedLexicalNode => ({ type: 'dossier-quote', version: 1, quoteId, articleId, snapshot });

/** A whole editor state string, as Note.editorState stores it. */
export function editorState(...children: SerializedLexicalNode[]): string {
  return JSON.stringify({ root: { ...block, type: 'root', children } });
}
