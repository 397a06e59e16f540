import L from '../leafletSetup';

/**
 * A basemap's credit ("© OpenStreetMap contributors") as a map control of plain text. Leaflet's
 * own attribution control writes its strings as HTML, so text a user typed or a file carried
 * never goes there.
 */
export function addCredit(map: L.Map, text: string): () => void {
  const Credit = L.Control.extend({
    onAdd() {
      const box = L.DomUtil.create('div', 'leaflet-control-attribution basemap-credit');
      box.textContent = text;
      L.DomEvent.disableClickPropagation(box);
      return box;
    },
  });
  const control = new (Credit as unknown as new (o: L.ControlOptions) => L.Control)({
    position: 'bottomright',
  });
  control.addTo(map);
  return () => {
    control.remove();
  };
}
