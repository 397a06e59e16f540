// The export feature's public API: the export buttons, and the image builders the meeting pack reuses.
export { ExportMenu } from './ExportMenu';
export { MapExportButton } from './MapExportButton';
export { exportInput, longDate, namesInForce } from './exportInput';
export { mapExportInput, type MapPicture } from './mapInput';
export { MAP_SWATCH, mapLegendSections } from './mapLegend';
export { mapExportSvg } from './mapSvg';
export { networkPicture, networkSvg } from './networkSvg';
export { picturePng } from './encodePng';
