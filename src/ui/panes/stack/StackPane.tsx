// Each frame's 512-byte stack in 8-byte slots, addressed as the program does: from r10
// (-8 is the slot just below the frame pointer). The current frame comes first; bytes the
// last command wrote are marked.

import { ByteCells } from "../../components/ByteCells.tsx";
import { Empty } from "../../components/Empty.tsx";
import { PaneHeader } from "../../components/PaneHeader.tsx";
import { leValue } from "../../format/bytes.ts";
import { useSession } from "../../stores/session.ts";
import type { FrameView } from "../../../protocol/index.ts";

const SLOT = 8;

/** A slot's value as the program would load it with *(u64 *): small ones in decimal. */
function slotValue(bytes: Uint8Array): string {
  const v = leValue(bytes);
  if (v === 0n) return "";
  return v < 0x1_0000_0000n ? v.toString() : "0x" + v.toString(16);
}

function Frame({ f, name, current, changed }: { readonly f: FrameView; readonly name: string; readonly current: boolean; readonly changed: ReadonlySet<number> }) {
  const size = f.stack.length;
  const slots = [];
  for (let at = size - SLOT; at >= 0; at -= SLOT) {
    const bytes = f.stack.subarray(at, at + SLOT);
    const touched = [...Array(SLOT).keys()].some((k) => changed.has(at + k));
    const zero = bytes.every((b) => b === 0);
    slots.push(
      <tr key={at} data-changed={touched ? "true" : undefined} className={touched ? "changed" : zero ? "zero" : undefined}>
        <th scope="row" className="offset">
          {at - size}
        </th>
        <td className="bytes">
          <ByteCells bytes={bytes} at={at} changed={changed} />
        </td>
        <td className="value">{slotValue(bytes)}</td>
      </tr>,
    );
  }
  return (
    <div className="frame" role="group" aria-label={`Frame ${f.depth}: ${name}`}>
      <div className="frame-title">
        <span className={current ? "frame-name current" : "frame-name"}>
          #{f.depth} {name}
        </span>
        <span className="frame-base" title="Address of the frame's lowest byte (r10 - 512)">
          {f.base}
        </span>
      </div>
      <table className="grid stack-frame">
        <thead>
          <tr>
            <th scope="col">r10</th>
            <th scope="col">Bytes</th>
            <th scope="col">u64</th>
          </tr>
        </thead>
        <tbody>{slots}</tbody>
      </table>
    </div>
  );
}

export function StackPane() {
  const state = useSession((s) => s.state);
  const stale = useSession((s) => s.stale);
  const frames = state?.snapshot.frames ?? [];

  return (
    <section className={`pane pane-stack${stale && state ? " stale" : ""}`} aria-label="Stack">
      <PaneHeader title="Stack" detail={frames.length ? `${frames.length} frame${frames.length === 1 ? "" : "s"} × 512 bytes` : undefined} />
      {!frames.length ? (
        <Empty>The stack appears once the program runs.</Empty>
      ) : (
        <div className="pane-scroll" tabIndex={0} role="group" aria-label="Stack frames">
          {[...frames].reverse().map((f) => (
            <Frame key={f.depth} f={f} name={state!.functions[f.depth] ?? ""} current={f.depth === frames.length - 1} changed={new Set(state!.changedStack[f.depth] ?? [])} />
          ))}
        </div>
      )}
    </section>
  );
}
