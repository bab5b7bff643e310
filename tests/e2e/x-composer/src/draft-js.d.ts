// draft-js ships no types; this covers only what the fixture uses.
declare module 'draft-js' {
  import type { Component, KeyboardEvent } from 'react';

  export interface ContentState {
    getPlainText(delimiter?: string): string;
    hasText(): boolean;
  }

  export class EditorState {
    static createEmpty(): EditorState;
    getCurrentContent(): ContentState;
  }

  export type DraftHandleValue = 'handled' | 'not-handled';

  export interface EditorProps {
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    role?: string;
    spellCheck?: boolean;
    stripPastedStyles?: boolean;
    webDriverTestID?: string;
    keyBindingFn?(e: KeyboardEvent): string | null | undefined;
    handleKeyCommand?(command: string, state: EditorState): DraftHandleValue;
  }

  export class Editor extends Component<EditorProps> {
    focus(): void;
  }

  export function getDefaultKeyBinding(e: KeyboardEvent): string | null;
}
