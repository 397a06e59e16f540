// Finds the system Chromium for end-to-end tests and the benchmark. Playwright must never download
// a browser here, so when none is installed we stop with a message saying how to install one.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `\nNo Chromium found at ${path}.\n` +
      'The end-to-end tests and the benchmark drive the system Chromium. Install it with:\n' +
      '    sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.\n',
  );
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);

// The meeting-pack test prints to PDF and reads the text back with poppler's pdftotext.
const hasPdftotext = (process.env.PATH ?? '')
  .split(':')
  .some((dir) => dir && existsSync(`${dir}/pdftotext`));
if (process.argv.includes('--pdf') && !hasPdftotext) {
  console.error(
    '\nNo pdftotext found. The meeting-pack test reads the printed PDF with it. Install it with:\n' +
      '    sudo apt-get update && sudo apt-get install -y poppler-utils\n',
  );
  process.exit(1);
}

// The data tests hand exports to real clients and import what they write: Debian's networkx (run
// as /usr/bin/python3, not a python found first on PATH) and GDAL's ogrinfo and ogr2ogr.
const onPath = (tool) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${tool}`));
const hasNetworkx = existsSync('/usr/lib/python3/dist-packages/networkx/__init__.py');
if (process.argv.includes('--pdf') && (!hasNetworkx || !onPath('ogrinfo') || !onPath('ogr2ogr'))) {
  console.error(
    '\nThe data tests need Debian’s networkx and GDAL, to read the app’s exports and write files it ' +
      'imports. Install them with:\n' +
      '    sudo apt-get update && sudo apt-get install -y --no-install-recommends python3-networkx gdal-bin\n',
  );
  process.exit(1);
}
