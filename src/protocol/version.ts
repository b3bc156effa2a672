// The protocol's version travels in every message, so a stale cached worker cannot be misread.
// Bump it whenever a message changes shape.

export const PROTOCOL_VERSION = 6;
