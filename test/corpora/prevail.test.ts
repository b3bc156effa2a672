// PREVAIL's verifier tests (../shared/corpora/prevail/test-data/*.yaml) through bpfplay's
// verifier: each case is translated into bpfplay's assembly (prevail/translate.ts), its `pre`
// state set up by a prologue, and verify()'s verdict compared with PREVAIL's expectation
// (no `messages` but notes of dead code: accept). PREVAIL is an abstract interpreter with its own rules, not the
// kernel, so disagreements are printed, grouped, and never fail the test; what fails it is a
// translation that does not run: fewer than 80% of the translatable cases verified at all.
// PREVAIL_ASSUME=branch runs the cases with `assume` too; PREVAIL_KERNEL=1 asks the kernel as
// well (as root); PREVAIL_ALL=1 lists every disagreement.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/core/asm/index.ts";
import { kernelAvailable } from "../kernel/reference.ts";
import { loadVerifier } from "../verifier/bpfplay.ts";
import { askKernel, kernelRequest } from "../verifier/cases.ts";
import { report } from "./prevail/report.ts";
import type { Outcome, Summary } from "./prevail/report.ts";
import { translate } from "./prevail/translate.ts";
import { prevailAccepts, readCases } from "./prevail/yaml.ts";
import type { PrevailCase } from "./prevail/yaml.ts";
import { corpus } from "./paths.ts";

const dir = corpus("prevail");
const assumeMode = process.env.PREVAIL_ASSUME === "branch" ? "branch" : "skip";
/** PREVAIL_KERNEL=1 also loads every translated program into the kernel (as root; minutes). */
const withKernel = process.env.PREVAIL_KERNEL === "1" && kernelAvailable().ok;

describe.runIf(dir)("PREVAIL's verifier tests through bpfplay's verifier (verdicts compared with PREVAIL's)", () => {
  const cases = dir ? readCases(join(dir, "test-data")) : [];

  it(`reads the corpus (${cases.length} cases)`, () => {
    expect(cases.length).toBeGreaterThan(700);
  });

  it("runs at least 80% of the translatable cases", { timeout: 600_000 }, async () => {
    const verifier = await loadVerifier();
    const skipped = new Map<string, number>();
    const outcomes: Outcome[] = [];
    const failed: { c: PrevailCase; why: string }[] = [];
    let assumeCases = 0;

    for (const c of cases) {
      const t = translate(c, { assume: assumeMode });
      if ("skip" in t) {
        skipped.set(t.skip, (skipped.get(t.skip) ?? 0) + 1);
        if (assumeMode === "skip" && t.skip.includes("assume") && !("skip" in translate(c, { assume: "branch" }))) assumeCases++;
        continue;
      }
      const { program, diagnostics } = assemble(t.text);
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length) {
        failed.push({ c, why: `does not assemble: ${errors[0].message}\n${t.text}` });
        continue;
      }
      if ("error" in verifier) {
        failed.push({ c, why: `no verifier: ${verifier.error}` });
        continue;
      }
      try {
        const v = verifier.verify(program, { progType: t.progType, logLevel: 0 });
        const kernel = withKernel ? askKernel(kernelRequest(program, t.progType)) : undefined;
        outcomes.push({ c, prevailAccepts: prevailAccepts(c), ours: { accepted: v.accepted, message: v.diagnostics[0]?.message }, kernel });
      } catch (e) {
        failed.push({ c, why: `verify() threw: ${(e as Error).message}` });
      }
    }

    const summary: Summary = { total: cases.length, skipped, outcomes, failed, assumeCases, assumeMode };
    console.log(report(summary, process.env.PREVAIL_ALL === "1"));
    const translated = outcomes.length + failed.length;
    expect(translated, "no case could be translated").toBeGreaterThan(0);
    expect(outcomes.length / translated, `only ${outcomes.length} of ${translated} translatable cases ran; first failures:\n${failed.slice(0, 5).map((f) => f.why).join("\n")}`).toBeGreaterThanOrEqual(0.8);
  });
});
