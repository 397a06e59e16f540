import {
  isPlainPicture,
  keptSize,
  keptSmallerNote,
  pictureTypeFor,
  PICTURE_MAX_SIDE,
} from '../../src/domain/basemapPicture';

describe('the picture a background image is kept as', () => {
  it('is shown as it is only when it is a plain picture; an SVG or an unknown type is redrawn', () => {
    for (const t of [
      'image/png',
      'image/jpeg',
      'image/webp',
      'image/gif',
      'image/avif',
      'image/bmp',
    ])
      expect(isPlainPicture(t)).toBe(true);
    for (const t of [
      'image/svg+xml',
      '',
      'text/html',
      'application/xml',
      'image/png; x=1',
      'IMAGE/SVG+XML',
    ])
      expect(isPlainPicture(t)).toBe(false);
  });

  it('keeps photos as WebP and drawings as PNG', () => {
    expect(pictureTypeFor('image/jpeg')).toBe('image/webp');
    expect(pictureTypeFor('image/avif')).toBe('image/webp');
    expect(pictureTypeFor('image/svg+xml')).toBe('image/png');
    expect(pictureTypeFor('image/gif')).toBe('image/png');
    expect(pictureTypeFor('')).toBe('image/png');
  });

  it('keeps an image at its own size up to 8,192 pixels on its longer side, and scales larger ones', () => {
    expect(PICTURE_MAX_SIDE).toBe(8_192);
    expect(keptSize(1200, 800)).toEqual({ width: 1200, height: 800 });
    expect(keptSize(8_192, 8_192)).toEqual({ width: 8_192, height: 8_192 });
    expect(keptSize(16_000, 9_000)).toEqual({ width: 8_192, height: 4_608 });
    expect(keptSize(600, 9_000)).toEqual({ width: 546, height: 8_192 });
    // A thin strip never becomes nothing.
    expect(keptSize(16_000, 1)).toEqual({ width: 8_192, height: 1 });
  });

  it('says when it kept an image smaller, and not otherwise', () => {
    expect(keptSmallerNote('plan.png', 1200, 800)).toBeNull();
    expect(keptSmallerNote('scan.jpg', 12_000, 9_000)).toBe(
      '“scan.jpg” is 12,000 × 9,000 pixels: it is kept at 8,192 × 6,144, enough for any screen or print, so the map stays quick. Places on it keep the image’s own pixel positions.',
    );
  });
});
