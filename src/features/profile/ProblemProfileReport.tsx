import { STANDING_CAVEAT } from '../../domain/analysis/profileCaveats';
import { usePrintMarking } from '../../ui/print/usePrintMarking';
import { HarmPatterns } from './harmPatterns';
import { HarmsChart } from './HarmsChart';
import { HarmsTable } from './HarmsTable';
import { ProfileCover } from './ProfileCover';
import { ProfileGroups, ProfilePlaces, ProfileYoungPeople } from './ProfileSections';
import type { ProfileModel } from './profileModel';
import './profile.css';

export const NAMED_MARK = 'Named internal version';

interface Props {
  model: ProfileModel;
  named: boolean;
  producedBy: string;
  producedOn: Date;
  /** Boards asked for that are not on this device (deleted, or damaged). */
  missing: number;
}

/**
 * The problem profile report: what the chosen boards record, counted, for print (A4, black and
 * white safe). The boards' highest marking, and the named version's warning, head and foot every
 * printed page.
 */
export function ProblemProfileReport({ model, named, producedBy, producedOn, missing }: Props) {
  const { profile } = model;
  const mark = [model.marking, named ? NAMED_MARK : ''].filter(Boolean).join(' · ');
  usePrintMarking(mark);
  return (
    <article className="profile print-doc" aria-label="Problem profile" data-profile-ready="true">
      <HarmPatterns />
      {mark && <p className="profile-marking screen-marking">{mark}</p>}
      <ProfileCover
        model={model}
        named={named}
        producedBy={producedBy}
        producedOn={producedOn}
        missing={missing}
      />

      <section className="profile-section" aria-labelledby="profile-harms">
        <h2 id="profile-harms">Harms by kind over time</h2>
        {profile.harmsByMonth.length === 0 ? (
          <p>
            No incidents are recorded on {model.boards.length > 1 ? 'these boards' : 'this board'},
            so there are no harms over time to show.
          </p>
        ) : (
          <>
            <HarmsChart months={profile.harmsByMonth} kinds={model.kinds} />
            <HarmsTable months={profile.harmsByMonth} kinds={model.kinds} />
          </>
        )}
      </section>

      <ProfilePlaces model={model} />
      <ProfileGroups model={model} />
      <ProfileYoungPeople model={model} named={named} />

      <section className="profile-section" aria-labelledby="profile-caveats">
        <h2 id="profile-caveats">Caveats on the data</h2>
        <p className="profile-note">{STANDING_CAVEAT}</p>
        {model.caveats.length === 0 ? (
          <p>No gaps were found in the dates, confidences, places and links recorded.</p>
        ) : (
          <ul className="profile-caveats">
            {model.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </section>
      {mark && <p className="profile-marking screen-marking">{mark}</p>}
    </article>
  );
}
