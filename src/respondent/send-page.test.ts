import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { acceptedCoding, acceptsGzip, sendPage } from './send-page.ts';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['*', true],
    ['br, *;q=0', false],
    ['gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['identity', false],
    ['deflate, br', false],
    ['', false],
  ])('%j: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
  it('is false without the header', () => {
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('acceptedCoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.5', 'br'],
    ['gzip;q=0.2, *;q=0.8', 'br'],
    ['br;q=0', undefined],
    ['br;q=0, *', 'gzip'],
    ['x-gzip;q=0.3', 'gzip'],
    ['br;q=abc, gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])('%j takes %s of br and gzip', (header, expected) => {
    expect(acceptedCoding(header, ['br', 'gzip'])).toBe(expected);
  });
  it('takes nothing without the header, nor when nothing is offered', () => {
    expect(acceptedCoding(undefined, ['br', 'gzip'])).toBeUndefined();
    expect(acceptedCoding('gzip, br', [])).toBeUndefined();
  });
});

describe('sendPage', () => {
  const app = new Hono();
  const long = `<p>${'Answers are confidential. '.repeat(100)}</p>`;
  app.get('/long', (c) => sendPage(c, long));
  app.get('/short', (c) => sendPage(c, '<p>Thanks</p>', 404));

  it('gzips a page for a browser that takes gzip, and says so', async () => {
    const res = await app.request('/long', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    expect(html).toBe(`<!doctype html>${long}`);
  });

  it('sends it as it is to a browser that does not, and small pages always', async () => {
    const plain = await app.request('/long', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(`<!doctype html>${long}`);
    const small = await app.request('/short', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(small.status).toBe(404);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.text()).toBe('<!doctype html><p>Thanks</p>');
  });
});
