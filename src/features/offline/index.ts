// Offline and installable (issue 14): the service worker's registration and update notice, and the
// board list's line about storage on this device.
export { startOffline } from './startOffline';
export { StorageOnDevice } from './StorageOnDevice';
