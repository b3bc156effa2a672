// Each debug state carries the program's context by field name (DebugState.context), read
// live: pointers as places in the packet, and a field the program wrote shows its new value.

import { describe, expect, it } from "vitest";
import { assemble } from "../../core/asm/index.ts";
import { DEFAULT_PACKET_HEX } from "../../core/events/index.ts";
import type { DebugReply, DebugState } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";
import { DebugSession } from "./session.ts";

async function run(text: string, progType: string): Promise<DebugState> {
  const replies: DebugReply[] = [];
  const session = new DebugSession({ post: (r) => replies.push(r), tick: () => new Promise((r) => setTimeout(r, 0)), now: () => performance.now() });
  const program = assemble(text).program;
  session.handle({ type: "debug-start", v: PROTOCOL_VERSION, id: 1, input: { program, progType, packetHex: DEFAULT_PACKET_HEX, ctxHex: "" }, breakpoints: [], command: { kind: "run" } });
  for (let k = 0; k < 10_000; k++) {
    const r = replies[replies.length - 1];
    if (r?.type === "debug-error") throw new Error(r.message);
    if (r?.type === "debug-state" && !r.running && r.snapshot.status === "exited") return r;
    await new Promise((res) => setTimeout(res, 1));
  }
  throw new Error("the run did not end");
}

const value = (s: DebugState, name: string) => s.context?.fields.find((f) => f.name === name);

describe("DebugState.context", () => {
  it("names xdp_md's fields, pointers as places in the packet", async () => {
    const s = await run("r0 = 2\nexit", "xdp");
    expect(s.context?.struct).toBe("xdp_md");
    expect(value(s, "data")?.text).toBe("packet + 0");
    expect(value(s, "data_end")?.text).toBe("packet + 64");
  });

  it("shows a __sk_buff field as the program left it", async () => {
    const s = await run("r2 = 0x2a\n*(u32 *)(r1 + 8) = r2\nr0 = 0\nexit", "sched_cls");
    expect(s.context?.struct).toBe("__sk_buff");
    expect(value(s, "mark")?.text).toBe("42 (0x2a)");
    expect(value(s, "len")?.value).toBe(64n);
  });
});
