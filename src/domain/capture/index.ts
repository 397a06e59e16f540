// The capture line's shorthand: one typed line to a plan of records (README "Capture line").
export { parseCaptureLine } from './parseCaptureLine';
export type {
  ActionTarget,
  BoardNames,
  CapturePlan,
  CaptureRecord,
  CaptureRefusal,
  CaptureResult,
  NewPerson,
  PersonRef,
  Subject,
} from './plan';
export { isNewRef } from './plan';
export { acceptSuggestion, suggestNames, type Suggestion } from './suggest';
export { nearNames, nearNamesProblem, type NearName } from './nearNames';
