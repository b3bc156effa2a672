// bpf_skb_vlan_pop moves skb->data, the MAC header and the network header; the debugger's
// step back puts all three back (the kernel differential is test/kernel/programs/helper_skb_vlan*.s).
import { describe, expect, it } from "vitest";
import { assemble } from "../../asm/index.ts";
import { progTypeByName } from "../../isa/progtypes.ts";
import { Debugger } from "../debugger.ts";
import { createMapSet } from "../mapset.ts";
import { createWorld } from "../world.ts";

describe("stepping back over helpers that move the link-layer header", () => {
  it("restores where the MAC and network headers are after bpf_skb_vlan_pop", () => {
    const frame = Uint8Array.from("02000000000202000000000181000064810000c80800".match(/../g)!.map((h) => parseInt(h, 16)));
    const packet = Uint8Array.of(...frame, ...new Uint8Array(46));
    const a = assemble("r6 = r1\ncall bpf_skb_vlan_pop\nr0 = 0\nexit");
    const maps = createMapSet(a.program.maps, 1);
    if (typeof maps === "string") throw new Error(maps);
    const dbg = new Debugger({ program: a.program, progType: progTypeByName("sched_cls")!, input: { packet }, maps, world: createWorld(1) });
    const p = dbg.run.ctx.packet!;
    const before = [p.data, p.mac, p.net];
    dbg.stepInto();
    dbg.stepInto();
    expect([p.data, p.mac]).toEqual([before[0] + 8, before[1] + 8]);
    dbg.stepBack();
    expect([p.data, p.mac, p.net]).toEqual(before);
  });
});
