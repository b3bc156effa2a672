// The debugger toolbar's view of the session store, and what an action does to it.

import { useShallow } from "zustand/react/shallow";
import { useBuild } from "../../stores/build.ts";
import { useSession } from "../../stores/session.ts";
import type { DebugCommand } from "../../../protocol/index.ts";
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
  else s.command(withGranularity(a.perform.command, steppingByLine()));
}

/** Steps go by C statement when the program is C and the user has not asked for instructions. */
export const steppingByLine = (): boolean => useBuild.getState().language === "c" && useSession.getState().stepByLine;

export function withGranularity(command: DebugCommand, byLine: boolean): DebugCommand {
  if (!byLine) return command;
  return command.kind === "step" || command.kind === "stepOver" || command.kind === "stepOut" || command.kind === "stepBack" ? { ...command, lines: true } : command;
}
