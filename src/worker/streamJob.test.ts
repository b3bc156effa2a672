import { describe, expect, it } from "vitest";
import { assemble } from "../core/asm/index.ts";
import { PORT_COUNTER, PORT_TEMPLATE } from "../core/events/stream/testdata.ts";
import type { FromStream, StreamDone, ToStream } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { StreamWorker } from "./streamJob.ts";

const program = assemble(PORT_COUNTER).program;

/** A worker with a clock that moves 5 ms per reading (a chunk is 10 readings, 640 events) and a queue of deferred chunks. */
function harness() {
  const posted: FromStream[] = [];
  const queue: (() => void)[] = [];
  let t = 0;
  const w = new StreamWorker({ post: (m) => posted.push(m), now: () => (t += 5), later: (fn) => queue.push(fn) });
  const send = (m: Record<string, unknown>) => w.handle({ ...m, v: PROTOCOL_VERSION } as unknown as ToStream);
  const drain = (limit = 10_000) => {
    for (let k = 0; k < limit && queue.length; k++) queue.shift()!();
  };
  return { posted, queue, send, drain };
}

const run = (id: number, count: number, seed = 3) => ({ type: "stream-run", id, program, progType: "xdp", source: { kind: "generate", template: JSON.stringify(PORT_TEMPLATE), count, seed } }) as const;

describe("stream worker", () => {
  it("runs in chunks with progress, then posts the summary and per-event arrays", () => {
    const h = harness();
    h.send(run(1, 3000));
    expect(h.posted).toEqual([]); // nothing runs before the worker reads its messages
    h.drain();
    const progress = h.posted.filter((m) => m.type === "stream-progress");
    expect(progress.length).toBeGreaterThan(0);
    const done = h.posted.at(-1) as StreamDone;
    expect(done.type).toBe("stream-done");
    expect(done.cancelled).toBe(false);
    expect(done.summary.events).toBe(3000);
    expect(done.verdictOf.length).toBe(3000);
    expect(done.summary.verdicts.reduce((n, v) => n + v.count, 0)).toBe(3000);
    expect([...done.names].sort()).toEqual(["XDP_DROP", "XDP_PASS"]);
  });

  it("stops between chunks when cancelled and sums up what ran", () => {
    const h = harness();
    h.send(run(2, 1_000_000));
    h.drain(2);
    h.send({ type: "stream-cancel", id: 3 });
    h.drain();
    const done = h.posted.at(-1) as StreamDone;
    expect(done.type).toBe("stream-done");
    expect(done.cancelled).toBe(true);
    expect(done.summary.events).toBeGreaterThan(0);
    expect(done.summary.events).toBeLessThan(1_000_000);
    expect(done.total).toBe(1_000_000);
  });

  it("answers rows and the maps after an event, with the next event's bytes for the debugger", () => {
    const h = harness();
    h.send(run(4, 200));
    h.drain();
    h.send({ type: "stream-rows", id: 5, from: 10, count: 3 });
    const rows = h.posted.at(-1)!;
    expect(rows.type === "stream-rows" && rows.rows.map((r) => r.index)).toEqual([10, 11, 12]);
    expect(rows.type === "stream-rows" && rows.rows[0].description).toMatch(/^TCP 10\.0\.0\.\d+:\d+ → 10\.0\.0\.2:(80|443|22|8080) \[S\]$/);
    h.send({ type: "stream-maps", id: 6, after: 199 });
    const m = h.posted.at(-1)!;
    if (m.type !== "stream-maps") throw new Error(m.type);
    const total = m.maps[0].entries.reduce((n, e) => n + Number(BigInt("0x" + e.value.match(/../g)!.reverse().join(""))), 0);
    expect(total).toBe(200);
    expect(m.next).toBeUndefined();
    h.send({ type: "stream-maps", id: 7, after: -1 });
    const first = h.posted.at(-1)!;
    expect(first.type === "stream-maps" && first.maps[0].entries).toEqual([]);
    expect(first.type === "stream-maps" && first.next?.index).toBe(0);
    expect(first.type === "stream-maps" && first.next?.packetHex.length).toBeGreaterThan(100);
  });

  it("reports a template mistake with its place", () => {
    const h = harness();
    h.send({ ...run(8, 10), source: { kind: "generate", template: '{ "packet": "tcp_syn",\n "fields": { "tcp.dstPort": { "range": [1, 70000] } } }', count: 10, seed: 1 } });
    const e = h.posted.at(-1)!;
    expect(e.type === "stream-error" && e.message).toMatch(/^template:2:29: tcp\.dstPort: .*does not fit in 16 bits$/);
  });

  it("starts from the seeded maps: a port seeded into a deny list changes the verdicts", () => {
    // drops a packet whose destination port is a key of `deny`; nothing in the program adds keys
    const denier = assemble(`
.section xdp
.map deny, type=hash, key_size=4, value_size=1, max_entries=16
  r2 = *(u32 *)(r1 + 4)
  r1 = *(u32 *)(r1 + 0)
  r3 = r1
  r3 += 54
  r0 = 2
  if r3 > r2 goto out
  r4 = *(u16 *)(r1 + 36)
  r4 = be16 r4
  *(u32 *)(r10 - 4) = r4
  r1 = map[deny] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r1 = r0
  r0 = 2
  if r1 == 0 goto out
  r0 = 1
out:
  exit
`).program;
    const counts = (seeds?: { map: string; key: string; value: string }[]) => {
      const h = harness();
      h.send({ ...run(9, 2000), program: denier, ...(seeds ? { seeds } : {}) });
      h.drain();
      const done = h.posted.at(-1) as StreamDone;
      expect(done.type).toBe("stream-done");
      const byName = Object.fromEntries(done.summary.verdicts.map((v) => [v.verdict, v.count]));
      h.send({ type: "stream-maps", id: 10, after: -1 });
      const before = h.posted.at(-1)!;
      return { byName, before: before.type === "stream-maps" ? before.maps[0].entries : [] };
    };
    const fresh = counts();
    expect(fresh.byName).toEqual({ XDP_PASS: 2000 });
    expect(fresh.before).toEqual([]);
    // port 22 (0x16) and 80 (0x50) denied: the template draws the port from 80, 443, 22, 8080
    const seeded = counts([
      { map: "deny", key: "16000000", value: "01" },
      { map: "deny", key: "50000000", value: "01" },
    ]);
    expect(seeded.byName.XDP_DROP).toBeGreaterThan(800);
    expect(seeded.byName.XDP_DROP).toBeLessThan(1200);
    expect(seeded.byName.XDP_DROP + seeded.byName.XDP_PASS).toBe(2000);
    // the maps before the first event are the seeds (what "Debug this event" replays from)
    expect(seeded.before).toEqual([
      { key: "16000000", value: "01" },
      { key: "50000000", value: "01" },
    ]);
  });

  it("refuses a seed that is not hex, naming the map", () => {
    const h = harness();
    h.send({ ...run(11, 10), seeds: [{ map: "ports", key: "zz", value: "00" }] });
    const e = h.posted.at(-1)!;
    expect(e.type === "stream-error" && e.message).toBe("map ports: 'zz' is not hex bytes");
  });
});
