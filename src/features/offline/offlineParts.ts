// What the offline feature fetches after the first screen is up, as one chunk: the service worker's
// registration and the board list's storage line (one file for the first download to name, not two).
export { registerOnce } from './serviceWorker';
export { StorageLine } from './StorageLine';
