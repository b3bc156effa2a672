// Objects and kernel verifier logs among the files a user drops or picks (or the text pasted):
// an ELF object opens as an "object" document holding its bytes in base64; a log as a "log"
// document, unless it comes with an object (then it is that object's log: bpfplay verifies the
// object and compares) or the open document is an object (it becomes that object's log). Other
// files go on to docRecord's openFile. Pure: no DOM, no stores.

import { checkSession } from "../../core/permalink/index.ts";
import type { SharedSession } from "../../core/permalink/index.ts";
import { openFile } from "./docRecord.ts";
import type { Opened } from "./docRecord.ts";

export interface Picked {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface FilePlan {
  /** Documents to open, each new. */
  readonly open: readonly Opened[];
  /** A log for the open document (an object). */
  readonly attach?: { readonly name: string; readonly log: string };
  readonly errors: readonly string[];
}

type Defaults = Pick<SharedSession, "progType" | "packetHex">;

const isElf = (b: Uint8Array) => b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;
const stem = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "Imported";
const ext = (file: string) => /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";

/** Text that reads as a kernel verifier log: an instruction line as the verifier prints it, or its statistics line. */
export const looksLikeLog = (text: string): boolean => /^\d+: \([0-9a-f]{2}\) \S/m.test(text) || /^processed \d+ insns \(limit \d+\)/m.test(text);

export function toBase64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function session(name: string, body: Record<string, unknown>, defaults: Defaults): { ok: true; value: Opened } | { ok: false; error: string } {
  const checked = checkSession({ dialect: "llvm", ...body, ...(defaults.packetHex ? { packetHex: defaults.packetHex } : {}) });
  return checked.ok ? { ok: true, value: { name, session: checked.value } } : { ok: false, error: `${name}: ${checked.error}` };
}

/** A log pasted or dropped: a new log document. */
export function logDocument(name: string, text: string, defaults: Defaults) {
  return session(name, { language: "log", text, ...(defaults.progType ? { progType: defaults.progType } : {}) }, defaults);
}

export function planFiles(files: readonly Picked[], openLanguage: string, defaults: Defaults): FilePlan {
  const decoder = new TextDecoder();
  const objects: Picked[] = [];
  const logs: { name: string; text: string }[] = [];
  const open: Opened[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const e = ext(f.name);
    if (isElf(f.bytes) || e === "o") {
      if (!isElf(f.bytes)) errors.push(`${f.name}: not an ELF object (no \\x7fELF at its start)`);
      else objects.push(f);
      continue;
    }
    const text = decoder.decode(f.bytes);
    if (e === "log" || e === "txt" || (!["c", "h", "s", "asm", "json"].includes(e) && looksLikeLog(text))) {
      if (looksLikeLog(text)) logs.push({ name: f.name, text });
      else errors.push(`${f.name}: not a kernel verifier log (no instruction line such as "0: (b7) r0 = 0", no "processed N insns" line)`);
      continue;
    }
    const r = openFile(f.name, text, defaults);
    if (r.ok) open.push(r.value);
    else errors.push(r.error);
  }
  // a log goes with the object of its name, else with the objects in the order given
  const unpaired = [...logs];
  for (const o of objects) {
    const k = unpaired.findIndex((l) => stem(l.name) === stem(o.name));
    const log = k >= 0 ? unpaired.splice(k, 1)[0] : objects.length === 1 ? unpaired.shift() : undefined;
    // an object's program type is its section's: the defaults' is not carried over
    const r = session(stem(o.name), { language: "object", text: toBase64(o.bytes), ...(log ? { log: log.text } : {}) }, { packetHex: defaults.packetHex });
    if (r.ok) open.push(r.value);
    else errors.push(r.error);
  }
  let attach: FilePlan["attach"];
  if (objects.length === 0 && openLanguage === "object" && unpaired.length) {
    const l = unpaired.shift()!;
    attach = { name: l.name, log: l.text };
  }
  for (const l of unpaired) {
    const r = logDocument(stem(l.name), l.text, defaults);
    if (r.ok) open.push(r.value);
    else errors.push(r.error);
  }
  return { open, ...(attach ? { attach } : {}), errors };
}
