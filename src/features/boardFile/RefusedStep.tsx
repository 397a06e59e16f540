const SHOWN = 12;

/** Why a file was not opened: every problem found (the first dozen), and that nothing changed. */
export function RefusedStep({ problems, onClose }: { problems: string[]; onClose: () => void }) {
  const more = problems.length - SHOWN;
  return (
    <>
      <div role="alert" className="board-file-problems">
        <ul>
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
          {more > 0 && <li>and {more.toLocaleString('en-GB')} more problems.</li>}
        </ul>
        <p>Nothing on this device was changed.</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </>
  );
}
