// One line saying what the engine made of the document: "12 instructions, 0 errors".

import { errorCount, useBuild, warningCount } from "../../stores/build.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function BuildStatus() {
  const status = useBuild((s) => s.status);
  const count = useBuild((s) => s.listing.length);
  const diagnostics = useBuild((s) => s.diagnostics);
  const failure = useBuild((s) => s.failure);

  const errors = errorCount(diagnostics);
  const warnings = warningCount(diagnostics);
  let text: string;
  let tone: "ok" | "warn" | "error" | "busy";
  if (status === "failed") {
    text = `Engine failed: ${failure ?? "unknown error"}`;
    tone = "error";
  } else if (status === "idle") {
    text = "Building…";
    tone = "busy";
  } else {
    text = `${plural(count, "instruction")}, ${plural(errors, "error")}` + (warnings ? `, ${plural(warnings, "warning")}` : "");
    tone = errors ? "error" : warnings ? "warn" : status === "building" ? "busy" : "ok";
  }

  return (
    <div className={`build-status tone-${tone}`} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      {text}
    </div>
  );
}
