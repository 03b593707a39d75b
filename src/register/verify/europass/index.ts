export { type EuropassOptions, MAX_BYTES, verifyEuropass } from './europass.ts';
export { type JadesOptions, type JadesResult, type Signer, verifyJades } from './jades.ts';
