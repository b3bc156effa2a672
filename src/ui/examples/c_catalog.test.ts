// The first C examples run the way their comments say, over several runs and in detail; the
// starter document compiles and verifies (gallery.test.ts checks every example).

import { describe, expect, it } from "vitest";
import { compile } from "../../core/cc/index.ts";
import { hexToBytes } from "../../core/isa/index.ts";
import { verify } from "../../core/verifier/index.ts";
import { execute } from "../../core/vm/index.ts";
import { exampleById } from "./catalog.ts";
import { DEFAULT_PACKET_HEX } from "./packet.ts";
import { C_EXAMPLE } from "../stores/examples.ts";

const packet = hexToBytes(DEFAULT_PACKET_HEX.replace(/\s+/g, ""))!;

function build(text: string) {
  const r = compile(text, { file: "prog.c" });
  expect(r.diagnostics.map((d) => `${d.span?.line}:${d.span?.column}: ${d.message}`)).toEqual([]);
  expect(r.programs).toHaveLength(1);
  return r.programs[0];
}

function run(id: string, repeat = 1) {
  const e = exampleById(id)!;
  const r = execute({ program: build(e.text).program, progType: e.progType, input: { packet }, repeat });
  if (typeof r === "string") throw new Error(r);
  return r;
}

describe("the C examples", () => {
  it("the first document compiles cleanly, is verified as xdp and exits", () => {
    const p = build(C_EXAMPLE);
    const v = verify(p.program, { progType: "xdp" });
    expect(v.diagnostics.map((d) => `insn ${d.pc}: ${d.message}`)).toEqual([]);
    expect(v.accepted).toBe(true);
    const r = execute({ program: p.program, progType: "xdp", input: { packet } });
    if (typeof r === "string") throw new Error(r);
    expect(r.fault).toBeUndefined();
  });

  it("the XDP filter drops the default packet (TCP to port 80) and counts it under TCP", () => {
    const r = run("c-xdp-drop-port", 2);
    expect(r.r0).toBe(1n);
    expect(r.maps.drops).toEqual({ kind: "entries", entries: [{ key: Uint8Array.of(6), value: Uint8Array.of(2, 0, 0, 0, 0, 0, 0, 0) }] });
  });

  it("the socket filter keeps the whole TCP packet, from its IP header on", () => {
    expect(run("c-socket-filter").r0).toBe(50n);
  });

  it("the ring buffer gets the packet's length and first bytes", () => {
    const d = run("c-ringbuf").maps.events;
    expect(d.kind === "records" && [...d.records[0].data]).toEqual([64, 0, 0, 0, 2, 0, 0, 0]);
  });
});
