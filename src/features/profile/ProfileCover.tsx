import type { ProfileModel } from './profileModel';
import { dateInWords, toDateString } from '../../domain/dates';
import { countOf } from '../../domain/words';

interface Props {
  model: ProfileModel;
  named: boolean;
  producedBy: string;
  producedOn: Date;
  missing: number;
}

const longDay = (d: Date) => dateInWords(toDateString(d));

/** The report's head: what it covers, when, by whom, and whether it names anyone. */
export function ProfileCover({ model, named, producedBy, producedOn, missing }: Props) {
  const { quality, youngPeople } = model.profile;
  return (
    <header className="profile-cover">
      <p className="profile-kicker">Problem profile{named ? ' · named internal version' : ''}</p>
      <h1>{model.boards.map((b) => b.title).join(' and ')}</h1>
      <dl className="profile-facts">
        <dt>Boards covered</dt>
        <dd>
          <ul className="profile-boards" aria-label="Boards covered">
            {model.boards.map((b) => (
              <li key={b.id}>{b.title}</li>
            ))}
          </ul>
        </dd>
        <dt>Period covered</dt>
        <dd>
          {model.period
            ? `Incidents from ${dateInWords(model.period.from)} to ${dateInWords(model.period.to)}`
            : 'No incidents are recorded'}
        </dd>
        <dt>Recorded</dt>
        <dd>
          {countOf(quality.incidents, 'incident', 'incidents')},{' '}
          {countOf(youngPeople, 'young person', 'young people')},{' '}
          {countOf(quality.associations, 'association', 'associations')},{' '}
          {countOf(model.profile.places.length, 'place', 'places')},{' '}
          {countOf(model.profile.groups.length, 'group', 'groups')}
        </dd>
        <dt>Names</dt>
        <dd>
          {named
            ? 'Named internal version: young people are named as each board’s name policy allows. For internal use only.'
            : 'Young people are counted, never named.'}
        </dd>
        <dt>Produced</dt>
        <dd>
          {longDay(producedOn)} by {producedBy}
        </dd>
      </dl>
      {missing > 0 && (
        <p role="status">
          {countOf(missing, 'board', 'boards')} asked for {missing === 1 ? 'is' : 'are'} not on this
          device or could not be read, and {missing === 1 ? 'is' : 'are'} left out.
        </p>
      )}
    </header>
  );
}
