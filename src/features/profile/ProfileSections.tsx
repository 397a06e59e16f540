import { HarmSwatch } from './harmPatterns';
import { busiestHours, HourStrip } from './HourStrip';
import { TOP_GROUPS, TOP_PLACES, type ProfileModel } from './profileModel';
import { countOf } from '../../domain/words';

const where = (model: ProfileModel) => (model.boards.length > 1 ? 'these boards' : 'this board');

/** Places ranked by incidents, then groups and young people joined, with the hours of their incidents. */
export function ProfilePlaces({ model }: { model: ProfileModel }) {
  const { places } = model;
  const several = model.boards.length > 1;
  return (
    <section className="profile-section" aria-labelledby="profile-places">
      <h2 id="profile-places">Places ranked</h2>
      {places.length === 0 ? (
        <p>
          No places on {where(model)} have incidents, groups or young people recorded with them.
        </p>
      ) : (
        <>
          <p>
            Ranked by incidents recorded there, then by the groups and young people linked to them.{' '}
            {countOf(model.placesWithIncidents, 'place has', 'places have')} incidents recorded.
            Listed: the first {places.length} with incidents, groups or young people recorded with
            them (at most {TOP_PLACES}).
          </p>
          <table className="profile-table profile-places">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Place</th>
                <th scope="col">Incidents</th>
                <th scope="col">Groups</th>
                <th scope="col">Young people</th>
                <th scope="col">Hours of its incidents (00–24)</th>
              </tr>
            </thead>
            <tbody>
              {places.map((p, i) => (
                <tr key={p.id}>
                  <td>{i + 1}</td>
                  <th scope="row">
                    {p.name}
                    <span className="profile-sub">
                      {p.kind}
                      {several && p.board ? ` · ${p.board}` : ''}
                    </span>
                  </th>
                  <td>{p.incidents}</td>
                  <td>{p.groups}</td>
                  <td>{p.youngPeople}</td>
                  <td>
                    {p.incidents > 0 ? (
                      <>
                        <HourStrip byHour={p.byHour} label={p.name} />
                        <span className="profile-sub">{busiestHours(p.byHour)}</span>
                      </>
                    ) : (
                      'No incidents'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Groups with the kinds of harm their members' incidents and associations overlap with. */
export function ProfileGroups({ model }: { model: ProfileModel }) {
  const total = model.profile.groups.length;
  const several = model.boards.length > 1;
  return (
    <section className="profile-section" aria-labelledby="profile-groups">
      <h2 id="profile-groups">Groups and the harms they overlap with</h2>
      {total === 0 ? (
        <p>No groups are recorded on {where(model)}.</p>
      ) : (
        <>
          {total > TOP_GROUPS && (
            <p>
              The {TOP_GROUPS} largest of {total} groups are listed.
            </p>
          )}
          <table className="profile-table profile-groups">
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Members</th>
                <th scope="col">Harms in its members’ incidents</th>
                <th scope="col">Associations of its members</th>
              </tr>
            </thead>
            <tbody>
              {model.groups.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    {g.name}
                    {several && g.board && <span className="profile-sub">{g.board}</span>}
                  </th>
                  <td>{g.members}</td>
                  <td>{g.harms || 'None recorded'}</td>
                  <td>{g.associations || 'None recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Young people affected, counted per kind of harm; named only in the named internal version. */
export function ProfileYoungPeople({ model, named }: { model: ProfileModel; named: boolean }) {
  const rows = model.youngPeople;
  return (
    <section className="profile-section" aria-labelledby="profile-young">
      <h2 id="profile-young">Young people affected</h2>
      <p>
        {countOf(model.profile.youngPeople, 'young person is', 'young people are')} recorded on{' '}
        {where(model)}. A young person involved in incidents of several kinds counts in each.
      </p>
      {rows.length === 0 ? (
        <p>No young person is recorded as involved in an incident.</p>
      ) : (
        <table className="profile-table profile-young">
          <thead>
            <tr>
              <th scope="col">Kind of harm</th>
              <th scope="col">Young people involved</th>
              {named && <th scope="col">Names</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind}>
                <th scope="row">
                  <HarmSwatch kind={r.kind} /> {r.label}
                </th>
                <td>{r.count}</td>
                {named && <td>{r.names?.join(', ')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
