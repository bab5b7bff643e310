import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('popup is missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
