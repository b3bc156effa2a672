// For tests beside the VM: assemble and run in one call.
import { assemble } from "../asm/index.ts";
import { execute } from "./execute.ts";
import type { ExecuteOptions, ExecuteResult } from "./execute.ts";

export function runAsm(text: string, o: Partial<ExecuteOptions> = {}): ExecuteResult {
  const a = assemble(text);
  const errs = a.diagnostics.filter((d) => d.severity === "error");
  if (errs.length) throw new Error(`assembly failed: ${errs.map((e) => `${e.span?.line}: ${e.message}`).join("; ")}`);
  const r = execute({ program: a.program, progType: "raw_tracepoint", input: {}, ...o });
  if (typeof r === "string") throw new Error(r);
  return r;
}

/** A 64-byte Ethernet + IPv4 + TCP packet (10.0.0.1:1234 -> 10.0.0.2:80, SYN). */
export const TCP_PACKET = Uint8Array.from(
  ("00112233445566778899aabb0800" + "450000320001000040060000" + "0a0000010a000002" + "04d20050000000010000000050022000" + "00000000" + "00".repeat(10)).match(/../g)!,
  (h) => parseInt(h, 16),
);
