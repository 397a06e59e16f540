import { currentUserName } from '../../commands/identity';
import { useUi } from '../../state/uiStore';
import { useChunk } from '../../ui/chunk';
import { RouteOpening } from '../../ui/RouteStates';
import { profileParts } from './profileChunk';

/** The problem profile's route: `query` is the address's, read by the report (profileQuery.ts). */
export function ProfileRoute({ query }: { query: string }) {
  const Page = useChunk(profileParts)?.ProfilePage;
  // Read here and handed down: the report's chunk must not import what the first download holds
  // (rolldown would split it into an extra chunk fetched up front).
  const presenterSafe = useUi((s) => s.presenterSafe);
  if (!Page) return <RouteOpening>Opening the problem profile…</RouteOpening>;
  return <Page query={query} presenterSafe={presenterSafe} producedBy={currentUserName()} />;
}
