import { describe, expect, it } from 'vitest';
import { loggablePath } from './errors.tsx';

interface Case {
  readonly path: string;
  readonly logged: string;
}

describe('loggablePath', () => {
  it.each<Case>([
    { path: '/en/s/demo/demo/p1', logged: '/en/s/demo/demo/p1' },
    { path: '/en/register/mc-0042', logged: '/en/register/mc-0042' },
    { path: '/i/AbC123xyz', logged: '/i/…' },
    { path: '/fi/unsubscribe/tok3n/done', logged: '/fi/unsubscribe/…/done' },
    { path: '/console/link/s3cr3t', logged: '/console/link/…' },
    // An address typed into the address bar, where an entry's id belongs.
    { path: '/en/register/alice.smith@example.com', logged: '/en/register/…' },
    { path: '/en/register/alice.smith%40example.com', logged: '/en/register/…' },
    { path: '/en/register/alice.smith%2540example.com', logged: '/en/register/…' },
    { path: '/de/register/providers/info%40schule.example/', logged: '/de/register/providers/…/' },
    { path: '/alice@example.com', logged: '/…' },
    { path: '/en/x@y/verify/@', logged: '/en/…/verify/…' },
    { path: '/en/register/100%25', logged: '/en/register/100%25' },
  ])('$path is logged as $logged', ({ path, logged }) => {
    expect(loggablePath(path)).toBe(logged);
  });
});
