// describeContext against the kernel: for tc, socket filter, cgroup_skb and XDP programs (with
// and without a context from user space), every field describeContext calls readable was read by
// a program in the kernel's BPF_PROG_TEST_RUN (test/kernel/programs/ctx_fields_*.s, recorded in
// kernel_results.json; the kernel's verifier accepted every read), and the value describeContext
// gives is the kernel's. Pointers compare as their distance from data. The programs are
// generated from describeContext's own view (ctx_fields.ts) and must match it; where bpf() works,
// vm_vs_kernel.test.ts re-checks the recordings against the live kernel.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLDEN, readGolden, RERECORD } from "../kernel/golden.ts";
import { PROGRAMS } from "../kernel/header.ts";
import { CASES, copiedFields, fieldsProgram } from "./ctx_fields.ts";

const golden = readGolden();

describe("describeContext gives the context BPF_PROG_TEST_RUN builds", () => {
  for (const c of CASES) {
    it(c.file, () => {
      expect(readFileSync(join(PROGRAMS, c.file), "utf8"), `${c.file} is not what ctx_fields.ts generates now; regenerate it and ${RERECORD}`).toBe(fieldsProgram(c));
      const entry = golden[c.file];
      if (!entry) throw new Error(`${c.file}: no entry in ${GOLDEN}; ${RERECORD}`);
      const out = entry.result.maps.out?.[0];
      if (!out || !("value" in out)) throw new Error(`${c.file}: the kernel's run left no value in map out`);
      const kernel = Uint8Array.from(out.value.match(/../g) ?? [], (x) => parseInt(x, 16));
      const { view, fields } = copiedFields(c);
      expect(fields.length).toBeGreaterThan(3);
      const data = view.fields.find((x) => x.name === "data")?.pointer?.offset ?? 0;
      const differ: string[] = [];
      for (const f of fields) {
        const size = f.pointer ? 4 : f.size;
        let k = 0n;
        for (let b = size - 1; b >= 0; b--) k = (k << 8n) | BigInt(kernel[f.off + b]);
        // the program stored data_end - data and data - data_meta
        const ours = !f.pointer ? f.value : BigInt(f.name.endsWith("end") ? f.pointer.offset - data : data - f.pointer.offset);
        if (k !== ours) differ.push(`${f.name}: kernel ${k}, describeContext ${ours} (${f.text})`);
      }
      expect(differ).toEqual([]);
    });
  }
});
