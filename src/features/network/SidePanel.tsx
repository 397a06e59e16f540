import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { AssociationPanel } from '../associations/AssociationPanel';
import { PersonPanel } from '../people/PersonPanel';
import { BoardDetails } from './BoardDetails';
import { deleteSelected } from './networkActions';
import { startLink } from './useBoardShortcuts';

/** Details of whatever is selected; with nothing selected, the board's purpose and the keys. */
export function SidePanel({ content }: { content: BoardContent }) {
  const { people, associations } = useUi((s) => s.selection);
  const nameOf = (id: string) => content.people.find((p) => p.id === id)?.displayName ?? 'Unknown';
  const person =
    people.length === 1 && associations.length === 0
      ? content.people.find((p) => p.id === people[0])
      : undefined;
  const association =
    associations.length === 1 && people.length === 0
      ? content.associations.find((a) => a.id === associations[0])
      : undefined;
  const remove = () => void deleteSelected(content);

  let body: React.ReactNode;
  if (person) body = <PersonPanel person={person} board={content.board} onDelete={remove} />;
  else if (association)
    body = <AssociationPanel association={association} nameOf={nameOf} onDelete={remove} />;
  else if (people.length + associations.length > 0) {
    body = (
      <section aria-label="Selection">
        <h2>
          {people.length} {people.length === 1 ? 'person' : 'people'}
          {associations.length > 0 &&
            ` and ${associations.length} association${associations.length === 1 ? '' : 's'}`}{' '}
          selected
        </h2>
        <ul>
          {people.map((id) => (
            <li key={id}>{nameOf(id)}</li>
          ))}
        </ul>
        {people.length === 2 && associations.length === 0 && (
          <button type="button" onClick={startLink}>
            Link these two (L)
          </button>
        )}{' '}
        <button type="button" onClick={remove}>
          Delete selected
        </button>
      </section>
    );
  } else {
    body = <BoardDetails board={content.board} />;
  }
  return (
    <aside className="side-panel" aria-label="Details">
      {body}
    </aside>
  );
}
