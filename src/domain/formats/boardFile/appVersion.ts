// Only the version is taken from package.json (a named import: the bundler leaves the rest out).
import { version } from '../../../../package.json';

/** The app's version, written into every board file beside the file format's own version. */
export const APP_VERSION: string = version;
