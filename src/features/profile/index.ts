// The problem profile's public API: its route (the report itself is loaded on demand) and the
// board list's chooser of boards (also loaded on demand).
export { ProfileRoute } from './ProfileRoute';
export { ProblemProfileButton } from './ProblemProfileButton';
