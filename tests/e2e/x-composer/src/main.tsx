import 'draft-js/dist/Draft.css';
import './x.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Composer } from './composer.tsx';
import type { ComposerKind, Posted } from './composer.tsx';

// An x.com look-alike: the same Draft.js editor and the data-testid hooks the
// real site carries, so the content script meets the DOM it meets in production.
const params = new URLSearchParams(location.search);
const testIds = params.get('variant') !== 'changed';
const dark = params.get('theme') === 'dark';
const [bg, fg] = dark ? ['rgb(0, 0, 0)', 'rgb(231, 233, 234)'] : ['rgb(255, 255, 255)', 'rgb(15, 20, 25)'];
document.body.style.backgroundColor = bg;
document.body.style.color = fg;
document.documentElement.style.setProperty('--bg', bg);
const tid = (id: string) => (testIds ? id : undefined);

interface Published extends Posted {
  id: number;
  kind: ComposerKind;
}

const Tweet = ({ text }: { text: string }) => (
  <article role="article" data-testid={tid('tweet')}>
    <strong>Park West School</strong> <span>@ParkWestSchool</span>
    <div data-testid={tid('tweetText')}>{text}</div>
  </article>
);

function App() {
  const [path, setPath] = useState(location.pathname);
  const [published, setPublished] = useState<Published[]>([]);
  useEffect(() => {
    const sync = () => setPath(location.pathname);
    addEventListener('popstate', sync);
    return () => removeEventListener('popstate', sync);
  }, []);

  // Client-side navigation like X's: the page never reloads.
  const go = (to: string) => {
    history.pushState(null, '', to + location.search);
    setPath(to);
  };
  const publish = (kind: ComposerKind) => (posts: Posted[]) => {
    setPublished((list) => [...list, ...posts.map((p, i) => ({ ...p, kind, id: list.length + i }))]);
    if (kind === 'modal') go('/home');
  };

  const status = /\/status\/\d+/.test(path);
  const modal = /^\/compose\/(post|tweet)/.test(path);
  return (
    <>
      <header role="banner">
        <nav aria-label="Primary">
          <a
            href="/compose/post"
            data-testid={tid('SideNav_NewTweet_Button')}
            onClick={(e) => {
              e.preventDefault();
              go('/compose/post');
            }}
          >
            Post
          </a>
        </nav>
      </header>
      <main role="main">
        {status ? (
          <section aria-label="Conversation">
            <Tweet text="Our spring concert is tonight at 7. Doors open at 6:30!" />
            <p>
              Replying to <span>@ParkWestSchool</span>
            </p>
            <Composer key="reply" kind="reply" testIds={testIds} onPost={publish('reply')} />
          </section>
        ) : (
          <section aria-label="Home timeline">
            <h2>Home</h2>
            <Composer key="inline" kind="inline" testIds={testIds} onPost={publish('inline')} />
            <Tweet text="Welcome back, Park West families! Timetables are on the website." />
          </section>
        )}
        <ul id="published" aria-label="Published posts">
          {published.map((p) => (
            <li
              key={p.id}
              data-testid="published-post"
              data-kind={p.kind}
              data-media={p.media.length}
              data-alt={JSON.stringify(p.media.map((m) => m.alt))}
            >
              {p.text}
            </li>
          ))}
        </ul>
      </main>
      {modal && (
        <div className="backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="modal-header">
            <h2 id="modal-header" className="visually-hidden">
              Compose post
            </h2>
            <button type="button" aria-label="Close" data-testid={tid('app-bar-close')} onClick={() => go('/home')}>
              ✕
            </button>
            <Composer key="modal" kind="modal" testIds={testIds} onPost={publish('modal')} />
          </div>
        </div>
      )}
    </>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);
