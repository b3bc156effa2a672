// kernel_results.json: what the kernel's BPF_PROG_TEST_RUN gave for every program in programs/,
// recorded by record.ts where bpf() works, so vm_vs_kernel.test.ts compares bpfplay's VM with
// the kernel on every machine. Each entry carries a fingerprint of the request it answers: a
// program or header changed since recording makes the entry stale, and the test says so.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KernelMapEntry, KernelReply, KernelRequest, KernelResult } from "./reference.ts";

export const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), "kernel_results.json");
export const RERECORD = "re-record with `npx tsx test/kernel/record.ts` (as root) and review the diff";

/** The deterministic part of a KernelResult: what the VM must reproduce (no timing, no CPU, no raw trace). */
export interface GoldenResult {
  readonly r0: number;
  readonly packet_out_hex: string;
  readonly ctx_out_hex?: string;
  readonly maps: Readonly<Record<string, readonly KernelMapEntry[]>>;
  readonly trace_pipe: readonly string[];
}

export interface GoldenEntry {
  /** sha256 of the request's JSON, first 16 hex digits. */
  readonly request: string;
  readonly result: GoldenResult;
}

export type Golden = Record<string, GoldenEntry>;

export const fingerprint = (req: KernelRequest): string => createHash("sha256").update(JSON.stringify(req)).digest("hex").slice(0, 16);

export function pick(r: KernelResult): GoldenResult {
  const g: GoldenResult = { r0: r.r0, packet_out_hex: r.packet_out_hex, maps: r.maps, trace_pipe: r.trace_pipe };
  return r.ctx_out_hex === undefined ? g : { ...g, ctx_out_hex: r.ctx_out_hex };
}

export function readGolden(): Golden {
  return existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, "utf8")) as Golden) : {};
}

/** What is wrong with a kernel reply, or undefined if the program loaded and ran. */
export function kernelProblem(reply: KernelReply): string | undefined {
  if (!reply.available) return `bpf() unavailable: ${reply.reason}`;
  if (reply.error !== undefined) return reply.error;
  if (!reply.accepted) return `rejected (errno ${reply.errno}):\n${reply.verifier_log.split("\n").slice(-12).join("\n")}`;
  if (!reply.result) return "no result";
  return undefined;
}
