// The checks feature's public API.
export { ChecksControl } from './ChecksControl';
