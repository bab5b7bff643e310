import './facebook.css';
import { lexicalBox } from './lexical-box.ts';

// A facebook.com look-alike for a Page: the composer dialog and the comment box
// run the real Lexical editor with the attributes the site carries.
const params = new URLSearchParams(location.search);
const changed = params.get('variant') === 'changed';
if (params.get('theme') === 'dark') document.documentElement.classList.add('__fb-dark-mode');

const PAGE = 'Park West School';
const aria = (label: string) => (changed ? '' : ` aria-label="${label}"`);

const mount = document.getElementById('mount_0_0_fb')!;
mount.innerHTML = `
  <div role="banner"><span class="logo">facebook</span></div>
  <div role="main">
    <div class="card composer-card">
      <div role="button" tabindex="0" class="open-composer">What's on your mind?</div>
      <div role="button" tabindex="0" class="open-composer"${aria('Photo/video')}>Photo/video</div>
    </div>
    <div role="feed">
      <div role="article" class="card"${aria(`Post by ${PAGE}`)}>
        <h4>${PAGE}</h4>
        <div data-ad-preview="message">Welcome back, Park West families! Timetables are on the website.</div>
        <div class="comment-slot"></div>
      </div>
    </div>
    <ul id="published" aria-label="Published posts"></ul>
  </div>`;

function publish(kind: 'post' | 'comment', text: string, media = 0) {
  const li = document.createElement('li');
  li.dataset.testid = 'published-post';
  li.dataset.kind = kind;
  li.dataset.media = String(media);
  li.textContent = text;
  document.getElementById('published')!.append(li);
}

function button(label: string, onPress: () => void): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'button');
  el.tabIndex = 0;
  if (!changed) el.setAttribute('aria-label', label);
  el.innerHTML = `<span>${label}</span>`;
  el.addEventListener('click', () => {
    if (el.getAttribute('aria-disabled') !== 'true') onPress();
  });
  el.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    el.click();
  });
  return el;
}

function openComposer(pickPhotos = false) {
  if (document.querySelector('.composer-dialog')) return;
  const dialog = document.createElement('div');
  dialog.className = 'composer-dialog card';
  dialog.setAttribute('role', 'dialog');
  if (changed) dialog.setAttribute('aria-labelledby', 'composer-title');
  else dialog.setAttribute('aria-label', 'Create post');
  dialog.innerHTML = `<h2 id="composer-title">Create post</h2><div class="attachments"></div>`;

  const box = lexicalBox({
    label: changed ? undefined : `What's on your mind, ${PAGE}?`,
    placeholder: `What's on your mind, ${PAGE}?`,
  });
  const files: File[] = [];
  const photos = document.createElement('input');
  photos.type = 'file';
  photos.accept = 'image/*,image/heif,image/heic,video/*';
  photos.multiple = true;
  photos.className = 'visually-hidden';
  photos.addEventListener('change', () => {
    for (const f of photos.files ?? []) {
      files.push(f);
      const img = document.createElement('img');
      img.src = URL.createObjectURL(f);
      img.alt = '';
      dialog.querySelector('.attachments')!.append(img);
    }
    photos.value = '';
    refresh();
  });

  const close = () => {
    box.destroy();
    dialog.remove();
  };
  const post = button('Post', () => {
    publish('post', box.text(), files.length);
    close();
  });
  const refresh = () => {
    const empty = box.text().trim() === '' && files.length === 0;
    post.setAttribute('aria-disabled', String(empty));
  };
  box.onChange(refresh);
  refresh();

  const tools = document.createElement('div');
  tools.className = 'tools';
  tools.append(button('Photo/video', () => photos.click()), photos, button('Close', close));
  dialog.querySelector('h2')!.after(box.host);
  dialog.append(tools, post);
  document.body.append(dialog);
  box.editable.focus();
  if (pickPhotos) photos.click();
}

const [openText, openPhotos] = document.querySelectorAll<HTMLElement>('.open-composer');
openText!.addEventListener('click', () => openComposer());
openPhotos!.addEventListener('click', () => openComposer(true));

const comment = lexicalBox({
  label: changed ? undefined : 'Write a comment…',
  placeholder: 'Write a comment…',
  onEnter: () => {
    if (comment.text().trim() === '') return;
    publish('comment', comment.text());
    comment.clear();
  },
});
document.querySelector('.comment-slot')!.append(comment.host);
