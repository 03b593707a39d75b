/**
 * What may stand in an address outside its one `@`: anything but white space, a control character,
 * a lone surrogate, and the specials of RFC 5322 (3.2.3) that only a quoted string may hold there:
 * `"(),:;<>@[\]`. Those are what would break the address out of its field: a quote or an angle
 * bracket makes an SMTP server answer 501, and a mailer reads a comma or a semicolon as the start
 * of a second address. Dots are left free and letters of every script allowed (RFC 6531), because
 * real addresses break the strict dot-atom: mobile carriers in Japan long gave out
 * `taro..yamada@docomo.ne.jp`, and domains carry `·`, `・` or `_`.
 */
const free = '[^\\s\\p{Cc}\\p{Cs}"(),:;<>@\\[\\]\\\\]';
/** A domain label: the same, without a dot. */
const label = '[^\\s\\p{Cc}\\p{Cs}"(),:;<>@\\[\\]\\\\.]+';

const address = new RegExp(`^(${free}+)@(${label}(?:\\.${label})+)$`, 'u');

/**
 * Whether a text can be an e-mail address: `local@domain`, with nothing in either part that would
 * change what a mailer or an SMTP server makes of it (above), and a domain of at least two
 * non-empty labels: no address literal (`[127.0.0.1]`) and no single-label name, as mail to people
 * goes to a name with a dot. At most 254 characters (RFC 5321, 4.5.3.1.3: a path of 256 octets with
 * its angle brackets), a local part of at most 64 (4.5.3.1.1) and labels of at most 63 (RFC 1035,
 * 2.3.4). Whether the address is deliverable only sending tells.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const parts = address.exec(text);
  if (parts === null) return false;
  const [, local = '', domain = ''] = parts;
  return local.length <= 64 && domain.split('.').every((l) => l.length <= 63);
}
