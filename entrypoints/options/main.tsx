import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './style.css';

// A file dropped beside the drop zone would otherwise make the browser leave this page to show the file.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());

const root = document.getElementById('root');
if (!root) throw new Error('options page is missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
