import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
  mergeRegister,
} from 'lexical';

export interface LexicalBox {
  /** The wrapper holding the placeholder and the contenteditable. */
  host: HTMLElement;
  editable: HTMLElement;
  /** The text as the editor state has it, which is what Facebook posts. */
  text(): string;
  clear(): void;
  onChange(listener: (text: string) => void): void;
  destroy(): void;
}

interface Options {
  label: string | undefined;
  placeholder: string;
  /** Enter submits (comment boxes); Shift+Enter still starts a new line. */
  onEnter?: () => void;
}

const emptyParagraph = () => $getRoot().clear().append($createParagraphNode());

export function lexicalBox({ label, placeholder, onEnter }: Options): LexicalBox {
  const host = document.createElement('div');
  host.className = 'lexical-host';
  const hint = document.createElement('div');
  hint.className = 'placeholder';
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = placeholder;
  const editable = document.createElement('div');
  editable.contentEditable = 'true';
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('spellcheck', 'true');
  editable.setAttribute('aria-multiline', 'true');
  if (label) editable.setAttribute('aria-label', label);
  host.append(hint, editable);

  const editor = createEditor({
    namespace: 'fb-composer',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(editable);
  editor.update(emptyParagraph, { discrete: true });

  const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  const listeners: ((text: string) => void)[] = [];
  const unregister = mergeRegister(
    registerRichText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    editor.registerUpdateListener(() => {
      const t = text();
      hint.hidden = t !== '';
      for (const l of listeners) l(t);
    }),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (!onEnter || event?.shiftKey) return false;
        event?.preventDefault();
        onEnter();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );

  return {
    host,
    editable,
    text,
    clear: () => editor.update(emptyParagraph, { discrete: true }),
    onChange: (l) => listeners.push(l),
    destroy: () => {
      unregister();
      editor.setRootElement(null);
    },
  };
}
