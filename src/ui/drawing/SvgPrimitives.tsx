import { createElement } from 'react';
import type { Primitive } from './primitives';

// React wants SVG presentation attributes in camelCase (stroke-width → strokeWidth).
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Renders drawing primitives as React SVG elements (text stays text). */
export function SvgPrimitives({ primitives }: { primitives: readonly Primitive[] }) {
  return primitives.map((p, i) =>
    createElement(
      p.tag,
      {
        key: i,
        ...Object.fromEntries(Object.entries(p.attrs).map(([k, v]) => [camel(k), v])),
      },
      p.text,
    ),
  );
}
