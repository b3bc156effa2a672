// The stream runner against its reference: N separate `execute` calls, each given the maps the
// previous one left (as --init entries). Same r0, instruction count, output and maps per event.
import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { execute } from "../vm/execute.ts";
import type { InitEntry, MapDump } from "../vm/execute.ts";
import { PORT_COUNTER, PORT_TEMPLATE } from "../events/stream/testdata.ts";
import { generatedSource, inputOf, isTemplateError, listSource, mapsAfter, parseTemplate, StreamRunner } from "./index.ts";
import type { StreamEvent } from "./index.ts";

const program = assemble(PORT_COUNTER).program;
const template = parseTemplate(PORT_TEMPLATE);
if (isTemplateError(template)) throw new Error(template.message);

const entriesOf = (d: MapDump) => (d.kind === "entries" ? d.entries : []);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const sorted = (d: MapDump) => entriesOf(d).map((e) => `${hex(e.key)}=${hex(e.value)}`).sort();

describe("stream runner vs separate executes", () => {
  it("gives the same result for each of 300 generated events and the same maps after each", () => {
    const source = generatedSource(template, 11, 300);
    const runner = StreamRunner.create({ program });
    if (typeof runner === "string") throw new Error(runner);
    expect(source.input).toBeDefined();
    let carried: InitEntry[] = [];
    const verdicts = new Set<string>();
    for (let i = 0; i < source.length; i++) {
      const e = source.at(i);
      const got = runner.runAt(source, i); // the patched packet: execute gets the built one
      const input = inputOf(e);
      if (typeof input === "string") throw new Error(input);
      const want = execute({ program, input, init: carried });
      if (typeof want === "string") throw new Error(want);
      expect(got.r0).toBe(want.r0);
      expect(got.insns).toBe(want.insnsExecuted);
      expect(got.output).toEqual(want.trace);
      expect(sorted(runner.dump().ports)).toEqual(sorted(want.maps.ports));
      verdicts.add(got.verdict);
      carried = entriesOf(want.maps.ports).map((x) => ({ map: "ports", key: x.key, value: x.value }));
    }
    expect([...verdicts].sort()).toEqual(["XDP_DROP", "XDP_PASS"]);
    // four ports, 300 events: the counts add up
    const total = entriesOf(runner.dump().ports).reduce((n, x) => n + Number(new DataView(x.value.buffer, x.value.byteOffset).getBigUint64(0, true)), 0);
    expect(total).toBe(300);
  });

  it("replays to any event: the maps after event i equal the full run's at i", () => {
    const source = generatedSource(template, 5, 120);
    const runner = StreamRunner.create({ program });
    if (typeof runner === "string") throw new Error(runner);
    const after: string[][] = [];
    for (let i = 0; i < source.length; i++) {
      runner.run(source.at(i));
      after.push(sorted(runner.dump().ports));
    }
    for (const i of [-1, 0, 57, 119]) {
      const r = mapsAfter({ program }, source, i);
      if (typeof r === "string") throw new Error(r);
      expect(sorted(r.runner.dump().ports)).toEqual(i < 0 ? [] : after[i]);
    }
  });

  it("names events it cannot run, and faults, without stopping the stream", () => {
    const events: StreamEvent[] = [{ kind: "bytes", hex: "0011" }, { kind: "bytes", hex: "zz" }, template.base];
    const runner = StreamRunner.create({ program });
    if (typeof runner === "string") throw new Error(runner);
    const rs = [0, 1, 2].map((i) => runner.run(listSource(events).at(i)));
    expect(rs.map((r) => r.verdict)).toEqual(["error", "error", "XDP_PASS"]);
    expect(rs[0].fault?.kind).toBe("input");
    expect(rs[1].fault?.message).toBe("'zz' is not hex bytes");
    const loop = assemble(".section xdp\nl:\n  goto l\n").program;
    const r = StreamRunner.create({ program: loop, budget: 1000 });
    if (typeof r === "string") throw new Error(r);
    const x = r.run(template.base);
    expect([x.verdict, x.fault?.kind, x.insns]).toEqual(["fault", "budget", 1000]);
  });
});
