// The import feature's public API: the toolbar's Import menu, and the hooks the e2e test API sets.
export { ImportMenu } from './ImportMenu';
export { importTestHooks } from './testHooks';
