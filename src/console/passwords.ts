import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library's defaults (19 MiB, 2 passes, 1 lane): the minimum OWASP's Password
 * Storage Cheat Sheet recommends, and about 30 ms here.
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

// A hash of nothing anyone knows: unknown accounts take as long to refuse as known ones.
let decoy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hash('credmap-decoy-password');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export const passwordRules = { min: 12, max: 256 } as const;

/** Length is what matters (NIST SP 800-63B 5.1.1.2): at least 12 characters, no composition rules. */
export function passwordProblem(
  password: string,
  email: string,
): 'tooShort' | 'tooLong' | 'isEmail' | undefined {
  const length = [...password].length;
  if (length < passwordRules.min) return 'tooShort';
  if (length > passwordRules.max) return 'tooLong';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'isEmail';
  return undefined;
}
