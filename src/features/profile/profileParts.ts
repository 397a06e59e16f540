// What the problem profile's chunk holds (see profileChunk.ts).
export { default as ProfilePage } from './ProfilePage';
export { default as ProfileChooser } from './ProfileChooser';
