// Every gallery example through bpfplay's engine: it builds without a word, the verifier gives
// the verdict its explanation states (a rejection with the stated code, whose fix is accepted),
// and one Run on its events gives the outcome its explanation states (types.ts: outcomeText).
// gallery_vs_kernel.test.ts asks the kernel the same questions.

import { describe, expect, it } from "vitest";
import { explain } from "../../format/explain.ts";
import { buildExample, leNumber, runExample, toHex, verifyExample } from "./engine.ts";
import { GALLERY, GROUPS, galleryById, outcomeText } from "./index.ts";

describe("the gallery", () => {
  it("has at least 24 examples, unique ids and titles, each in a known group with an explanation", () => {
    expect(GALLERY.length).toBeGreaterThanOrEqual(24);
    expect(new Set(GALLERY.map((e) => e.id)).size).toBe(GALLERY.length);
    expect(new Set(GALLERY.map((e) => e.title)).size).toBe(GALLERY.length);
    for (const e of GALLERY) {
      expect(GROUPS.map((g) => g.id)).toContain(e.group);
      expect(e.shows.length, e.id).toBeGreaterThan(20);
      expect(e.tryThis.length, e.id).toBeGreaterThan(10);
    }
  });

  for (const e of GALLERY) {
    it(`${e.id}: ${outcomeText(e.outcome)}`, () => {
      const b = buildExample(e);
      expect(b.diagnostics.map((d) => `${d.span?.line}:${d.span?.column}: ${d.message}`)).toEqual([]);
      if (!b.ok) return;
      const o = e.outcome;
      if (e.endless) {
        // the verifier refuses it; the VM runs it anyway, until the budget stops it
        const r = runExample(e, b.program);
        expect(typeof r !== "string" && r.fault?.kind).toBe("budget");
        return;
      }
      const v = verifyExample(e, b.program);
      if (o?.verdict === "rejected") {
        expect(v.accepted).toBe(false);
        expect(v.diagnostics[0]?.code).toBe(o.code);
        // the words are the catalogue's, so it must know the code
        expect(explain(o.code, v.diagnostics[0].params).id).toBe(o.code);
        const fix = galleryById(o.fix);
        expect(fix?.fixes).toBe(e.id);
        expect(fix?.outcome?.verdict).toBe("accepted");
        return;
      }
      expect(v.diagnostics.map((d) => `insn ${d.pc}: ${d.message}`)).toEqual([]);
      expect(v.accepted).toBe(true);
      const r = runExample(e, b.program);
      if (typeof r === "string") throw new Error(r);
      if (!o) throw new Error(`${e.id}: no outcome`);
      expect(r.fault).toBeUndefined();
      expect(Number(r.r0)).toBe(o.r0);
      if (o.map) {
        const d = r.maps[o.map.name];
        expect(d?.kind).toBe("entries");
        const entry = d?.kind === "entries" ? d.entries.find((x) => toHex(x.key) === o.map!.keyHex) : undefined;
        expect(entry, `${o.map.name}: ${JSON.stringify(d?.kind === "entries" ? d.entries.map((x) => toHex(x.key)) : d)}`).toBeDefined();
        expect(leNumber(entry!.value)).toBe(o.map.value);
      }
      if (o.records) {
        const d = r.maps[o.records.name];
        expect(d?.kind === "records" ? d.records.filter((x) => !x.discarded).length : -1).toBe(o.records.count);
      }
      if (o.printk) expect(r.trace[0]).toBe(o.printk);
      if (o.packetOutLength !== undefined) expect(r.packetOut?.length).toBe(o.packetOutLength);
    });
  }
});
