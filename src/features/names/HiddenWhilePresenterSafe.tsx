import './names.css';

/**
 * Details a projector must not show, whoever is named: date of birth, school, health and
 * indicator details, and free text (notes), which can say anything about anyone. Presenter-safe
 * keeps them off screen in every panel.
 */
export const PRESENTER_HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'dateOfBirth',
  'school',
  'notes',
]);

/**
 * Stands where a hidden field or section would be, so that nothing vanishes silently: the chair
 * sees it is there and why it is not shown.
 */
export function HiddenWhilePresenterSafe({ label }: { label: string }) {
  return (
    <p className="presenter-hidden" role="group" aria-label={label}>
      <span className="presenter-hidden-label">{label}</span>
      <span className="muted">Hidden while presenter-safe is on</span>
    </p>
  );
}
