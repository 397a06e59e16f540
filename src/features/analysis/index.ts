// The analysis feature's public API.
export { AnalysisArea, AnalysisButton } from './AnalysisControl';
