import { currentUserName } from '../../commands/identity';
import { useUi, type Route } from '../../state/uiStore';
import { useChunk } from '../../ui/chunk';
import { RouteOpening } from '../../ui/RouteStates';

import { profileParts } from './profileChunk';

export function ProfileRoute({ route }: { route: Extract<Route, { name: 'profile' }> }) {
  const Page = useChunk(profileParts)?.ProfilePage;
  // Read here and handed down: the report's chunk must not import what the first download holds
  // (rolldown would split it into an extra chunk fetched up front).
  const presenterSafe = useUi((s) => s.presenterSafe);
  if (!Page) return <RouteOpening>Opening the problem profile…</RouteOpening>;
  return (
    <Page
      boardIds={route.boardIds}
      named={route.named}
      fromBoard={route.fromBoard}
      presenterSafe={presenterSafe}
      producedBy={currentUserName()}
    />
  );
}
