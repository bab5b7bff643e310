import { Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import type { DraftHandleValue } from 'draft-js';
import { useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';

export type ComposerKind = 'inline' | 'modal' | 'reply';
export interface Media {
  name: string;
  url: string;
  alt: string;
}
export interface Posted {
  text: string;
  media: Media[];
}
interface Box {
  key: number;
  state: EditorState;
  media: Media[];
}

const SUBMIT = 'fixture-submit';
let nextKey = 0;
const newBox = (): Box => ({ key: nextKey++, state: EditorState.createEmpty(), media: [] });
const hasContent = (b: Box) => b.state.getCurrentContent().getPlainText().trim() !== '' || b.media.length > 0;

// X posts on Ctrl+Enter and Cmd+Enter alike.
function keyBinding(e: KeyboardEvent): string | null {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return SUBMIT;
  return getDefaultKeyBinding(e);
}

interface Props {
  kind: ComposerKind;
  /** false renders the "site changed its DOM" variant: no data-testid anywhere. */
  testIds: boolean;
  onPost(posts: Posted[]): void;
}

export function Composer({ kind, testIds, onPost }: Props) {
  const [boxes, setBoxes] = useState<Box[]>(() => [newBox()]);
  const [active, setActive] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const editors = useRef(new Map<number, Editor>());
  const tid = (id: string) => (testIds ? id : undefined);
  const ready = boxes.every(hasContent);

  const update = (key: number, change: Partial<Box>) =>
    setBoxes((bs) => bs.map((b) => (b.key === key ? { ...b, ...change } : b)));

  const post = () => {
    if (!ready) return;
    onPost(boxes.map((b) => ({ text: b.state.getCurrentContent().getPlainText(), media: b.media })));
    setBoxes((bs) => [{ key: bs[0]!.key, state: EditorState.createEmpty(), media: [] }]);
    setActive(0);
  };

  const addBox = () => {
    const box = newBox();
    setBoxes((bs) => [...bs, box]);
    setActive(boxes.length);
    setTimeout(() => editors.current.get(box.key)?.focus());
  };

  const attach = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    const box = boxes[active] ?? boxes[0]!;
    const added = files.map((f) => ({ name: f.name, url: URL.createObjectURL(f), alt: '' }));
    update(box.key, { media: [...box.media, ...added] });
  };

  const label = kind === 'reply' ? 'Reply' : boxes.length > 1 ? 'Post all' : 'Post';
  const placeholder = (i: number) =>
    i > 0 ? 'Add another post' : kind === 'reply' ? 'Post your reply' : 'What is happening?!';

  return (
    <div className="composer" data-kind={kind}>
      {boxes.map((b, i) => (
        <div key={b.key} className="box" onFocus={() => setActive(i)}>
          <Editor
            ref={(ed) => {
              if (ed) editors.current.set(b.key, ed);
              else editors.current.delete(b.key);
            }}
            editorState={b.state}
            onChange={(state) => update(b.key, { state })}
            placeholder={placeholder(i)}
            ariaLabel="Post text"
            ariaMultiline
            role="textbox"
            spellCheck
            webDriverTestID={tid(`tweetTextarea_${i}`)}
            keyBindingFn={keyBinding}
            handleKeyCommand={(cmd): DraftHandleValue => (cmd === SUBMIT ? (post(), 'handled') : 'not-handled')}
          />
          {b.media.length > 0 && (
            <div className="attachments" data-testid={tid('attachments')}>
              {b.media.map((m, j) => (
                <div className="attachment" data-testid={tid('attachment')} key={m.url}>
                  <img src={m.url} alt={m.alt || 'Image'} />
                  <button
                    type="button"
                    aria-label="Remove media"
                    onClick={() => update(b.key, { media: b.media.filter((_, k) => k !== j) })}
                  >
                    ×
                  </button>
                  <textarea
                    aria-label="Add description"
                    placeholder="Add description"
                    data-testid={tid('altTextInput')}
                    value={m.alt}
                    onChange={(e) =>
                      update(b.key, { media: b.media.map((x, k) => (k === j ? { ...x, alt: e.target.value } : x)) })
                    }
                  />
                </div>
              ))}
            </div>
          )}
        </div>
      ))}
      <div className="toolbar" data-testid={tid('toolBar')}>
        <button type="button" aria-label="Add photos or video" onClick={() => fileInput.current?.click()}>
          🖼
        </button>
        <input
          ref={fileInput}
          type="file"
          data-testid={tid('fileInput')}
          accept="image/*"
          multiple
          className="visually-hidden"
          onChange={attach}
        />
        {kind !== 'reply' && (
          <button type="button" aria-label="Add post" data-testid={tid('addButton')} disabled={!ready} onClick={addBox}>
            +
          </button>
        )}
        <button
          type="button"
          role="button"
          className="post-button"
          data-testid={tid(kind === 'modal' ? 'tweetButton' : 'tweetButtonInline')}
          disabled={!ready}
          aria-disabled={!ready}
          onClick={post}
        >
          <div dir="ltr">
            <span>
              <span>{label}</span>
            </span>
          </div>
        </button>
      </div>
    </div>
  );
}
