// Verifies the program the engine built, as the debugger's program type: each new program
// (or program type) restarts a short timer, and when it fires the program goes to the
// verifier's worker. A verification still running then is stopped by the client (its answer
// would be stale), so a program that takes the verifier seconds never delays the newest
// program's verdict. The verifier gets the very Program the debugger runs: nothing is built twice.
// The instruction whose states the Verifier pane shows follows the editor's cursor, and the
// debugger's instruction each time the program stops somewhere new.

import type { DebugState } from "../protocol/index.ts";
import { useBuild } from "./stores/build.ts";
import { useDocument } from "./stores/document.ts";
import { useSession } from "./stores/session.ts";
import { useVerify } from "./stores/verify.ts";
import type { WorkerClient } from "./workerClient.ts";

export const VERIFY_DELAY_MS = 50;

/** The instruction a live, stopped session stands on, if any. */
const stoppedAt = (s: { state?: DebugState; stale: boolean; running: boolean }): number | undefined =>
  s.state && !s.stale && !s.running && s.state.snapshot.status !== "exited" ? s.state.snapshot.pc : undefined;

/** Starts watching the build and the program type; returns the function that stops it. */
export function startAutoVerify(client: WorkerClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    timer = undefined;
    const { program, problem, kernelLog } = useBuild.getState();
    const { dialect, language } = useDocument.getState();
    const { progType } = useSession.getState();
    if (!program) {
      if (useBuild.getState().status === "ready") useVerify.getState().skip(problem ?? "there is no program to verify");
      return;
    }
    useVerify.getState().pending();
    try {
      // a log document's verdict is the log's; an object's log is compared with bpfplay's verdict
      const withLog = kernelLog !== undefined ? { kernelLog, logOnly: language === "log" } : {};
      const reply = await client.verify({ program, dialect, progType, ...withLog });
      if (reply) useVerify.getState().verified(reply, useDocument.getState().cursorLine);
    } catch (err) {
      useVerify.getState().failed(err instanceof Error ? err.message : String(err));
    }
  };
  const schedule = () => {
    useVerify.getState().pending();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void run(), VERIFY_DELAY_MS);
  };
  const stopBuild = useBuild.subscribe((s, prev) => {
    if (s.program !== prev.program || (s.status === "ready" && prev.status !== "ready" && !s.program)) schedule();
  });
  const stopDocument = useDocument.subscribe((s, prev) => {
    if (s.text !== prev.text) useVerify.getState().pending();
    if (s.cursorLine !== prev.cursorLine) useVerify.getState().followCursor(s.cursorLine);
  });
  const stopSession = useSession.subscribe((s, prev) => {
    if (s.progType !== prev.progType) schedule();
    const pc = stoppedAt(s);
    if (pc !== undefined && pc !== stoppedAt(prev)) useVerify.getState().selectPc(pc);
  });
  if (useBuild.getState().program) void run();
  return () => {
    stopBuild();
    stopDocument();
    stopSession();
    if (timer !== undefined) clearTimeout(timer);
  };
}
