// A saved document: what it holds (a SharedSession without the debugger position, the shape a
// permalink carries, so saving, exporting and sharing are one format), its name and its revision.
// Everything read back from storage, a file or an older version of bpfplay is checked here before
// the stores see it. Pure: no DOM, no storage.

import { checkSession } from "../../core/permalink/index.ts";
import type { Checked, SharedSession } from "../../core/permalink/index.ts";

/** What a document holds: the session as a link would carry it, never the step. */
export type DocBody = Omit<SharedSession, "step">;

export interface DocRecord {
  readonly id: string;
  readonly name: string;
  readonly body: DocBody;
  /** Counts saves: a tab saves over revision N only if it last saw N (see documents.ts). */
  readonly rev: number;
  /** The tab that made this revision. */
  readonly writer: string;
  readonly created: number;
  readonly updated: number;
}

/** The tag a session file carries, so an import knows it is ours and which shape it has. */
export const SESSION_FILE_FORMAT = "bpfplay-session";
export const SESSION_FILE_VERSION = 1;

export interface SessionFile {
  readonly format: typeof SESSION_FILE_FORMAT;
  readonly version: number;
  readonly name?: string;
  readonly session: SharedSession;
}

/** A document id: random, so two tabs never make the same one. */
export const newId = (): string => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

export function bodyOf(s: SharedSession): DocBody {
  const { step: _step, ...body } = s;
  void _step;
  return body;
}

/** A record as storage gave it back (any version, any hand edit): the checked record, or undefined. */
export function checkRecord(v: unknown): DocRecord | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as Record<string, unknown>;
  const body = checkSession(o.body);
  if (!body.ok || typeof o.id !== "string" || typeof o.name !== "string") return undefined;
  const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : 0);
  return { id: o.id, name: o.name, body: bodyOf(body.value), rev: num(o.rev), writer: typeof o.writer === "string" ? o.writer : "", created: num(o.created), updated: num(o.updated) };
}

export function sessionFile(name: string, session: SharedSession): SessionFile {
  return { format: SESSION_FILE_FORMAT, version: SESSION_FILE_VERSION, name, session };
}

/** A file to open: what it holds and the name its document gets. */
export interface Opened {
  readonly name: string;
  readonly session: SharedSession;
}

const stem = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "Imported";

/**
 * A file dropped or picked: `.c` (C), `.s`/`.S`/`.asm` (assembly, LLVM syntax), `.json` (a
 * session file). The program type and the input of a source file are left to the caller's defaults.
 */
export function openFile(fileName: string, text: string, defaults: Pick<SharedSession, "progType" | "packetHex">): Checked<Opened> {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (ext === "c" || ext === "h") return asSource(fileName, text, "c", defaults);
  if (ext === "s" || ext === "asm") return asSource(fileName, text, "asm", defaults);
  if (ext === "json") return readSessionFile(fileName, text);
  return { ok: false, error: `${fileName}: bpfplay opens .c, .s and .json (session) files, objects (.o) and kernel verifier logs (.log)` };
}

function asSource(fileName: string, text: string, language: "c" | "asm", defaults: Pick<SharedSession, "progType" | "packetHex">): Checked<Opened> {
  const checked = checkSession({ language, dialect: "llvm", text, ...defaults });
  return checked.ok ? { ok: true, value: { name: stem(fileName), session: checked.value } } : { ok: false, error: `${fileName}: ${checked.error}` };
}

export function readSessionFile(fileName: string, text: string): Checked<Opened> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, error: `${fileName}: not JSON` };
  }
  const o = v as Partial<Record<keyof SessionFile, unknown>> | null;
  if (typeof o !== "object" || o === null || o.format !== SESSION_FILE_FORMAT) return { ok: false, error: `${fileName}: not a bpfplay session file (no "format": "${SESSION_FILE_FORMAT}")` };
  if (typeof o.version !== "number" || o.version > SESSION_FILE_VERSION) return { ok: false, error: `${fileName}: made by a newer bpfplay (version ${String(o.version)}; this one reads up to ${SESSION_FILE_VERSION})` };
  const session = checkSession(o.session);
  if (!session.ok) return { ok: false, error: `${fileName}: session.${session.error}` };
  const name = typeof o.name === "string" && o.name.trim() ? o.name.trim().slice(0, 200) : stem(fileName);
  return { ok: true, value: { name, session: session.value } };
}

/**
 * The document bpfplay kept in localStorage before documents (the `bpfplay.document` and
 * `bpfplay.session` keys, as zustand's persist wrote them: `{ state, version }`), as a body;
 * undefined when there is no text to keep.
 */
export function legacyBody(documentJson: string | null, sessionJson: string | null): DocBody | undefined {
  const parse = (s: string | null): { state?: Record<string, unknown>; version?: number } => {
    try {
      const v = s ? JSON.parse(s) : undefined;
      return typeof v === "object" && v !== null ? v : {};
    } catch {
      return {};
    }
  };
  const d = parse(documentJson);
  const s = parse(sessionJson).state ?? {};
  const doc = d.state ?? {};
  if (typeof doc.text !== "string") return undefined;
  // Version 1 had assembly only (document.ts's old migrate).
  const language = (d.version ?? 0) < 2 ? "asm" : doc.language === "asm" ? "asm" : "c";
  const str = (x: unknown) => (typeof x === "string" && x ? x : undefined);
  const breakpoints = Array.isArray(s.breakpoints)
    ? s.breakpoints.filter((b): b is { line: number; condition?: string } => Number.isInteger((b as { line?: unknown })?.line) && (b as { line: number }).line >= 1).map((b) => (typeof b.condition === "string" && b.condition ? { line: b.line, condition: b.condition } : { line: b.line }))
    : [];
  const candidate = {
    language,
    dialect: doc.dialect === "ubpf" ? "ubpf" : "llvm",
    text: doc.text,
    ...(str(doc.entry) && { entry: str(doc.entry) }),
    ...(str(s.progType) && { progType: str(s.progType) }),
    ...(str(s.packetHex) && { packetHex: str(s.packetHex)!.toLowerCase() }),
    ...(str(s.ctxHex) && { ctxHex: str(s.ctxHex)!.toLowerCase() }),
    ...(breakpoints.length && { breakpoints }),
  };
  const checked = checkSession(candidate);
  if (checked.ok) return bodyOf(checked.value);
  // Keep the text whatever else was wrong with what was saved beside it.
  const bare = checkSession({ language, dialect: candidate.dialect, text: doc.text });
  return bare.ok ? bodyOf(bare.value) : undefined;
}

/** "Untitled", or "Untitled 2" and so on when that is taken. */
export function freshName(base: string, taken: readonly string[]): string {
  const b = base.trim() || "Untitled";
  if (!taken.includes(b)) return b;
  for (let k = 2; k < 10_000; k++) if (!taken.includes(`${b} ${k}`)) return `${b} ${k}`;
  return `${b} ${Date.now()}`;
}

/** A name for a document from its source: the SEC() function or the first comment line, else "Untitled". */
export function nameFromText(text: string): string {
  const fn = /SEC\("[^"]*"\)\s*(?:int|long|__u32|__s32|unsigned\s+int)\s+([A-Za-z_]\w*)\s*\(/.exec(text)?.[1];
  if (fn) return fn;
  const comment = /^\s*(?:\/\/|;|#)\s*(.{3,60}?)\s*$/m.exec(text)?.[1];
  return comment ?? "Untitled";
}
