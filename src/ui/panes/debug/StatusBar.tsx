// The footer: where the program stands (or why it cannot run) on the left, with whether the
// verifier accepts the program (the debugger runs it either way, as `run --no-verify`
// would, and says so); instructions executed, the step-back history and its bound, and the
// budget on the right.

import { grouped, plural } from "../../format/bytes.ts";
import { verdictOf } from "../../format/verdict.ts";
import { useLayout } from "../../stores/layout.ts";
import { useSession } from "../../stores/session.ts";
import { useVerify } from "../../stores/verify.ts";

const fmt = grouped;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Tone = "ok" | "warn" | "error" | "busy" | "idle";

/** "verified" or "not verified", for the program as it is now; nothing while that is not known. */
function VerifiedPill() {
  // The last verdict stays (dimmed) while a newer one is coming, so typing does not make it flicker.
  const verdict = useVerify((s) => (s.status === "ready" || s.status === "verifying" ? s.verdict : undefined));
  const pending = useVerify((s) => s.status === "verifying");
  const showDrawer = useLayout((s) => s.showDrawer);
  if (!verdict) return null;
  const p = verdict.problems[0];
  const title = verdict.accepted
    ? `The verifier accepts this program (${plural(verdict.insnsProcessed, "instruction")} processed).`
    : `The verifier rejects this program: ${p ? `${p.message} (insn ${p.pc})` : "see Problems"}. The debugger runs it anyway, unverified, as \`bpfplay run --no-verify\` would; the kernel would refuse to load it.`;
  return (
    <button type="button" className={`verified-pill ${verdict.accepted ? "ok" : "warn"}${pending ? " pending" : ""}`} title={title} onClick={() => showDrawer(verdict.accepted ? "verifier" : "problems")}>
      {verdict.accepted ? "✓ verified" : "⚠ not verified"}
    </button>
  );
}

export function StatusBar() {
  const state = useSession((s) => s.state);
  const error = useSession((s) => s.error);
  const stale = useSession((s) => s.stale);
  const running = useSession((s) => s.running);
  const progType = useSession((s) => s.progType);
  const queued = useSession((s) => s.queued !== undefined);

  let text: string;
  let tone: Tone;
  const where = state ? `insn ${state.snapshot.pc}${state.line ? `, line ${state.line}` : ""}` : "";
  if (queued) {
    [text, tone] = ["Building the changed program; the command runs when it is ready…", "busy"];
  } else if (error) {
    [text, tone] = [`Cannot run: ${error.message}`, "error"];
  } else if (!state) {
    [text, tone] = ["Starting the debugger…", "busy"];
  } else if (running) {
    [text, tone] = [`Running… ${plural(state.snapshot.executed, "instruction")}`, "busy"];
  } else if (stale) {
    [text, tone] = ["The program or its input changed: the next command starts it again", "warn"];
  } else {
    const s = state.snapshot;
    switch (s.status) {
      case "exited":
        [text, tone] = [`Exited: r0 = ${verdictOf(s.r0, progType)}`, "ok"];
        break;
      case "faulted":
        [text, tone] = [`Fault at ${where}: ${s.fault?.message ?? ""}`, "error"];
        break;
      case "budget":
        [text, tone] = [`Stopped: ${s.reason ?? "the instruction budget ran out"} · ${where}`, "warn"];
        break;
      case "ready":
        [text, tone] = [`Ready at ${where}`, "idle"];
        break;
      default:
        [text, tone] = [`${capital(s.reason ?? "paused")} · ${where}`, "idle"];
    }
  }

  return (
    <footer className="status-bar" aria-label="Debugger status" data-session={state?.session}>
      <div className={`debug-status tone-${tone}`} aria-live="polite">
        <span className="dot" aria-hidden="true" />
        <span className="debug-status-text">{text}</span>
        <VerifiedPill />
      </div>
      {state && (
        <div className="counters">
          <span>{plural(state.snapshot.executed, "instruction")} executed</span>
          <span title="Steps that Step back can undo, and how many are kept">
            history {fmt(state.snapshot.history.length)} / {fmt(state.snapshot.history.limit)} steps
          </span>
          <span title="Instructions one Run or Continue may execute">budget {fmt(state.budget)}</span>
        </div>
      )}
    </footer>
  );
}
