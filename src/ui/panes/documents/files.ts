// Files in and out: the source (.c or .s), the bytecode (.bin, the program's 8-byte instructions
// as the kernel takes them, little-endian) and the whole session (.json), saved through a
// download; a file picked or dropped opens as a new document. Nothing read from a file is
// inserted as HTML: it goes through docRecord's checks into the stores as text.

import { encodeInsns } from "../../../core/isa/insn.ts";
import { objectOfText } from "../../autoBuild.ts";
import { useBuild } from "../../stores/build.ts";
import { sessionFile } from "../../stores/docRecord.ts";
import { useDocument } from "../../stores/document.ts";
import { looksLikeLog, planFiles } from "../../stores/objectFiles.ts";
import type { Picked } from "../../stores/objectFiles.ts";
import { useDocuments } from "../../stores/documents.ts";
import { useSession } from "../../stores/session.ts";
import { currentShared } from "../../stores/share.ts";

/** A file name from a document's name: letters, digits, dot, dash and underscore. */
export const fileStem = (name: string): string => name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^_+|_+$/g, "") || "bpfplay";

function download(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The open document's own file: its source (.c, .s), its object (.o, the bytes it was opened from) or its log (.log). */
export function exportSource(): void {
  const s = currentShared();
  const name = fileStem(useDocuments.getState().currentName);
  if (s.language === "object") {
    const bin = atob(s.text);
    download(`${name}.o`, Uint8Array.from(bin, (c) => c.charCodeAt(0)), "application/octet-stream");
    return;
  }
  download(`${name}.${SOURCE_EXT[s.language]}`, s.text, "text/plain");
}

export const SOURCE_EXT = { c: "c", asm: "s", object: "o", log: "log" } as const;

export function exportSession(): void {
  const name = useDocuments.getState().currentName;
  download(`${fileStem(name)}.json`, `${JSON.stringify(sessionFile(name, currentShared()), null, 2)}\n`, "application/json");
}

/** C: the whole file compiled into an ELF object that libbpf loads (every SEC() program, maps with BTF, line info). */
export async function exportObject(): Promise<void> {
  const { text, language } = useDocument.getState();
  if (language !== "c") return;
  const r = await objectOfText(text);
  if (r.bytes) download(`${fileStem(useDocuments.getState().currentName)}.o`, r.bytes as Uint8Array<ArrayBuffer>, "application/octet-stream");
  else useDocuments.getState().tell({ kind: "error", message: `Export .o: ${r.error ?? "no object"}` });
}

/** False while there is no program (the text has errors). */
export function exportBytecode(): boolean {
  const program = useBuild.getState().program;
  if (!program) return false;
  download(`${fileStem(useDocuments.getState().currentName)}.bin`, encodeInsns(program.insns) as Uint8Array<ArrayBuffer>, "application/octet-stream");
  return true;
}

/** Bigger files are not programs anyone types (and a session's text is capped well below); objects and logs may be bigger. */
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_BLOB_BYTES = 4 * 1024 * 1024;
const isBlob = (name: string) => /\.(o|log|txt)$/i.test(name);

const inputDefaults = () => {
  const { progType, packetHex } = useSession.getState();
  return { progType, packetHex: packetHex.toLowerCase().replace(/[^0-9a-f]/g, "") || undefined };
};

/**
 * Opens each file as a new document (objects and kernel logs as objectFiles.ts plans them: a log
 * with its object, or onto the open object); a file that cannot be opened is reported, the rest still open.
 */
export async function openFiles(files: Iterable<File>): Promise<void> {
  const docs = useDocuments.getState();
  const picked: Picked[] = [];
  for (const f of files) {
    if (f.size > (isBlob(f.name) ? MAX_BLOB_BYTES : MAX_FILE_BYTES)) {
      docs.tell({ kind: "error", message: `${f.name}: larger than ${isBlob(f.name) ? "4 MB; bpfplay opens objects and logs up to that" : "1 MB; bpfplay opens source and session files"}` });
      continue;
    }
    picked.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  const plan = planFiles(picked, useDocument.getState().language, inputDefaults());
  if (plan.attach) {
    useDocument.getState().setLog(plan.attach.log);
    docs.tell({ kind: "info", message: `${plan.attach.name}: the kernel's log of this object; the Verifier pane compares it with bpfplay's verdict.` });
  }
  for (const r of plan.open) await docs.openNew(r.name, r.session);
  if (plan.errors.length) docs.tell({ kind: "error", message: plan.errors.join("; ") });
}

/** Text pasted outside the editor that reads as a kernel verifier log: the open object's log, or a new log document. */
export async function openPastedLog(text: string): Promise<boolean> {
  if (!looksLikeLog(text) || text.length > MAX_BLOB_BYTES) return false;
  const plan = planFiles([{ name: "pasted.log", bytes: new TextEncoder().encode(text) }], useDocument.getState().language, inputDefaults());
  if (plan.attach) useDocument.getState().setLog(plan.attach.log);
  for (const r of plan.open) await useDocuments.getState().openNew("Kernel log", r.session);
  return plan.open.length > 0 || !!plan.attach;
}
