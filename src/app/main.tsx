import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import { saveTypingOnHide } from '../ui/pendingSaves';
import { startOffline } from '../features/offline';
import { App } from './App';

saveTypingOnHide();
// Control characters never get into a typed name or note (ui/cleanTyping.ts): loaded when a field
// is first focused, so the first board is drawn without it.
document.addEventListener(
  'focusin',
  () => void import('../ui/cleanTyping').then((m) => m.cleanTyping()),
  { once: true },
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
startOffline();

// The test-only window API (used by e2e tests and the benchmark) exists only in the e2e build
// (`vite build --mode e2e`): the mode is replaced at build time, so any other build drops this
// import as dead code and ships no test API (build/testApiGate.ts fails a build that does). In the
// e2e build it is still loaded only when asked for.
if (import.meta.env.MODE === 'e2e' && new URLSearchParams(window.location.search).has('e2e')) {
  void import('./testApi').then((m) => m.installTestApi());
}
