import { useLayoutEffect, useRef } from 'react';
import { PERSON_LABEL, PERSON_SELECTED_BORDER, PERSON_SIZE } from '../../adapters/cytoscape/style';
import { harmRing, personShape, riskFill, SELECTED } from '../../domain/encoding';
import type { Person } from '../../domain/kinds/person';
import type { Names } from '../names';
import { nodePrimitives, type Primitive } from '../../ui/drawing/primitives';
import { SvgPrimitives } from '../../ui/drawing/SvgPrimitives';

interface Props {
  person: Person;
  /** Where the canvas will draw the node's centre, in pixels from the canvas's top left. */
  at: { x: number; y: number };
  zoom: number;
  names: Pick<Names, 'of'>;
  /** The name as the canvas would draw it (cut to fit), or null when it draws no names this far out. */
  fitLabel: (text: string) => string | null;
  /** Called in the animation frame that first paints this drawing. */
  onPainted: () => void;
}

/**
 * A person just added, drawn over the canvas until the canvas has drawn them itself (see
 * usePendingPeople): the same shape, fill and outline as their node, selected as the app selects
 * them, and their name as the names policy shows it. Hidden from assistive technology: the People
 * list announces the person, and this lasts a fraction of a second.
 */
export function PendingPerson({ person, at, zoom, names, fitLabel, onPainted }: Props) {
  // Only the first paint counts, whatever callback later renders pass.
  const painted = useRef(onPainted);
  useLayoutEffect(() => {
    // Animation frame callbacks run just before the frame that first includes this element.
    const frame = requestAnimationFrame(() => painted.current());
    return () => cancelAnimationFrame(frame);
  }, []);

  const r = PERSON_SIZE / 2;
  const drawing = nodePrimitives(
    {
      shape: personShape[person.kind],
      fill: riskFill[person.riskLevel],
      border: { width: PERSON_SELECTED_BORDER, style: 'solid' },
      ring: harmRing[person.harmRole],
    },
    0,
    0,
    r,
    SELECTED,
  );
  const label = fitLabel(names.of(person));
  const text: Primitive[] =
    label === null
      ? []
      : [
          {
            tag: 'text',
            attrs: {
              x: 0,
              // The canvas puts the bottom of the text box this far below the centre.
              y: r + PERSON_LABEL.gap + PERSON_LABEL.size,
              'text-anchor': 'middle',
              'dominant-baseline': 'text-after-edge',
              'font-family': PERSON_LABEL.family,
              'font-size': PERSON_LABEL.size,
              'font-weight': PERSON_LABEL.weight,
              fill: PERSON_LABEL.colour,
              stroke: '#fff',
              // The canvas strokes the outline centred on the glyph edge: twice its width.
              'stroke-width': PERSON_LABEL.outline * 2,
              'stroke-linejoin': 'round',
              'paint-order': 'stroke',
            },
            text: label,
          },
        ];

  return (
    <svg
      className="pending-person"
      data-testid="pending-person"
      data-person-id={person.id}
      aria-hidden="true"
      width={1}
      height={1}
      style={{
        position: 'absolute',
        left: at.x,
        top: at.y,
        overflow: 'visible',
        pointerEvents: 'none',
        zIndex: 5,
      }}
    >
      <g transform={`scale(${zoom})`}>
        <SvgPrimitives primitives={[...drawing, ...text]} />
      </g>
    </svg>
  );
}
