// bpfplay's side of a measurement, run in a child process (measure.ts forks it and kills it on a
// hang): compile a manifest's program from the disk with its -I/-D, then bpfplay's verifier on every
// SEC() program. Replies are plain JSON; a throw out of the compiler is caught and reported as a crash.
import { readFileSync } from "node:fs";
import { compile } from "../../src/core/cc/index.ts";
import { verify } from "../../src/core/verifier/index.ts";
import { progTypeByName } from "../../src/core/isa/progtypes.ts";
import { bytesToHex, encodeInsns } from "../../src/core/isa/index.ts";
import type { Manifest } from "./manifest.ts";

export interface SideMap {
  readonly name: string;
  readonly type: string;
  readonly keySize: number;
  readonly valueSize: number;
  readonly maxEntries: number;
  readonly flags: number;
  readonly initHex?: string;
  /** Maps of maps: the inner definition and the slots filled with other maps at load. */
  readonly inner?: { readonly type: string; readonly keySize: number; readonly valueSize: number; readonly maxEntries: number; readonly flags: number };
  readonly slots?: readonly { readonly index: number; readonly map: string }[];
}

export interface SideProgram {
  readonly name: string;
  readonly section: string;
  /** The kernel's type name, or undefined when the section names none bpfplay knows. */
  readonly progType?: string;
  readonly insns: number;
  readonly insnsHex: string;
  /** bpfplay's verifier: undefined = accepted; else its first message (at pc). */
  readonly verifierError?: string;
  readonly verified: boolean;
  /** The first instruction that needs cpu v4 (we compile for v3, as clang's -mcpu=v3): "pc N: what". */
  readonly v4?: string;
}

export interface BpfplaySide {
  readonly compiled: boolean;
  /** "file:line:col: message" of each error (warnings left out). */
  readonly errors: readonly string[];
  /** Bare messages, for grouping. */
  readonly messages: readonly string[];
  readonly crash?: string;
  readonly programs: readonly SideProgram[];
  readonly maps: readonly SideMap[];
  readonly ms: number;
}

function defines(specs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of specs) {
    const eq = s.indexOf("=");
    if (eq < 0) out[s] = "1";
    else out[s.slice(0, eq)] = s.slice(eq + 1);
  }
  return out;
}

export function bpfplaySide(m: Manifest): BpfplaySide {
  const t0 = Date.now();
  const reader = {
    read(path: string) {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
    },
  };
  let r;
  try {
    r = compile(readFileSync(m.file, "utf8"), { file: m.file, reader, includeDirs: m.include, defines: defines(m.define), cpu: 3 });
  } catch (e) {
    const err = e as Error;
    const where = (err.stack ?? "").split("\n").slice(0, 4).join(" | ");
    return { compiled: false, errors: [], messages: [], crash: where, programs: [], maps: [], ms: Date.now() - t0 };
  }
  const errs = r.diagnostics.filter((d) => d.severity === "error");
  const messages = errs.map((d) => d.message);
  const errors = errs.map((d) => {
    const s = d.span as { file?: string; line?: number; column?: number } | undefined;
    return `${s?.file ?? m.file}:${s?.line ?? "?"}:${s?.column ?? "?"}: ${d.message}`;
  });
  const maps: SideMap[] = r.maps.map((x) => ({
    name: x.name, type: x.type, keySize: x.keySize, valueSize: x.valueSize, maxEntries: x.maxEntries, flags: x.flags,
    ...(x.init ? { initHex: bytesToHex(x.init) } : {}),
    ...(x.inner ? { inner: { type: x.inner.type, keySize: x.inner.keySize, valueSize: x.inner.valueSize, maxEntries: x.inner.maxEntries, flags: x.inner.flags } } : {}),
    ...(x.slots?.some((s) => s.map) ? { slots: x.slots.flatMap((s) => (s.map ? [{ index: s.index, map: s.map }] : [])) } : {}),
  }));
  const programs: SideProgram[] = [];
  if (errs.length === 0) {
    for (const p of r.programs) {
      const progType = p.program.progType ?? progTypeByName(p.section)?.name;
      let verifierError: string | undefined;
      if (progType) {
        try {
          const v = verify(p.program, { progType, keepStates: 0 });
          if (!v.accepted) verifierError = v.diagnostics.map((d) => `pc ${d.pc}: ${d.message}`)[0] ?? "rejected";
        } catch (e) {
          verifierError = `verifier crash: ${(e as Error).message}`;
        }
      }
      const insnsHex = bytesToHex(encodeInsns(p.program.insns));
      programs.push({
        name: p.name, section: p.section, progType, insns: p.program.insns.length,
        insnsHex, verifierError, verified: !!progType && verifierError === undefined, v4: firstV4(insnsHex),
      });
    }
  }
  if (errs.length === 0 && r.programs.length === 0) {
    // what the CLI says about an object without a SEC() function (struct_ops-only objects are so)
    errors.push(`${m.file}: no program: a BPF program is a function with SEC("...")`);
    messages.push(`no program: a BPF program is a function with SEC("...")`);
  }
  return {
    compiled: errs.length === 0 && r.programs.length > 0, errors, messages, programs, maps, ms: Date.now() - t0,
  };
}

/**
 * The first instruction of `hex` that cpu v4 introduced (movsx, ldsx, sdiv/smod, bswap, gotol),
 * which a kernel before 6.6 refuses: a program compiled for v3 must not hold one.
 */
export function firstV4(hex: string): string | undefined {
  for (let pc = 0; pc * 16 < hex.length; pc++) {
    const op = parseInt(hex.slice(pc * 16, pc * 16 + 2), 16);
    const off = parseInt(hex.slice(pc * 16 + 6, pc * 16 + 8) + hex.slice(pc * 16 + 4, pc * 16 + 6), 16);
    const cls = op & 7;
    if ((cls === 4 || cls === 7) && (op & 0xf0) === 0xb0 && off !== 0) return `pc ${pc}: movsx (${(op & 8) ? "r" : "w"} = (s${off})...)`;
    if (cls === 1 && (op & 0xe0) === 0x80) return `pc ${pc}: ldsx`;
    if ((cls === 4 || cls === 7) && ((op & 0xf0) === 0x30 || (op & 0xf0) === 0x90) && off === 1) return `pc ${pc}: signed ${(op & 0xf0) === 0x30 ? "div" : "mod"}`;
    if (op === 0xd7) return `pc ${pc}: bswap`;
    if (op === 0x06) return `pc ${pc}: gotol`;
    if (op === 0x18) pc++; // ld_imm64 takes two slots
  }
  return undefined;
}

// As a child process: one manifest per message in, one BpfplaySide out.
if (process.send) {
  process.on("message", (m: Manifest) => {
    process.send!(bpfplaySide(m));
  });
}
