// The Linux kernel on this machine as a reference: test/kernel/bpf_ref.py loads a program with
// bpf(), runs it with BPF_PROG_TEST_RUN and reports what happened. This is its typed door.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { progTypeByName, progTypeFor } from "../../src/core/isa/progtypes.ts";
import { skipOrFail } from "../support/skip.ts";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "bpf_ref.py");
const PYTHON = process.env.PYTHON ?? "python3";

export interface KernelMapSpec {
  readonly name: string;
  /** The kernel's map type without BPF_MAP_TYPE_, lower case. */
  readonly type: string;
  readonly key_size: number;
  readonly value_size: number;
  readonly max_entries: number;
  readonly flags?: number;
  /** Freeze after the data seeds (BPF_MAP_FREEZE), as libbpf does with `.rodata`. */
  readonly freeze?: boolean;
  /**
   * Maps of maps: the inner map's shape (a map of it is made for inner_map_fd). Without `slots`,
   * an array of maps gets a fresh inner map in every slot, as bpfplay's VM fills it.
   */
  readonly inner?: Omit<KernelMapSpec, "inner" | "slots" | "freeze">;
  /** Maps of maps: slots filled with other maps of the request before anything runs, as libbpf does. */
  readonly slots?: readonly { readonly index: number; readonly map: string }[];
}

/** One map slot to fill before the run: data, or (prog_array) a program's fd. */
export type KernelInit =
  | { readonly map: string; readonly key: string; readonly value: string }
  | { readonly map: string; readonly key: string; readonly prog_insns_hex: string; readonly prog_type?: string }
  | { readonly map: string; readonly key: string; readonly prog: "self" };

export interface KernelRequest {
  /**
   * Kernel name without BPF_PROG_TYPE_ (xdp, socket_filter, sched_cls, ...) or a section name
   * (tc, socket, cgroup/bind4): the type and, for a section, the attach type it loads with.
   */
  readonly prog_type: string;
  /** enum bpf_attach_type; when absent, the one prog_type stands for (isa/progtypes.ts, 0 for most). */
  readonly expected_attach_type?: number;
  /** The program's section (SEC()): with a bare prog_type, the attach type is the section's (progTypeFor). */
  readonly section?: string;
  /** The bytecode; ld_imm64 src 1/2 carries the map's index in `maps`. */
  readonly insns_hex: string;
  readonly maps?: readonly KernelMapSpec[];
  readonly init?: readonly KernelInit[];
  readonly packet_hex?: string;
  readonly ctx_hex?: string;
  readonly repeat?: number;
  readonly log_level?: number;
  readonly load_only?: boolean;
  readonly strict_align?: boolean;
  /** Give the program BTF with a FUNC for each function, as callbacks (bpf_loop's) need. */
  readonly func_info?: boolean;
}

/** A map entry; ringbuf maps list records, queue and stack maps give key "" in pop order. */
export type KernelMapEntry =
  | { readonly key: string; readonly value: string; /** a map of maps: the inner map's entries (its value, a map id, is left empty) */ readonly inner?: readonly KernelMapEntry[] }
  | { readonly data: string; readonly discarded: boolean };

export interface KernelResult {
  /** The kernel's retval: r0's low 32 bits. */
  readonly r0: number;
  readonly packet_out_hex: string;
  readonly ctx_out_hex?: string;
  /** Every map after the run; entries sorted by key hex, per-CPU maps as seen on CPU 0. */
  readonly maps: Readonly<Record<string, readonly KernelMapEntry[]>>;
  readonly duration_ns: number;
  /** The CPU the program ran on (0 unless the harness may not use it) and whose per-CPU values are shown. */
  readonly cpu: number;
  /** One entry per bpf_trace_printk call: the text it formatted, without trailing newlines (inner ones stay). */
  readonly trace_pipe: readonly string[];
  /** The non-blank lines of the tracing buffer, as /sys/kernel/tracing/trace shows them. */
  readonly trace_raw: readonly string[];
  /** Set when tracefs could not be found or mounted: trace_pipe is then empty. */
  readonly trace_note?: string;
}

