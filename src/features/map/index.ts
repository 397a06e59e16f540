// The map feature's public API. The map view itself is loaded on demand by MapPane.
export { MapPane } from './MapPane';
export { placeFeatures, placePositions } from './mapModel';
export { selectPlace } from './placeActions';
export { placeUnder } from './placeUnder';
export { followMapArea, useMapArea, type BoardMapArea } from './mapArea';
export { redrawPicture } from './basemap/redrawPicture';
