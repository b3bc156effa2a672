// A session as the text of a permalink: `<version>.<payload>`, the payload being the session's JSON,
// DEFLATE-compressed (fflate) and written in base64url, so a link needs no server and survives
// being pasted anywhere. Decoding never throws: a damaged, foreign or oversized link gives a message
// that says which, and a link from an older version is migrated to the current shape.

import { Inflate, deflateSync, strFromU8, strToU8 } from "fflate";
import { base64urlDecode, base64urlEncode } from "./base64url.ts";
import { MIGRATIONS } from "./migrate.ts";
import { checkSession, PERMALINK_VERSION } from "./schema.ts";
import type { Checked, SharedSession } from "./schema.ts";

/** Payload characters a link may carry before it is refused unread. */
export const MAX_LINK_CHARS = 512 * 1024;
/** JSON bytes a payload may inflate to (the text limit with room for the rest, escaped). */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;

/** The session with its defaults left out, as compact JSON, compressed. */
export function encodeSession(s: SharedSession): string {
  const checked = checkSession(s);
  if (!checked.ok) throw new Error(`encodeSession: ${checked.error}`);
  const json = JSON.stringify(checked.value);
  return `${PERMALINK_VERSION}.${base64urlEncode(deflateSync(strToU8(json), { level: 9 }))}`;
}

export function decodeSession(link: string): Checked<SharedSession> {
  const m = /^(\d{1,4})\.([A-Za-z0-9_-]*)$/.exec(link.trim());
  if (!m) return fail("this is not a bpfplay link (it should start with a version number and a dot)");
  if (link.length > MAX_LINK_CHARS) return fail(`the link is longer than ${MAX_LINK_CHARS} characters`);
  const version = Number(m[1]);
  if (version > PERMALINK_VERSION) return fail(`the link was made by a newer bpfplay (format ${version}; this one reads up to ${PERMALINK_VERSION}): reload the page to update`);
  if (version < 1) return fail(`format ${version} is not a bpfplay link format`);
  const bytes = base64urlDecode(m[2]);
  if (!bytes) return fail("the link is damaged: its data is not base64url (was it cut or changed?)");
  const json = inflateCapped(bytes, MAX_JSON_BYTES);
  if (typeof json !== "string") return fail(json.error);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail("the link is damaged: its data is not JSON");
  }
  for (let v = version; v < PERMALINK_VERSION; v++) {
    const up = MIGRATIONS[v];
    if (!up) return fail(`format ${v} cannot be read by this bpfplay`);
    const next = up(value);
    if (!next.ok) return fail(`the link (format ${v}) could not be brought up to date: ${next.error}`);
    value = next.value;
  }
  const checked = checkSession(value);
  return checked.ok ? checked : fail(`the link is damaged: ${checked.error}`);
}

const fail = (error: string): Checked<never> => ({ ok: false, error });

/** Raw DEFLATE data inflated, refused as soon as it passes `max` bytes (a small link can expand a thousandfold). */
function inflateCapped(data: Uint8Array, max: number): string | { error: string } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) over = true;
    else chunks.push(chunk);
  });
  try {
    // Small pieces, so a bomb is noticed after at most ~1 MB more.
    for (let at = 0; at < data.length && !over; at += 1024) inflate.push(data.subarray(at, at + 1024), at + 1024 >= data.length);
    if (data.length === 0) inflate.push(data, true);
  } catch {
    return { error: "the link is damaged: its data does not decompress (was it cut or changed?)" };
  }
  if (over) return { error: `the link's data expands past ${max} bytes` };
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  try {
    return strFromU8(out);
  } catch {
    return { error: "the link is damaged: its text is not UTF-8" };
  }
}
