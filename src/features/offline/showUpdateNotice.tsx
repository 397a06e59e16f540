import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import './offline.css';
import { UpdateNotice } from './UpdateNotice';

let root: Root | null = null;
let offers = 0;

/**
 * Shows the update notice in a root of its own, beside the app; `apply` reloads onto the update.
 * Each offer is a fresh notice, shown again even if an earlier one was put off.
 */
export function showUpdateNotice(apply: () => void): void {
  if (!root) {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  }
  root.render(
    <StrictMode>
      <UpdateNotice key={++offers} apply={apply} />
    </StrictMode>,
  );
}
