// The capture line's public API: the host the board page mounts, the key's action and the map's hook.
export { CaptureLineHost } from './CaptureLineHost';
export {
  openCaptureLine,
  startPlacing,
  stopPlacing,
  takeCapturedPlace,
  useCaptureLine,
} from './captureLineStore';
