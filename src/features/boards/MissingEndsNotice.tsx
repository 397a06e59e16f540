import type { MissingEnds } from '../../db/boardContent';

const lines = (m: MissingEnds): string[] => {
  const out: string[] = [];
  const n = (count: number) => count.toLocaleString('en-GB');
  if (m.associations > 0)
    out.push(
      m.associations === 1
        ? '1 association points to someone not on this board'
        : `${n(m.associations)} associations point to people not on this board`,
    );
  if (m.memberships > 0)
    out.push(
      m.memberships === 1
        ? '1 group membership points to a person or group not on this board'
        : `${n(m.memberships)} group memberships point to people or groups not on this board`,
    );
  if (m.placeLinks > 0)
    out.push(
      m.placeLinks === 1
        ? '1 place link points to a person, group or place not on this board'
        : `${n(m.placeLinks)} place links point to people, groups or places not on this board`,
    );
  return out;
};

/**
 * Links whose other end is missing (kept aside as damaged, or deleted outside the app) are not
 * drawn, so the board says they exist rather than losing them silently. Counts only: the names
 * at the ends stay off the screen, whatever the name policy.
 */
export function MissingEndsNotice({ missing }: { missing: MissingEnds }) {
  const said = lines(missing);
  if (said.length === 0) return null;
  return (
    <section className="quarantine" role="alert" aria-label="Links to records not on this board">
      <strong>{said.join('; ')}.</strong> The record at the other end may be damaged or was deleted
      outside this app. These links are not drawn on the diagram or the map; they stay stored,
      unchanged.
    </section>
  );
}
