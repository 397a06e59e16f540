import { useEffect, useRef, type ReactNode } from 'react';
import { useUi } from '../../state/uiStore';

export interface FrameProps<Step extends string> {
  steps: readonly Step[];
  step: Step;
  titles: Readonly<Record<Step, string>>;
  onStep: (step: Step) => void;
  /** The first step whose being last makes its button the import (the check step). */
  importFrom: Step;
  /** The file has been read: the steps after the first can be reached. */
  loaded: boolean;
  /** Why "Next" cannot be pressed yet (something still to choose), or false. */
  blocked: boolean;
  /** The last step's button: "Import 12 places", or null when there is nothing to import. */
  importText: string | null;
  importing: boolean;
  onImport: () => void;
  onClose: () => void;
  /** Shown as alerts: a file refused, an import that failed. */
  alerts: readonly (string | null)[];
  /** Said while the import is written. */
  importingText: string;
  className?: string;
  children: ReactNode;
}

/**
 * What the file imports' wizards share (network files, map files): the numbered steps, the step's
 * heading (focused on each step, so a screen reader hears where it is), alerts, and the buttons
 * to close, go back, go on, and import at the last step.
 */
export function ImportWizardFrame<Step extends string>(props: FrameProps<Step>) {
  const { steps, step, titles, importing, importText } = props;
  const presenterSafe = useUi((s) => s.presenterSafe);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  const at = steps.indexOf(step);
  const next = steps[at + 1];
  const last = step === steps.at(-1) && at >= steps.indexOf(props.importFrom);
  return (
    <div className={`csv-import ${props.className ?? ''}`}>
      {presenterSafe && (
        <p className="import-warning">
          Presenter-safe is on, but this wizard shows the file as it is, names included. Import away
          from the projector.
        </p>
      )}
      <ol className="import-steps" aria-label="Steps">
        {steps.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {i + 1}. {titles[s]}
          </li>
        ))}
      </ol>
      <h3 ref={heading} tabIndex={-1} className="import-step-title">
        {titles[step]}
      </h3>
      {props.children}
      {props.alerts.map(
        (text, i) =>
          text && (
            <p key={i} className="field-error" role="alert">
              {text}
            </p>
          ),
      )}
      {importing && <p role="status">{props.importingText}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={props.onClose}>
          Close without importing
        </button>
        {at > 0 && (
          <button type="button" onClick={() => props.onStep(steps[at - 1]!)} disabled={importing}>
            Back
          </button>
        )}
        {last ? (
          <button
            type="button"
            className="primary"
            disabled={!importText || importing}
            onClick={props.onImport}
          >
            {importing ? 'Importing…' : (importText ?? 'Nothing to import')}
          </button>
        ) : (
          next &&
          props.loaded && (
            <button
              type="button"
              className="primary"
              disabled={props.blocked}
              onClick={() => props.onStep(next)}
            >
              Next: {titles[next].toLowerCase()}
            </button>
          )
        )}
      </div>
    </div>
  );
}
