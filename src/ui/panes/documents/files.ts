// Files in and out: the source (.c or .s), the bytecode (.bin, the program's 8-byte instructions
// as the kernel takes them, little-endian) and the whole session (.json), saved through a
// download; a file picked or dropped opens as a new document. Nothing read from a file is
// inserted as HTML: it goes through docRecord's checks into the stores as text.

import { encodeInsns } from "../../../core/isa/insn.ts";
import { useBuild } from "../../stores/build.ts";
import { openFile, sessionFile } from "../../stores/docRecord.ts";
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

export function exportSource(): void {
  const s = currentShared();
  const name = fileStem(useDocuments.getState().currentName);
  download(`${name}.${s.language === "c" ? "c" : "s"}`, s.text, "text/plain");
}

export function exportSession(): void {
  const name = useDocuments.getState().currentName;
  download(`${fileStem(name)}.json`, `${JSON.stringify(sessionFile(name, currentShared()), null, 2)}\n`, "application/json");
}

/** False while there is no program (the text has errors). */
export function exportBytecode(): boolean {
  const program = useBuild.getState().program;
  if (!program) return false;
  download(`${fileStem(useDocuments.getState().currentName)}.bin`, encodeInsns(program.insns) as Uint8Array<ArrayBuffer>, "application/octet-stream");
  return true;
}

/** Bigger files are not programs anyone types (and a session's text is capped well below). */
const MAX_FILE_BYTES = 1024 * 1024;

/** Opens each file as a new document; a file that cannot be opened is reported, the rest still open. */
export async function openFiles(files: Iterable<File>): Promise<void> {
  const docs = useDocuments.getState();
  const { progType, packetHex } = useSession.getState();
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) {
      docs.tell({ kind: "error", message: `${f.name}: larger than 1 MB; bpfplay opens source and session files` });
      continue;
    }
    const r = openFile(f.name, await f.text(), { progType, packetHex: packetHex.toLowerCase().replace(/[^0-9a-f]/g, "") || undefined });
    if (!r.ok) {
      docs.tell({ kind: "error", message: r.error });
      continue;
    }
    await docs.openNew(r.value.name, r.value.session);
  }
}
