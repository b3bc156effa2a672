import { it } from "vitest";
import { robustness } from "./robust.ts";
import { NESTINGS } from "./nesting.ts";
it("bisect", () => {
  for (const n of NESTINGS) {
    const bad = (d: number) => robustness(n.source(d)).problems.length > 0;
    if (!bad(20000)) { console.log(n.name, "ok at 20000", robustness(n.source(20000)).ms.toFixed(0), "ms"); continue; }
    let lo = 1, hi = 20000;
    while (lo < hi) { const m = (lo + hi) >> 1; if (bad(m)) hi = m; else lo = m + 1; }
    console.log(n.name, "fails from", lo, robustness(n.source(lo)).problems[0]?.slice(0, 160), bad(Math.ceil(lo*1.5)));
  }
}, 600_000);
