// Registers the two elements the page uses (the hub loads the rest as each tab and screen first shows),
// then renders the app. Definitions come first, so React finds the elements' properties when it sets them.
import '@rights-kit/elements/define/provider';
import '@rights-kit/elements/define/hub';
// The elements' props and events in React's JSX, generated from their manifest and shipped with them.
import type {} from '@rights-kit/elements/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
