import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './address.ts';

describe('an e-mail address', () => {
  it.each([
    'someone@example.org',
    'first.last+tag@mail.example.org',
    "o'brien@example.ie",
    'a/b=c?d@example.org',
    '{x}|~^`#$%&*@example.org',
    'ä@exämple.org',
    'δοκιμή@παράδειγμα.δοκιμή',
    `${'x'.repeat(64)}@example.org`,
  ])('%s is one', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  // What an SMTP server refuses as a syntax error (501), or a mailer reads as more than one address.
  it.each([
    ['a NUL', 'a\u0000b@example.org'],
    ['another control character', 'a\u0007b@example.org'],
    ['a line break', 'a@example.org\r\nBcc: x@example.org'],
    ['a lone surrogate', 'a\ud800@example.org'],
    ['a quote', 'a"b@example.org'],
    ['angle brackets', '<a>@example.org'],
    ['a comma', 'a@example.org,b.c'],
    ['a semicolon', 'a@b.c;d'],
    ['a space', 'a b@example.org'],
    ['two dots', 'a..b@example.org'],
    ['a leading dot', '.a@example.org'],
    ['a hyphen ending a label', 'a@x-.org'],
    ['an underscore in the domain', 'a@x_y.org'],
    ['an address literal', 'a@[127.0.0.1]'],
    ['no dot in the domain', 'a@localhost'],
    ['no local part', '@example.org'],
    ['two at signs', 'a@b@example.org'],
    ['a local part over 64', `${'x'.repeat(65)}@example.org`],
    ['a label over 63', `a@${'x'.repeat(64)}.org`],
    ['more than 254 characters', `a@${Array(4).fill('x'.repeat(63)).join('.')}.org`],
  ])('with %s is not one', (_, address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});
