import { imagePolicy, tileImageSource } from '../../src/domain/tileImagePolicy';

describe('the tile server an image policy names', () => {
  it('is the scheme and server of a tile address, as the browser compares them', () => {
    expect(tileImageSource('https://tiles.example.org/{z}/{x}/{y}.png')).toBe(
      'https://tiles.example.org',
    );
    expect(tileImageSource('  HTTP://Tiles.Example.ORG:8080/{z}/{x}/{y}{r}.png?key=1 ')).toBe(
      'http://tiles.example.org:8080',
    );
    expect(tileImageSource('https://tiles.example.org:443/{z}/{x}/{y}.png')).toBe(
      'https://tiles.example.org',
    );
    expect(tileImageSource('http://127.0.0.1:8088/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8088');
    expect(tileImageSource('https://kartenkachel.bücher.example/{z}/{x}/{y}.png')).toBe(
      'https://kartenkachel.xn--bcher-kva.example',
    );
  });

  it('turns a leading {s} sub-domain into a wildcard', () => {
    expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.example.org',
    );
  });

  it('is null when the server cannot be named in a policy', () => {
    expect(tileImageSource('https://tiles.{s}.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileImageSource('https://{z}.example.org/{x}/{y}.png')).toBeNull();
    expect(tileImageSource('https://user@tiles.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileImageSource('file:///C:/maps/{z}/{x}/{y}.png')).toBeNull();
    expect(tileImageSource('javascript:alert(1)//{z}{x}{y}')).toBeNull();
    expect(tileImageSource('https:///{z}/{x}/{y}.png')).toBeNull();
  });

  it('never lets an address write more into the policy than one source', () => {
    for (const hostile of [
      "https://a.example;script-src 'unsafe-inline'/{z}/{x}/{y}",
      'https://a.example data: https:/{z}/{x}/{y}',
      "https://a.example'/{z}/{x}/{y}",
      'https://a.example,b.example/{z}/{x}/{y}',
    ]) {
      const source = tileImageSource(hostile);
      if (source !== null) expect(source).toMatch(/^https?:\/\/[a-z0-9.*:[\]-]+$/);
    }
  });

  it('allows the app’s own images and the named servers only', () => {
    expect(imagePolicy([])).toBe("img-src 'self' data: blob:");
    expect(imagePolicy(['https://*.tile.example.org'])).toBe(
      "img-src 'self' data: blob: https://*.tile.example.org",
    );
  });
});
