/**
 * Markdown typed in a note turns into formatting as you type (`# ` heading, `- ` list, `[ ] `
 * checklist, `---` rule, `**bold**`, `` `code` ``, `[text](url)`…). Lexical's own transformers
 * plus a horizontal rule and checklists, which its default set leaves out.
 */
import { CHECK_LIST, ELEMENT_TRANSFORMERS, MULTILINE_ELEMENT_TRANSFORMERS, TEXT_FORMAT_TRANSFORMERS, TEXT_MATCH_TRANSFORMERS, type ElementTransformer, type Transformer } from '@lexical/markdown';
import { $createHorizontalRuleNode, $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';

export const HORIZONTAL_RULE: ElementTransformer = {
  type: 'element',
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '---' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parent, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    // Typed at the end of a line: the rule goes before the paragraph the caret is in.
    if (isImport || parent.getNextSibling() != null) parent.replace(rule);
    else parent.insertBefore(rule);
    rule.selectNext();
  },
};

/** Order matters: a checklist item (`- [ ] `) must win over a plain bullet (`- `). */
export const NOTE_TRANSFORMERS: Transformer[] = [
  HORIZONTAL_RULE,
  CHECK_LIST,
  ...ELEMENT_TRANSFORMERS,
  ...MULTILINE_ELEMENT_TRANSFORMERS,
  ...TEXT_FORMAT_TRANSFORMERS,
  ...TEXT_MATCH_TRANSFORMERS,
];
