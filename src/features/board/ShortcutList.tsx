import { shortcuts } from './shortcuts';

/** The keys of the board, as a definition list. */
export function ShortcutList() {
  return (
    <dl className="shortcut-list">
      {shortcuts.map((s) => (
        <div key={s.keys}>
          <dt>
            <kbd>{s.keys}</kbd>
          </dt>
          <dd>{s.what}</dd>
        </div>
      ))}
    </dl>
  );
}
