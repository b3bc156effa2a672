// Migrations between permalink formats: MIGRATIONS[v] turns a decoded format-v value into format v+1.
// A link is forever: when the shape of SharedSession changes, PERMALINK_VERSION goes up by one and a
// migration is added here (with a test that decodes a link made in the old format), never edited.
// Format 1 is the first, so there is nothing to migrate yet.

import type { Checked } from "./schema.ts";

export const MIGRATIONS: Readonly<Record<number, (old: unknown) => Checked<unknown>>> = {};
