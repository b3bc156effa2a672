// Assembles the document as the user types: each change restarts a short timer, and when
// it fires the text goes to the worker. Replies to outdated requests are dropped by the
// client, so the build store only ever shows the newest answer.

import { useBuild } from "./stores/build.ts";
import { useDocument } from "./stores/document.ts";
import type { WorkerClient } from "./workerClient.ts";

export const BUILD_DELAY_MS = 150;

/** Starts watching the document; returns the function that stops it. */
export function startAutoBuild(client: WorkerClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const build = async () => {
    timer = undefined;
    const { text, dialect } = useDocument.getState();
    const store = useBuild.getState();
    store.building();
    try {
      const reply = await client.request("assemble", { text, dialect });
      if (reply) useBuild.getState().assembled(reply);
    } catch (err) {
      useBuild.getState().failed(err instanceof Error ? err.message : String(err));
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void build(), BUILD_DELAY_MS);
  };

  const unsubscribe = useDocument.subscribe((s, prev) => {
    if (s.text !== prev.text || s.dialect !== prev.dialect || s.language !== prev.language) schedule();
  });
  void build();

  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
