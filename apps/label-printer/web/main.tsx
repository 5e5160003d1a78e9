import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LabelPage } from './label-page.js';
import './label-page.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LabelPage />
  </StrictMode>,
);
