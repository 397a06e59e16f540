// The people feature's public API.
export { ContextsSection } from './ContextsSection';
export { PeopleList } from './PeopleList';
export { PersonPanel } from './PersonPanel';
export { StrengthsSection } from './StrengthsSection';
