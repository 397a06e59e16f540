import type { BoardContent } from '../../db/queries';
import type { Person } from '../../domain/kinds/person';
import type { Names } from '../names';
import { Collapsible } from './Collapsible';
import { PersonAssociations } from './PersonAssociations';
import { PersonSummaryBlock } from './PersonSummaryBlock';

/**
 * The top of the person panel: the summary and the person's associations. A chunk of its own,
 * fetched the first time a person is selected, so the first board draws without it.
 */
export default function PersonOverview({
  person,
  content,
  names,
}: {
  person: Person;
  content: BoardContent;
  names: Names;
}) {
  return (
    <>
      <PersonSummaryBlock person={person} content={content} names={names} />
      <Collapsible id="person-associations" title="Associations">
        <PersonAssociations
          person={person}
          associations={content.associations}
          nameOf={names.ofId}
        />
      </Collapsible>
    </>
  );
}
