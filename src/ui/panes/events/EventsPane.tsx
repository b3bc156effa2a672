// The Events pane: what the program reacts to. For packet program types, the packet builder,
// the input packet dissected, and the packet as the program leaves it (after a run, or where
// a step stopped) with the bytes it changed marked and its return value by name; for every
// type, the context the program gets in r1 by field name.

import "./events.css";
import { useMemo } from "react";
import { diffBytes } from "../../../core/events/dissect/diff.ts";
import { knowsPassing, passedPacket } from "../../../core/events/verdicts.ts";
import { PROG_TYPES } from "../../../core/isa/progtypes.ts";
import { verdictNameOf, verdictOf } from "../../format/verdict.ts";
import { useSession } from "../../stores/session.ts";
import type { DebugState } from "../../../protocol/index.ts";
import { ContextTable } from "./ContextTable.tsx";
import { DissectionView } from "./DissectionView.tsx";
import { readHex } from "./hex.ts";
import { PacketBuilder } from "./PacketBuilder.tsx";
import { KernelEventForm } from "./KernelEventForm.tsx";
import { TRACING_TYPES } from "./kernelEventForm.ts";
import { StreamPanel } from "./StreamPanel.tsx";

/** The verdict of an exited run and where the packet goes, in words. */
function Outcome({ state, progType, packet }: { readonly state: DebugState; readonly progType: string; readonly packet: Uint8Array }) {
  const s = state.snapshot;
  if (s.status !== "exited") {
    const where = s.status === "faulted" ? `faulted at insn ${s.fault?.pc}` : s.status === "ready" ? "not run yet" : `stopped at insn ${s.pc}`;
    return <p className="ev-outcome">The program has {where}: the packet as it is now.</p>;
  }
  const name = verdictNameOf(s.r0, progType);
  const r0 = BigInt(s.r0 ?? 0);
  const fate = knowsPassing(progType) ? (passedPacket(r0, progType, packet) ? "the packet goes on" : "the packet is dropped") : undefined;
  return (
    <p className="ev-outcome exited">
      <span className="ev-verdict" data-verdict={name ?? ""}>
        {name ?? `r0 = ${verdictOf(s.r0, progType)}`}
      </span>
      {name && <span className="ev-r0"> r0 = {verdictOf(s.r0, progType)}</span>}
      {fate && <span className="ev-fate"> · {fate}</span>}
    </p>
  );
}

function After({ state, input, progType, stale }: { readonly state: DebugState; readonly input?: Uint8Array; readonly progType: string; readonly stale: boolean }) {
  const now = state.snapshot.memory.find((m) => m.kind === "packet")?.bytes;
  const changes = useMemo(() => (now && input && !stale ? diffBytes(input, now) : []), [now, input, stale]);
  if (!now) return null;
  const label = state.snapshot.status === "exited" ? "Packet after the run" : "Packet now";
  return (
    <section className="ev-card ev-after" aria-label={label}>
      <h3>
        {label}
        <span className="ev-detail">{stale ? "the input changed since: run again" : changes.length ? `${changes.length} changed range${changes.length === 1 ? "" : "s"}` : "unchanged"}</span>
      </h3>
      <Outcome state={state} progType={progType} packet={now} />
      <DissectionView bytes={now} label={label} changes={changes} />
    </section>
  );
}

export function EventsPane() {
  const progType = useSession((s) => s.progType);
  const hex = useSession((s) => s.packetHex);
  const state = useSession((s) => s.state);
  const stale = useSession((s) => s.stale);
  const isPacket = PROG_TYPES.find((t) => t.name === progType)?.packet ?? true;
  const input = useMemo(() => {
    const b = readHex(hex);
    return b instanceof Uint8Array ? b : undefined;
  }, [hex]);

  return (
    <section className="pane pane-events" aria-label="Events">
      <div className="pane-scroll ev-scroll" tabIndex={0} role="group" aria-label="Events: packet and context">
        {isPacket && (
          <>
            <section className="ev-card ev-build" aria-label="Input packet builder">
              <h3>Input packet</h3>
              <PacketBuilder />
            </section>
            <section className="ev-card ev-input" aria-label="Input packet dissected">
              <h3>
                Input packet, dissected<span className="ev-detail">{input ? `${input.length} bytes` : "not hex yet"}</span>
              </h3>
              {input && <DissectionView bytes={input} label="Input packet" />}
            </section>
            {state && <After state={state} input={input} progType={progType} stale={stale} />}
          </>
        )}
        {TRACING_TYPES.has(progType) && (
          <section className="ev-card ev-kernel" aria-label="Kernel event">
            <h3>
              Kernel event<span className="ev-detail">what the {progType} program meets</span>
            </h3>
            <KernelEventForm progType={progType} />
          </section>
        )}
        <section className="ev-card ev-context" aria-label="Context">
          <h3>
            Context (r1)<span className="ev-detail">{progType}</span>
          </h3>
          {state?.context ? (
            <ContextTable view={state.context} stale={stale} />
          ) : (
            <p className="empty">The context appears once a session starts.</p>
          )}
          {!isPacket && !TRACING_TYPES.has(progType) && <p className="ev-note">This program type gets no packet; its context bytes come from the Context (hex) field in the debugger bar.</p>}
        </section>
        <StreamPanel />
      </div>
    </section>
  );
}
