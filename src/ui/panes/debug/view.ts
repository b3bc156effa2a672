// The debugger toolbar's view of the session store, and what an action does to it.

import { useShallow } from "zustand/react/shallow";
import { useSession } from "../../stores/session.ts";
import type { DebugAction, DebugView } from "./actions.ts";

type SessionSlice = Pick<ReturnType<typeof useSession.getState>, "state" | "stale" | "running">;

export function debugView(s: SessionSlice): DebugView {
  const st = s.stale ? undefined : s.state;
  const status = st?.snapshot.status;
  return { running: s.running, finished: status === "exited" || status === "faulted", history: st?.snapshot.history.length ?? 0 };
}

export const useDebugView = (): DebugView => useSession(useShallow((s) => debugView(s)));

export function perform(a: DebugAction): void {
  const s = useSession.getState();
  if (a.perform === "pause") s.pause();
  else if (a.perform === "reset") s.reset();
  else s.command(a.perform.command);
}
