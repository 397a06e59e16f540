/**
 * New records with their defaults: kept so importers need not change. Each is defined with its
 * kind in src/domain/kinds, as that kind's `create`.
 */
export { newAction } from './kinds/action';
export { newAnnotation } from './kinds/annotation';
export { defaultDirected, newAssociation } from './kinds/association';
export { newBoard } from './kinds/board';
export { newGroup } from './kinds/group';
export { newIncident } from './kinds/incident';
export { newMembership } from './kinds/membership';
export { initialsOf, newPerson, renamePatch } from './kinds/person';
export { newPlace } from './kinds/place';
export { newPlaceLink } from './kinds/placeLink';
export { newPosition } from './kinds/position';
