/** The largest value PostgreSQL's `integer` holds: every serial id, version and list number is one. */
const maxRowId = 2_147_483_647;

/**
 * A row's id (or a version's number) as a path or a form gives it: decimal digits without a leading
 * zero, from 1 to 2^31-1; undefined for anything else. What cannot be an id is answered as not
 * found (a path) or refused (a form field) by the route, never sent to the database, which would
 * fail the request on a number out of its range ("1e300", "99999999999999999999", "-1").
 */
export function parseRowId(text: string | undefined): number | undefined {
  if (text === undefined || !/^[1-9][0-9]{0,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id <= maxRowId ? id : undefined;
}
