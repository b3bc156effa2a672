// Verifies the document as the user types, as the debugger's program type: each change
// restarts a short timer, and when it fires the text goes to the verifier's worker. A
// verification still running then is stopped by the client (its answer would be stale),
// so a program that takes the verifier seconds never delays the newest text's verdict.
// The instruction whose states the Verifier pane shows follows the editor's cursor, and the
// debugger's instruction each time the program stops somewhere new.

import type { DebugState } from "../protocol/index.ts";
import { useDocument } from "./stores/document.ts";
import { useSession } from "./stores/session.ts";
import { useVerify } from "./stores/verify.ts";
import type { WorkerClient } from "./workerClient.ts";

export const VERIFY_DELAY_MS = 200;

/** The instruction a live, stopped session stands on, if any. */
const stoppedAt = (s: { state?: DebugState; stale: boolean; running: boolean }): number | undefined =>
  s.state && !s.stale && !s.running && s.state.snapshot.status !== "exited" ? s.state.snapshot.pc : undefined;

/** Starts watching the document and the program type; returns the function that stops it. */
export function startAutoVerify(client: WorkerClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    timer = undefined;
    const { text, dialect } = useDocument.getState();
    const { progType } = useSession.getState();
    useVerify.getState().pending();
    try {
      const reply = await client.verify({ text, dialect, progType });
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

  const stopDocument = useDocument.subscribe((s, prev) => {
    if (s.text !== prev.text || s.dialect !== prev.dialect) schedule();
    if (s.cursorLine !== prev.cursorLine) useVerify.getState().followCursor(s.cursorLine);
  });
  const stopSession = useSession.subscribe((s, prev) => {
    if (s.progType !== prev.progType) schedule();
    const pc = stoppedAt(s);
    if (pc !== undefined && pc !== stoppedAt(prev)) useVerify.getState().selectPc(pc);
  });
  void run();

  return () => {
    stopDocument();
    stopSession();
    if (timer !== undefined) clearTimeout(timer);
  };
}