export type KernelReply =
  | { readonly available: false; readonly reason: string }
  | { readonly available: true; readonly error: string }
  | {
      readonly available: true;
      readonly error?: undefined;
      readonly accepted: boolean;
      readonly errno: number;
      readonly verifier_log: string;
      readonly insns_processed: number | null;
      /** How long BPF_PROG_LOAD took, in nanoseconds. */
      readonly load_ns?: number;
      /** The CPU time the loading thread spent in it (the verifier's work, not time waiting for a CPU). */
      readonly load_cpu_ns?: number;
      /** Absent when the verifier rejects the program or the request said load_only. */
      readonly result?: KernelResult;
    };

/**
 * The request as bpf() takes it: the program type by its kernel name and its expected attach
 * type as bpfplay's record for the name has it, so that both sides check the same rules.
 */
export function forKernel(req: KernelRequest): KernelRequest {
  const t = progTypeFor(req.prog_type, req.section);
  if (!t) return req; // the script names what it does not know
  const init = req.init?.map((e) => ("prog_type" in e && e.prog_type ? { ...e, prog_type: progTypeByName(e.prog_type)?.name ?? e.prog_type } : e));
  return { ...req, prog_type: t.name, expected_attach_type: req.expected_attach_type ?? t.attach?.id ?? 0, ...(init ? { init } : {}) };
}

/** Runs one request through the script. Throws only if the script itself cannot run. */
export function kernelRun(req: KernelRequest): KernelReply {
  const p = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(forKernel(req)), encoding: "utf8", timeout: 90_000, maxBuffer: 256 << 20 });
  if (p.error) throw new Error(`${PYTHON} ${SCRIPT}: ${p.error.message}`);
  const line = p.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as KernelReply;
  } catch {
    throw new Error(`${SCRIPT} gave no JSON (status ${p.status}): ${p.stdout}${p.stderr}`);
  }
}

/**
 * Runs requests one after another in one process (one start-up instead of one per request);
 * a reply per request, in order. Throws only if the script itself cannot run.
 */
export function kernelRunBatch(reqs: readonly KernelRequest[]): KernelReply[] {
  if (reqs.length === 0) return [];
  const p = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(reqs.map(forKernel)), encoding: "utf8", timeout: 90_000 + 10_000 * reqs.length, maxBuffer: 1 << 30 });
  if (p.error) throw new Error(`${PYTHON} ${SCRIPT}: ${p.error.message}`);
  const line = p.stdout.trim().split("\n").pop() ?? "";
  let replies: unknown;
  try {
    replies = JSON.parse(line);
  } catch {
    throw new Error(`${SCRIPT} gave no JSON (status ${p.status}): ${p.stdout.slice(0, 2000)}${p.stderr}`);
  }
  if (!Array.isArray(replies) || replies.length !== reqs.length) throw new Error(`${SCRIPT}: ${reqs.length} requests but the reply is ${line.slice(0, 500)}`);
  return replies as KernelReply[];
}

let cached: { ok: true } | { ok: false; reason: string } | undefined;

/** Whether bpf() loads and runs programs here (root, or CAP_BPF and CAP_NET_ADMIN); asked once. */
export function kernelAvailable(): { ok: true } | { ok: false; reason: string } {
  if (cached) return cached;
  // r0 = 2; exit, as XDP on a 14-byte frame
  const req: KernelRequest = { prog_type: "xdp", insns_hex: "b7000000020000009500000000000000", packet_hex: "00".repeat(14) };
  let reason: string | undefined;
  try {
    const r = kernelRun(req);
    if (!r.available) reason = r.reason;
    else if (r.error !== undefined) reason = r.error;
    else if (!r.accepted) reason = `the kernel rejects 'r0 = 2; exit' (errno ${r.errno}): ${r.verifier_log}`;
    else if (r.result?.r0 !== 2) reason = `BPF_PROG_TEST_RUN gave r0 = ${r.result?.r0}, not 2`;
  } catch (e) {
    reason = (e as Error).message;
  }
  cached = reason === undefined ? { ok: true } : { ok: false, reason };
  if (!cached.ok) skipOrFail(`bpf() unavailable: ${cached.reason}`);
  return cached;
}
