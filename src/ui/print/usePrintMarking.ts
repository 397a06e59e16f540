import { useEffect } from 'react';

const PROPERTY = '--pp-print-marking';

/** The marking as a CSS string token: quotes and backslashes escaped, line breaks made spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * Puts the board's protective marking at the top and bottom of every printed page. Chromium draws
 * `@page` margin boxes (printPages.css, @imported by each print view's CSS so that it needs no CSS file of its own), and their `content` can only come from CSS, so the marking is
 * handed over as a custom property on the root element, set with the CSSOM (never as markup).
 */
export function usePrintMarking(marking: string): void {
  useEffect(() => {
    const root = document.documentElement;
    if (marking.trim()) root.style.setProperty(PROPERTY, cssString(marking.trim()));
    else root.style.removeProperty(PROPERTY);
    return () => {
      root.style.removeProperty(PROPERTY);
    };
  }, [marking]);
}
