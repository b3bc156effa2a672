export { decodeSession, encodeSession, MAX_JSON_BYTES, MAX_LINK_CHARS } from "./codec.ts";
export { checkSession, LIMITS, PERMALINK_VERSION } from "./schema.ts";
export type { Checked, SharedBreakpoint, SharedMapSeed, SharedSession, SharedStream } from "./schema.ts";
