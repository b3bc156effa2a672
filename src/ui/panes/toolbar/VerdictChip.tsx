// The verifier's answer in the header, beside the build status: verified, rejected (with
// the kernel's words), verifying, or not verified yet. Clicking it opens the Verifier tab,
// or Problems for a rejection.

import { useLayout } from "../../stores/layout.ts";
import { useVerify } from "../../stores/verify.ts";

export function VerdictChip() {
  const status = useVerify((s) => s.status);
  const verdict = useVerify((s) => s.verdict);
  const showDrawer = useLayout((s) => s.showDrawer);

  // While a newer verdict is coming the last one stays, dimmed: typing should not make it flicker.
  let text: string;
  let tone: "ok" | "error" | "busy" | "idle";
  if (status === "failed") [text, tone] = ["verifier failed", "error"];
  else if (status === "skipped") [text, tone] = ["not verified", "idle"];
  else if (!verdict) [text, tone] = ["verifying…", "busy"];
  else if (verdict.accepted) [text, tone] = ["verified", "ok"];
  else [text, tone] = ["rejected", "error"];

  const rejected = verdict && !verdict.accepted && (status === "ready" || status === "verifying");
  return (
    <button
      type="button"
      className={`verdict-chip tone-${tone}${status === "verifying" && verdict ? " pending" : ""}`}
      title={rejected ? `The verifier rejects the program at insn ${verdict.problems[0]?.pc ?? "?"}: ${verdict.problems[0]?.message ?? ""}. Show the problem.` : "Show the verifier's verdict"}
      aria-label={`Verifier: ${text}`}
      onClick={() => showDrawer(rejected ? "problems" : "verifier")}
    >
      <span className="dot" aria-hidden="true" />
      {text}
    </button>
  );
}
