import { describe, expect, it } from "vitest";
import { cli } from "../../test/support/cli.ts";

describe("bpfplay verify", () => {
  it("prints the verdict, the kernel-format log and located errors; exits 1 when rejected", () => {
    const bad = cli(["verify", "p.s", "--type", "xdp", "--json"], { "p.s": "r0 = r2\nexit" });
    expect(bad.status).toBe(1);
    expect(bad.json()).toMatchObject({ accepted: false, errors: [{ insn: 0, line: 1, message: "R2 !read_ok" }], insns_processed: 1 });
    expect(bad.json().log).toContain("0: (bf) r0 = r2\nR2 !read_ok\nprocessed 1 insns");
    const ok = cli(["verify", "p.s", "--type", "xdp"], { "p.s": "r0 = 2\nexit" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/accepted\n$/);
  });
  it("names the assembly file it was given in each error (not the assembler's default name)", () => {
    const r = cli(["verify", "progs/drop.s", "--type", "xdp", "--json"], { "progs/drop.s": "; a comment\nr0 = r2\nexit" });
    expect(r.json()).toMatchObject({ errors: [{ insn: 0, file: "progs/drop.s", line: 2, column: 1 }] });
    expect(cli(["verify", "progs/drop.s", "--type", "xdp"], { "progs/drop.s": "; a comment\nr0 = r2\nexit" }).stderr).toMatch(/^progs\/drop\.s:2:1: insn 0: error: R2 !read_ok\n/);
  });
  it("refuses a run's options (an input, a budget, --no-perf-reader) instead of ignoring them", () => {
    for (const opt of [["--no-perf-reader"], ["--packet-hex", "00"], ["--budget", "5"], ["--no-verify"]]) {
      const r = cli(["verify", "p.s", "--type", "xdp", ...opt], { "p.s": "r0 = 2\nexit" });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`Unknown option '${opt[0]}'`);
    }
    expect(cli(["verify", "p.s", "--type", "xdp", "--strict-align", "--log-level", "2", "--json"], { "p.s": "r0 = 2\nexit" }).json()).toMatchObject({ accepted: true });
  });
  it("run verifies first and reports a rejection without running, unless --no-verify", () => {
    const packet = "00".repeat(60);
    const r = cli(["run", "p.s", "--type", "xdp", "--packet-hex", packet, "--json"], { "p.s": "r0 = *(u8 *)(r1 + 100)\nexit" });
    expect(r.status).toBe(1);
    expect(r.json()).toMatchObject({ accepted: false, errors: [{ insn: 0, message: "invalid bpf_context access off=100 size=1" }] });
    expect(r.json().result).toBeUndefined();
    const n = cli(["run", "p.s", "--type", "xdp", "--packet-hex", packet, "--no-verify", "--json"], { "p.s": "r0 = *(u8 *)(r1 + 100)\nexit" });
    expect(n.json().result.fault.message).toMatch(/^out-of-bounds read of 1 byte at /);
  });
});
