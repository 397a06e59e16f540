import { describe, expect, it } from 'vitest';
import { paintPicture, paintPrimitive, type Paintable } from '../../src/ui/drawing/paintPicture';
import { pictureToSvg, type Picture } from '../../src/ui/drawing/picture';
import type { Primitive } from '../../src/ui/drawing/primitives';

/** A 2D context that writes down what is drawn, with the style in force at each fill or stroke. */
function recorder() {
  const calls: string[] = [];
  const state = {
    fillStyle: '#000000' as string,
    strokeStyle: '#000000' as string,
    lineWidth: 1,
    lineJoin: 'miter' as CanvasLineJoin,
    globalAlpha: 1,
    font: '',
    textAlign: 'start' as CanvasTextAlign,
    textBaseline: 'alphabetic' as CanvasTextBaseline,
  };
  let dash: number[] = [];
  const log =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(
        `${name}(${args.map((a) => (typeof a === 'number' ? Math.round(a * 100) / 100 : String(a))).join(',')})`,
      );
    };
  const ctx = {
    ...state,
    save: log('save'),
    restore: log('restore'),
    translate: log('translate'),
    scale: log('scale'),
    beginPath: () => undefined,
    closePath: log('closePath'),
    moveTo: log('moveTo'),
    lineTo: log('lineTo'),
    arc: log('arc'),
    ellipse: log('ellipse'),
    rect: log('rect'),
    roundRect: log('roundRect'),
    setLineDash: (d: number[]) => {
      dash = d;
    },
    fill() {
      calls.push(`fill ${this.fillStyle} alpha ${this.globalAlpha}`);
    },
    stroke() {
      calls.push(
        `stroke ${this.strokeStyle} ${this.lineWidth} [${dash.join(' ')}] ${this.lineJoin}`,
      );
    },
    fillText(text: string, x: number, y: number) {
      calls.push(`fillText "${text}" ${x},${y} ${this.font} ${this.textAlign} ${this.fillStyle}`);
    },
    strokeText(text: string, x: number, y: number) {
      calls.push(`strokeText "${text}" ${x},${y} ${this.strokeStyle} ${this.lineWidth}`);
    },
  };
  return { ctx: ctx as unknown as Paintable, calls };
}

const paintOne = (p: Primitive) => {
  const { ctx, calls } = recorder();
  paintPrimitive(ctx, p, 'system-ui, sans-serif');
  return calls.filter((c) => c !== 'save()' && c !== 'restore()');
};

describe('paintPrimitive draws as an SVG viewer would', () => {
  it('fills a circle before stroking it, black when no fill is given', () => {
    expect(
      paintOne({
        tag: 'circle',
        attrs: { cx: 10, cy: 20, r: 5, stroke: '#333', 'stroke-width': 2 },
      }),
    ).toEqual(['arc(10,20,5,0,6.28)', 'fill #000000 alpha 1', 'stroke #333 2 [] miter']);
  });

  it('draws nothing for fill="none" and stroke="none"', () => {
    expect(
      paintOne({ tag: 'rect', attrs: { x: 0, y: 0, width: 4, height: 4, fill: 'none' } }),
    ).toEqual(['rect(0,0,4,4)']);
  });

  it('strokes a line (never fills it) with its dashes', () => {
    expect(
      paintOne({
        tag: 'line',
        attrs: {
          x1: 0,
          y1: 0,
          x2: 10,
          y2: 0,
          stroke: '#c00',
          'stroke-width': 3,
          'stroke-dasharray': '8 5',
        },
      }),
    ).toEqual(['moveTo(0,0)', 'lineTo(10,0)', 'stroke #c00 3 [8 5] miter']);
  });

  it('closes a polygon from its points and fades it by its opacity', () => {
    expect(
      paintOne({
        tag: 'polygon',
        attrs: { points: '0,0 10,0 5,8', fill: '#123456', opacity: 0.5 },
      }),
    ).toEqual([
      'moveTo(0,0)',
      'lineTo(10,0)',
      'lineTo(5,8)',
      'closePath()',
      'fill #123456 alpha 0.5',
    ]);
  });

  it('rounds a rect with rx', () => {
    expect(
      paintOne({ tag: 'rect', attrs: { x: 1, y: 2, width: 30, height: 20, rx: 4, fill: '#fff' } }),
    ).toEqual(['roundRect(1,2,30,20,4)', 'fill #fff alpha 1']);
  });

  it('draws text as text, with its font and anchor, and a halo under it for paint-order stroke', () => {
    const text = '<img src=x onerror=alert(1)> =SUM(A1)';
    expect(
      paintOne({
        tag: 'text',
        attrs: {
          x: 5,
          y: 9,
          'font-size': 17,
          'font-weight': 600,
          'text-anchor': 'middle',
          fill: '#111',
          stroke: '#fff',
          'stroke-width': 3,
          'paint-order': 'stroke',
        },
        text,
      }),
    ).toEqual([
      `strokeText "${text}" 5,9 #fff 3`,
      `fillText "${text}" 5,9 600 17px system-ui, sans-serif center #111`,
    ]);
  });
});

describe('paintPicture', () => {
  const picture: Picture = {
    width: 100,
    height: 50,
    fontFamily: 'system-ui, sans-serif',
    layers: [
      { primitives: [{ tag: 'text', attrs: { x: 1, y: 2 }, text: 'Title' }] },
      {
        place: { dx: 10, dy: 20, scale: 0.5 },
        primitives: [{ tag: 'circle', attrs: { cx: 0, cy: 0, r: 4, fill: '#00f' } }],
      },
    ],
  };

  it('paints on white at the scale asked, each placed layer moved and scaled as its SVG group', () => {
    const { ctx, calls } = recorder();
    paintPicture(ctx, picture, 2);
    expect(calls).toContain('scale(2,2)');
    expect(calls[calls.indexOf('scale(2,2)') + 1]).toBe('rect(0,0,100,50)');
    expect(calls).toContain('fill #ffffff alpha 1');
    const placed = calls.indexOf('translate(10,20)');
    expect(placed).toBeGreaterThan(
      calls.indexOf('fillText "Title" 1,2 400 16px system-ui, sans-serif left #000000'),
    );
    expect(calls[placed + 1]).toBe('scale(0.5,0.5)');
    expect(calls).toContain('arc(0,0,4,0,6.28)');
  });

  it('is the drawing the SVG file holds', () => {
    const svg = pictureToSvg(picture);
    expect(svg).toContain('viewBox="0 0 100 50" font-family="system-ui, sans-serif"');
    expect(svg).toContain('<text x="1" y="2">Title</text>');
    expect(svg).toContain(
      '<g transform="translate(10 20) scale(0.5)"><circle cx="0" cy="0" r="4" fill="#00f"/></g>',
    );
  });
});
