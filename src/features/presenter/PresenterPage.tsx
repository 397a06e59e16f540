import { useEffect, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useFilters } from '../../state/filterStore';
import { useSizeBy } from '../../state/sizeByStore';
import { useIncidentFilter } from '../../state/incidentFilterStore';
import { useMeetingUi } from '../../state/meetingStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import { useViews } from '../../state/viewStore';
import { followMapArea } from '../map';
import { PresentedBoard } from './PresentedBoard';
import {
  openPresenterChannel,
  readPresenterMessage,
  type ChairState,
  type PresenterMessage,
} from './protocol';
import './presenter.css';

/** Presenter-safe in this window, always: set before anything is drawn and kept on. */
function usePresenterSafeAlways(): boolean {
  const safe = useUi((s) => s.presenterSafe);
  useLayoutEffect(() => {
    useUi.getState().setPresenterSafe(true);
    // A setting restored at start-up (the chair's own choice) must not turn it off here.
    return useUi.subscribe((s) => {
      if (!s.presenterSafe) useUi.getState().setPresenterSafe(true);
    });
  }, []);
  return safe;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The chair's state with the parts that did not change kept as they were: a drag of the chair's map
 * sends a message each frame, and a diagram given a new (equal) filter or extent draws again.
 */
const steady = (was: ChairState | null, next: ChairState): ChairState =>
  was && same(was.extent, next.extent) ? { ...next, extent: was.extent } : next;

/** Puts the chair's view state into this window's stores, which the diagram and map read. */
function follow(state: ChairState): void {
  useUi.getState().select({ ...NO_SELECTION, ...state.selection });
  useFilters.setState((s) => (same(s.filter, state.filter) ? s : { filter: state.filter }));
  const { from, to } = state.period;
  useIncidentFilter.setState((s) =>
    s.filter.from === from && s.filter.to === to ? s : { filter: { ...s.filter, from, to } },
  );
  useViews.setState({ views: state.views, showPlaces: state.showPlaces });
  useMeetingUi.getState().setStep(state.step);
  followMapArea(state.mapArea);
  followSizing(state.sizing);
}

let lastSizing = 'null';
/** The chair's node sizes, drawn again only when they change (the state comes every frame of a pan). */
function followSizing(sizing: ChairState['sizing']): void {
  const json = JSON.stringify(sizing);
  if (json === lastSizing) return;
  lastSizing = json;
  useSizeBy.setState(
    sizing
      ? { measure: sizing.measure, sizes: new Map(Object.entries(sizing.sizes)) }
      : { measure: null, sizes: new Map() },
  );
}

/**
 * The presenter window (route `#/present/<board>`), for the projector: the chair's board as the
 * chair's window shows it, with presenter-safe names only, and nothing to press. It learns what
 * to show from the chair's window over the presenter channel; the records come from this device's
 * store. Until the chair's board is open (or after it closes) it says it is waiting, over nothing.
 */
export default function PresenterPage() {
  const safe = usePresenterSafeAlways();
  const [state, setState] = useState<ChairState | null>(null);

  useEffect(() => {
    document.title = 'Presenter screen · Peers & Places';
    const channel = openPresenterChannel();
    if (!channel) return;
    const post = (m: PresenterMessage) => channel.postMessage(m);
    channel.onmessage = (e: MessageEvent) => {
      const m = readPresenterMessage(e.data);
      switch (m?.type) {
        case 'state':
          // At once, effects included: the selection reaches the canvas in this task, so the
          // projector's next frame shows it.
          flushSync(() => {
            follow(m.state);
            setState((was) => steady(was, m.state));
          });
          break;
        case 'chair-gone':
          setState(null);
          break;
        case 'close':
          window.close();
          break;
        case 'hello':
          post({ type: 'presenter-here' });
          break;
      }
    };
    const gone = () => post({ type: 'presenter-gone' });
    window.addEventListener('pagehide', gone);
    // A reloaded presenter asks at once; the chair's window answers with what it shows.
    post({ type: 'presenter-here' });
    return () => {
      gone();
      window.removeEventListener('pagehide', gone);
      channel.close();
    };
  }, []);

  return (
    <div className="presenter">
      {state && safe ? (
        <PresentedBoard state={state} />
      ) : (
        <p className="presenter-waiting" role="status">
          Waiting for the chair’s screen
        </p>
      )}
    </div>
  );
}
