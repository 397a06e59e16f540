import { useMemo } from 'react';

interface Props {
  svg: string;
  alt: string;
  onSettled: () => void;
}

/**
 * An SVG document shown as an image. It goes through a data: URL, never into the page's markup,
 * so nothing typed into a record can become HTML; the image is drawn as vectors when printed.
 */
export function PackImage({ svg, alt, onSettled }: Props) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, [svg]);
  return <img className="pack-image" src={src} alt={alt} onLoad={onSettled} onError={onSettled} />;
}
