import { useEffect, useRef, useState } from 'react';
import { lockThisDevice } from './lockChannel';

/** The warning comes this long before the lock, during a meeting. */
export const WARNING_MS = 60_000;
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks after `minutes` with no pointer, key, wheel or touch. During a meeting (`warnFirst`) the
 * last minute is a warning instead: returns the seconds left while it shows (else null), and the
 * call that keeps the device unlocked ("Stay unlocked"). While the warning shows, only that call
 * keeps it open: a pointer drifting over the screen is not a person who has come back.
 */
export function useIdleLock(
  minutes: number,
  warnFirst: boolean,
): { warning: number | null; stay: () => void } {
  const last = useRef(Date.now());
  const warned = useRef(false);
  const warnRef = useRef(warnFirst);
  warnRef.current = warnFirst;
  const [warning, setWarning] = useState<number | null>(null);

  useEffect(() => {
    const limit = minutes * 60_000;
    last.current = Date.now();
    const active = () => {
      if (!warned.current) last.current = Date.now();
    };
    const check = () => {
      const left = last.current + limit - Date.now();
      if (left <= 0) {
        window.clearInterval(timer);
        void lockThisDevice();
      } else if (warnRef.current && left <= WARNING_MS) {
        warned.current = true;
        setWarning(Math.ceil(left / 1000));
      }
    };
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY) window.addEventListener(type, active, options);
    // Once a second: cheap, and a timer the tests' clock can drive.
    const timer = window.setInterval(check, 1000);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, active, options);
    };
  }, [minutes]);

  const stay = () => {
    warned.current = false;
    last.current = Date.now();
    setWarning(null);
  };
  return { warning, stay };
}
