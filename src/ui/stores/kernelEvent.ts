// The kernel event a tracing program's next session meets (the Events pane's event form), kept in
// localStorage, in the document and in share links (as its JSON text). Absent: the event the
// program's section names, with starter fields (core/events/kernel/match.ts). A change makes the
// live session stale, as a new packet does.

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { isEventError, parseKernelEvents } from "../../core/events/kernel/index.ts";
import type { KernelEvent } from "../../core/events/kernel/index.ts";
import { useSession } from "./session.ts";

interface KernelEventState {
  readonly event?: KernelEvent;
  setEvent(event: KernelEvent | undefined): void;
}

export const useKernelEvent = create<KernelEventState>()(
  persist(
    (set) => ({
      event: undefined,
      setEvent(event) {
        set({ event });
        useSession.getState().invalidate();
      },
    }),
    {
      name: "bpfplay.event",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ event }) => ({ event }),
      merge: (saved, current) => ({ ...current, event: readEvent((saved as { event?: unknown } | undefined)?.event) }),
    },
  ),
);

/** A saved event, checked for its shape (its values are checked when it runs); undefined if it is not one. */
export function readEvent(v: unknown): KernelEvent | undefined {
  if (v === undefined || v === null) return undefined;
  const p = parseKernelEvents(typeof v === "string" ? safeParse(v) : v);
  return isEventError(p) || p.length !== 1 ? undefined : p[0];
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** The document's `event` field (JSON text), when there is an event. */
export function eventBody(): { event?: string } {
  const e = useKernelEvent.getState().event;
  return e ? { event: JSON.stringify(e) } : {};
}

/** Shows a document's event (without marking the session stale twice: the document's load does). */
export function showEvent(json: string | undefined): void {
  useKernelEvent.setState({ event: readEvent(json) });
}
