// Builds the document as the user types (compiles C, assembles assembly): each change
// restarts a short timer, and when it fires the text goes to the worker. Replies to outdated
// requests are dropped by the client, so the build store only ever shows the newest answer.
// The program type follows the section the source names (SEC("xdp"), `.section xdp`), as
// libbpf does, each time the source names a different one.

import { useBuild } from "./stores/build.ts";
import { useDocument } from "./stores/document.ts";
import { useSession } from "./stores/session.ts";
import type { WorkerClient } from "./workerClient.ts";

export const BUILD_DELAY_MS = 150;

let engine: WorkerClient | undefined;

/** The document's C as an ELF object, written in the engine (the Export menu's `.o`). */
export async function objectOfText(text: string): Promise<{ bytes?: Uint8Array; error?: string }> {
  if (!engine) return { error: "the engine is not running" };
  return (await engine.request("object", { text })) ?? { error: "superseded by a newer export" };
}

/** Starts watching the document; returns the function that stops it. */
export function startAutoBuild(client: WorkerClient): () => void {
  engine = client;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const build = async () => {
    timer = undefined;
    const { text, dialect, language, entry, log } = useDocument.getState();
    useBuild.getState().building();
    try {
      const before = useBuild.getState().progType;
      const reply = await client.request("build", { text, dialect, language, entry, ...(log !== undefined && language === "object" ? { log } : {}) });
      if (!reply) return;
      // Only when the source names another type: a user's choice stands until the source changes.
      // Before the build is published, so the session the new program starts has the right type.
      const session = useSession.getState();
      if (reply.progType && reply.progType !== before && reply.progType !== session.progType) session.setProgType(reply.progType);
      const now = useDocument.getState();
      const current = now.text === text && now.dialect === dialect && now.language === language && now.entry === entry && now.log === log;
      useBuild.getState().built(reply, current);
    } catch (err) {
      useBuild.getState().failed(err instanceof Error ? err.message : String(err));
    }
  };
  const schedule = () => {
    useBuild.getState().outdated();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void build(), BUILD_DELAY_MS);
  };
  const unsubscribe = useDocument.subscribe((s, prev) => {
    if (s.text !== prev.text || s.dialect !== prev.dialect || s.language !== prev.language || s.entry !== prev.entry || s.log !== prev.log) schedule();
  });
  void build();
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
