import { chunk, useChunk } from '../../ui/chunk';

/** The presenter window's page carries the diagram (Cytoscape): a chunk of its own. */
const presenterPage = chunk(() => import('./PresenterPage').then((m) => m.default));

export function PresenterRoute() {
  const Page = useChunk(presenterPage);
  // Nothing at all until it arrives: a projector shows no half-drawn app.
  if (!Page) return null;
  return <Page />;
}
