// The Export menu's `.o`: the document's C compiled whole and written as an ELF object libbpf loads
// (core/elf/write.ts, as `bpfplay compile -o prog.o` writes it). Pure: the message loop is in worker.ts.
import { hasErrors } from "../core/diag.ts";
import { writeObject } from "../core/elf/write.ts";
import type { ObjectRequest, ObjectWritten } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import type { Compile } from "./build.ts";
import { MAIN_FILE } from "./build.ts";

export function objectFile(req: ObjectRequest, compile: Compile): ObjectWritten {
  const reply = { type: "object-written", v: PROTOCOL_VERSION, id: req.id } as const;
  const r = compile(req.text, { file: MAIN_FILE.c });
  if (hasErrors(r.diagnostics)) return { ...reply, error: "the C has errors: fix them first (they are marked in the editor)" };
  if (!r.programs.length) return { ...reply, error: 'no program: a BPF program is a function with SEC("...")' };
  const o = writeObject({ programs: r.programs, maps: r.maps, license: r.license });
  return "error" in o ? { ...reply, error: `cannot write an object: ${o.error}` } : { ...reply, bytes: o.bytes };
}
