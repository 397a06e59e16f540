import { useStatus } from '../state/statusStore';

/** A storage problem that stops work: shown until the user reloads. */
export function StorageBanner() {
  const problem = useStatus((s) => s.storageProblem);
  if (!problem) return null;
  return (
    <div className="storage-banner" role="alert">
      <p>{problem}</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload this tab
      </button>
    </div>
  );
}
