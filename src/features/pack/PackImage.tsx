import { useEffect, useMemo, useState } from 'react';
import { picturePng } from '../export';
import type { PackPicture } from './packImages';

interface Props {
  image: PackPicture;
  alt: string;
  onSettled: () => void;
}

/**
 * An SVG document shown as an image. It goes through a data: URL, never into the page's markup,
 * so nothing typed into a record can become HTML; the image is drawn as vectors when printed.
 * A picture too big for that (see `PNG_FROM_PEOPLE`) is painted as a PNG in a worker and shown
 * from a blob: URL once made.
 */
export function PackImage({ image, alt, onSettled }: Props) {
  const svgSrc = useMemo(
    () =>
      'svg' in image ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}` : null,
    [image],
  );
  const [pngSrc, setPngSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!('picture' in image)) return;
    let url: string | null = null;
    let gone = false;
    picturePng(image.picture, 2).then(
      (blob) => {
        if (gone) return;
        url = URL.createObjectURL(blob);
        setPngSrc(url);
      },
      () => !gone && onSettled(),
    );
    return () => {
      gone = true;
      setPngSrc(null);
      if (url) URL.revokeObjectURL(url);
    };
  }, [image, onSettled]);
  const src = svgSrc ?? pngSrc;
  if (!src) return <p className="pack-image-making">Drawing the network…</p>;
  return <img className="pack-image" src={src} alt={alt} onLoad={onSettled} onError={onSettled} />;
}
