// The places feature's public API.
export { PlaceLinkPicker } from './PlaceLinkPicker';
export { PlaceLinksSection } from './PlaceLinksSection';
export { PlacePanel } from './PlacePanel';
export { PlacesList } from './PlacesList';
