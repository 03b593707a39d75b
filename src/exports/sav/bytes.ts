/** The .sav writer's byte building: the exports' shared little-endian buffer and UTF-8 cutting. */
export { ByteBuilder, utf8, utf8Truncated } from '../bytes.ts';
