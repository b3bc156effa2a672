// Sharing a session as a link: the open document and the debugger's position (its step count)
// written into the URL fragment by core/permalink, so no server is involved. Opening a page whose
// fragment is such a link opens it as a new document and, once the program is built, steps the
// debugger to the same instruction count (the run is deterministic, so the registers agree).
// A damaged or foreign link opens nothing and says why; the user's documents are not touched.

import { create } from "zustand";
import { decodeSession, encodeSession } from "../../core/permalink/index.ts";
import type { Checked, SharedSession } from "../../core/permalink/index.ts";
import { nameFromText } from "./docRecord.ts";
import { currentBody } from "./documents.ts";
import { liveState, useSession } from "./session.ts";
import { useBuild } from "./build.ts";

/** The fragment a link carries: `#s=<version>.<payload>`. */
export const FRAGMENT_PREFIX = "#s=";

/** The open document and, when the debugger has gone past the start, its step count. */
export function currentShared(): SharedSession {
  const executed = liveState(useSession.getState())?.snapshot.executed ?? 0;
  return { ...currentBody(), ...(executed > 0 ? { step: executed } : {}) };
}

/** The page's address with `session` in its fragment. */
export function linkFor(session: SharedSession, page: string): string {
  return `${page.replace(/#.*$/, "")}${FRAGMENT_PREFIX}${encodeSession(session)}`;
}

/**
 * What a page's fragment holds: nothing of ours (undefined: no fragment), or a session, or why
 * it cannot be opened. Any fragment that is not empty counts as a link: one from another site or
 * a cut one is reported rather than ignored.
 */
export function readFragment(hash: string): Checked<SharedSession> | undefined {
  if (!hash || hash === "#") return undefined;
  if (!hash.startsWith(FRAGMENT_PREFIX)) return { ok: false, error: "this is not a bpfplay session link (its part after # should start with s=)" };
  const r = decodeSession(hash.slice(FRAGMENT_PREFIX.length));
  return r;
}

/** The name a shared session's document gets. */
export const sharedName = (s: SharedSession): string => `Shared: ${nameFromText(s.text)}`;

interface ShareState {
  /** The step a link asked for, until the debugger stands there. */
  readonly goal?: number;
  /** Why the debugger could not go there. */
  readonly missed?: string;
  seek(step: number | undefined): void;
}

export const useShare = create<ShareState>()((set) => ({
  seek: (goal) => set({ goal, missed: undefined }),
}));

/** Takes the debugger to the goal's executed count with one `goto` command (the worker steps there, recording history). */
export function startSeeking(): () => void {
  let sent = -1;
  const go = () => {
    const goal = useShare.getState().goal;
    if (goal === undefined) return;
    const s = useSession.getState();
    const b = useBuild.getState();
    if (b.behind || !b.program || s.running || s.queued) return;
    const st = liveState(s);
    if (!st) return;
    const { executed, status } = st.snapshot;
    if (executed >= goal) return useShare.setState({ goal: undefined });
    if (status !== "ready" && status !== "paused") return useShare.setState({ goal: undefined, missed: `The program ended after ${executed} instructions, before step ${goal}.` });
    // One command per state: a goto that stopped short (a step past the goal's count) is not resent.
    if (sent === st.id) return;
    sent = st.id;
    s.command({ kind: "goto", step: goal });
  };
  const stopSession = useSession.subscribe(go);
  const stopBuild = useBuild.subscribe(go);
  const stopShare = useShare.subscribe(go);
  return () => {
    stopSession();
    stopBuild();
    stopShare();
  };
}
