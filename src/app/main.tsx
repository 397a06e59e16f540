import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import { saveTypingOnHide } from '../ui/pendingSaves';
import { startOffline } from '../features/offline';
import { App } from './App';

saveTypingOnHide();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
startOffline();

// The test-only window API (used by e2e tests and the benchmark) is loaded only when asked for.
if (new URLSearchParams(window.location.search).has('e2e')) {
  void import('./testApi').then((m) => m.installTestApi());
}
