// Connects the session store to the engine worker: commands go out through the client,
// states come back into the store, and an edit to the document marks the session stale
// (the next command starts a new one), as does each new program the engine builds. A first
// session starts at once, so the inspectors show the program at its entry before anything has
// run. A command given while a build is on its way starts when that build arrives.

import { useBuild } from "./stores/build.ts";
import { useDocument } from "./stores/document.ts";
import { useSession } from "./stores/session.ts";
import type { WorkerClient } from "./workerClient.ts";

/** Starts the bridge; returns the function that stops it. */
export function startSessionBridge(client: WorkerClient): () => void {
  useSession.getState().connect((type, body) => client.debug(type, body));
  const stopListening = client.onDebug((reply) => useSession.getState().received(reply));
  const unsubscribe = useDocument.subscribe((d, prev) => {
    if (d.text !== prev.text || d.dialect !== prev.dialect) useSession.getState().invalidate();
  });
  // A session starts at the program's entry once a program is built, and again with each new
  // program while nothing has run yet (or an example was loaded); after that a new program
  // only marks the session stale, so what the user was looking at stays until the next command.
  const stopBuild = useBuild.subscribe((b, prev) => {
    const s = useSession.getState();
    if (s.queued) {
      if (!b.behind) s.caughtUp();
      return;
    }
    if (b.program === prev.program || !b.program) return;
    if (s.restartOnBuild || !s.state || s.state.command === undefined) s.reset();
    else s.invalidate();
  });
  if (useBuild.getState().program) useSession.getState().reset();
  return () => {
    unsubscribe();
    stopBuild();
    stopListening();
    useSession.getState().connect(undefined);
  };
}
