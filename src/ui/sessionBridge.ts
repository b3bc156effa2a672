// Connects the session store to the engine worker: commands go out through the client,
// states come back into the store, and an edit to the document marks the session stale
// (the next command starts a new one), as does each new program the engine builds. A first session starts at once, so the inspectors
// show the program at its entry before anything has run.

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
  // The first session starts once the first program is built; later programs mark it stale.
  let started = false;
  const stopBuild = useBuild.subscribe((b, prev) => {
    if (b.program === prev.program) return;
    if (!started && b.program) {
      started = true;
      useSession.getState().reset();
    } else useSession.getState().invalidate();
  });
  if (useBuild.getState().program) {
    started = true;
    useSession.getState().reset();
  }
  return () => {
    unsubscribe();
    stopBuild();
    stopListening();
    useSession.getState().connect(undefined);
  };
}
