import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * A personal link's token is an HMAC of a random salt with the installation's secret: the database
 * keeps the salt and a hash of the token, so reminders can rebuild the link and a copy of the
 * database alone opens nothing.
 */
export const newSalt = () => randomBytes(16).toString('base64url');

export const invitationToken = (secret: string, salt: string) =>
  createHmac('sha256', secret).update(`invitation:${salt}`).digest('base64url').slice(0, 32);

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{32}$/.test(token);

export const invitationPath = (lang: string, study: string, questionnaire: string, token: string) =>
  `/${lang}/s/${study}/${questionnaire}/i/${token}`;

export const unsubscribePath = (lang: string, token: string) => `/${lang}/unsubscribe/${token}`;
