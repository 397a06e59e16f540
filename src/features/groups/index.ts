// The groups feature's public API.
export { GroupPanel } from './GroupPanel';
export { GroupsList } from './GroupsList';
export { PersonGroupsSection } from './PersonGroupsSection';
export { createNamedGroup, renameGroup, startNewGroup, startRenameGroup } from './groupActions';
