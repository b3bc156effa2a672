// The verifier programs in programs/: each file is LLVM-dialect assembly whose leading comment
// lines carry the setup (see programs/README.md). This reads one into what both sides need:
// a Program for bpfplay's verify() and a load-only request for the kernel harness.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assemble } from "../../src/core/asm/index.ts";
import { bytesToHex, encodeInsns, hexToBytes } from "../../src/core/isa/index.ts";
import type { MapDef, Program } from "../../src/core/program.ts";
import { parseMapSpec } from "../../src/cli/args.ts";
import { parseHeader } from "../kernel/header.ts";
import { kernelRun } from "../kernel/reference.ts";
import type { KernelReply, KernelRequest } from "../kernel/reference.ts";
import { kernelError } from "./kernelLog.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
export const PROGRAMS = join(HERE, "programs");
export const GOLDEN = join(HERE, "kernel_verdicts.json");

export interface VerifierCase {
  readonly file: string;
  /** The file name, e.g. "bad_uninit_reg_read.s": the key in kernel_verdicts.json. */
  readonly name: string;
  /** The kernel's program type name without BPF_PROG_TYPE_ (xdp, sched_cls, ...). */
  readonly progType: string;
  /** Load with BPF_F_STRICT_ALIGNMENT. */
  readonly strictAlign: boolean;
  readonly program: Program;
  /** The kernel harness request: load only, log level 1. */
  readonly request: KernelRequest;
}

/**
 * Header keys of this folder that test/kernel's header does not know; they are taken out
 * before its parser sees the text.
 */
const OWN_KEYS = /^;\s*strict_align:\s*(\S+)\s*$/;

export function loadCase(file: string): VerifierCase {
  const text = readFileSync(file, "utf8");
  let strictAlign = false;
  const rest: string[] = [];
  for (const line of text.split("\n")) {
    const m = OWN_KEYS.exec(line.trim());
    if (!m) {
      rest.push(line);
      continue;
    }
    if (m[1] !== "true" && m[1] !== "false") throw new Error(`${file}: strict_align must be true or false, not '${m[1]}'`);
    strictAlign = m[1] === "true";
  }
  const header = parseHeader(rest.join("\n"), file);
  const frozen = new Set(header.freeze);
  // `; init: MAP:KEYHEX:VALUEHEX` gives a one-entry array its value (key 0): the map's initial data
  const inits = new Map(
    header.inits.map((i) => i.split(":")).map(([map, key, value]) => {
      if (!/^(00)+$/.test(key)) throw new Error(`${file}: init ${map}: only key 0 (a one-entry map's value) is known here`);
      return [map, value];
    }),
  );
  const maps = header.maps.map(parseMapSpec).map((m): MapDef => {
    const hex = inits.get(m.name);
    if (hex !== undefined && hex.length !== 2 * m.valueSize) throw new Error(`${file}: init ${m.name}: ${hex.length / 2} bytes, the value has ${m.valueSize}`);
    return { ...m, ...(hex !== undefined ? { init: hexToBytes(hex)! } : {}), ...(frozen.has(m.name) ? { frozen: true } : {}) };
  });
  for (const n of frozen) if (!maps.some((m) => m.name === n)) throw new Error(`${file}: freeze: no map named '${n}'`);
  const { program, diagnostics } = assemble(text, { maps });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(`${file}: ${errors.map((d) => `${d.span?.line}:${d.span?.column}: ${d.message}`).join("; ")}`);
  return { file, name: basename(file), progType: header.type, strictAlign, program, request: kernelRequest(program, header.type, strictAlign) };
}

/** A load-only, log-level-1 request for the kernel harness; the maps are the program's own. */
export function kernelRequest(program: Program, progType: string, strictAlign = false): KernelRequest {
  return {
    prog_type: progType,
    insns_hex: bytesToHex(encodeInsns(program.insns)),
    maps: program.maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries, flags: m.flags, ...(m.frozen ? { freeze: true } : {}) })),
    // (only where a map has data, so the other programs' requests stay as recorded)
    ...(program.maps.some((m) => m.init) ? { init: program.maps.filter((m) => m.init).map((m) => ({ map: m.name, key: "00".repeat(m.keySize), value: bytesToHex(m.init!) })) } : {}),
    load_only: true,
    log_level: 1,
    strict_align: strictAlign,
  };
}

/** Every program file, sorted by name. */
export function caseFiles(): string[] {
  return readdirSync(PROGRAMS)
    .filter((f) => f.endsWith(".s"))
    .sort()
    .map((f) => join(PROGRAMS, f));
}

/** The kernel's answer for one program, as kernel_verdicts.json keeps it. */
export interface KernelVerdict {
  readonly accepted: boolean;
  /** The first line of the kernel's error (see kernelLog.ts); null when accepted. */
  readonly message: string | null;
  readonly insns_processed: number | null;
  /** bpf()'s errno: 0 when accepted, mostly EACCES (13) or EINVAL (22) otherwise. */
  readonly errno: number;
  /** The instruction the kernel's walk had reached when it gave up; null if it had not started. */
  readonly pc: number | null;
  /** The error's further lines, when it has more than one. */
  readonly more?: readonly string[];
}

export type Golden = Record<string, KernelVerdict>;

export function readGolden(): Golden {
  return JSON.parse(readFileSync(GOLDEN, "utf8")) as Golden;
}

/** The verdict to keep from a harness reply; throws if the harness could not ask the kernel. */
export function toVerdict(reply: KernelReply): KernelVerdict {
  if (!reply.available) throw new Error(`bpf() unavailable: ${reply.reason}`);
  if (reply.error !== undefined) throw new Error(reply.error);
  if (reply.accepted) return { accepted: true, message: null, insns_processed: reply.insns_processed, errno: 0, pc: null };
  const e = kernelError(reply.verifier_log);
  if (!e) throw new Error(`rejected (errno ${reply.errno}) with no error line in the log:\n${reply.verifier_log}`);
  const v: KernelVerdict = { accepted: false, message: e.message, insns_processed: reply.insns_processed, errno: reply.errno, pc: e.pc };
  return e.lines.length > 1 ? { ...v, more: e.lines.slice(1) } : v;
}

/**
 * The kernel's verdict on a request. A failure of the harness itself (not a verdict) may pass,
 * e.g. while other tests load programs at the same time, so it is asked twice.
 */
export function askKernel(request: KernelRequest): KernelVerdict {
  try {
    return toVerdict(kernelRun(request));
  } catch {
    return toVerdict(kernelRun(request));
  }
}
