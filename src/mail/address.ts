/**
 * The local part as a dot-atom (RFC 5322, 3.2.3): runs of atext joined by single dots. atext is a
 * letter, a digit or one of !#$%&'*+-/=?^_`{|}~ (RFC 5322, 3.2.3), or any non-ASCII character but a
 * space, a control or a format character (RFC 6531, 3.3, for addresses in other scripts). A quoted
 * local part ("a b"@example.org), which RFC 5321 allows, is refused: practically nobody has one, and
 * it is where quotes, spaces and angle brackets would get in.
 */
const atom = "(?:[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]|(?![\\s\\p{C}])[^\\x00-\\x7f])+";

/**
 * A domain label: letters, digits and hyphens, neither first nor last a hyphen (RFC 5321, 4.1.2,
 * Let-dig and Ldh-str; RFC 1035, 2.3.1), letters of any script as in an IDNA U-label (RFC 5890).
 * No address literal ([127.0.0.1]) and no single-label domain: mail to people goes to a name with a dot.
 */
const label = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}-]*[\\p{L}\\p{N}\\p{M}])?';

const address = new RegExp(`^(${atom}(?:\\.${atom})*)@(${label}(?:\\.${label})+)$`, 'u');

/**
 * Whether a text is an e-mail address an SMTP server takes: `local@domain` with the local part a
 * dot-atom and the domain a name of labels, as above, so that no control character, space, quote,
 * angle bracket, comma or semicolon (which a mailer would read as a second address) gets through.
 * At most 254 characters (RFC 5321, 4.5.3.1.3: a path of 256 octets with its angle brackets), a
 * local part of at most 64 (4.5.3.1.1) and labels of at most 63 (RFC 1035, 2.3.4). Whether the
 * address is deliverable only sending tells.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const parts = address.exec(text);
  if (parts === null) return false;
  const [, local = '', domain = ''] = parts;
  return local.length <= 64 && domain.split('.').every((l) => l.length <= 63);
}
