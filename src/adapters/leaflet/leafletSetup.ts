/**
 * The one way into Leaflet: sets the global the plugins need, then loads the plugins and their
 * styles. Import order matters: leafletGlobal must be evaluated first.
 */
import L from './leafletGlobal';
import 'leaflet/dist/leaflet.css';
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.heat';
import './map.css';

export default L;
