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
    // Outside the strict dot-atom, but real: the old Japanese mobile addresses, IDN domains.
    'taro..yamada@docomo.ne.jp',
    'taro.@ezweb.ne.jp',
    'info@col·legi.cat',
    'me@ドメイン・名前.jp',
    'user@ex_ample.com',
    'a@x-.org',
    'می\u200cخواهم@example.ir',
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
    ['an address literal', 'a@[127.0.0.1]'],
    ['no dot in the domain', 'a@localhost'],
    ['an empty label', 'a@example..org'],
    ['a backslash', 'a\\b@example.org'],
    ['a tab', 'a\tb@example.org'],
    ['no local part', '@example.org'],
    ['two at signs', 'a@b@example.org'],
    ['a local part over 64', `${'x'.repeat(65)}@example.org`],
    ['a label over 63', `a@${'x'.repeat(64)}.org`],
    ['more than 254 characters', `a@${Array(4).fill('x'.repeat(63)).join('.')}.org`],
  ])('with %s is not one', (_, address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});
