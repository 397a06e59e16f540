import cytoscape from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';

// Extensions register once per page, at module scope (registering twice throws).
let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(edgehandles);
}
