// r0 to r10: hex, unsigned and signed decimal, and for a pointer the region it points into.
// Registers the last command changed are marked. r10 is the frame pointer (read-only).

import { Empty } from "../../components/Empty.tsx";
import { PaneHeader } from "../../components/PaneHeader.tsx";
import { useSession } from "../../stores/session.ts";
import type { RegView } from "../../../protocol/index.ts";

const ROLES = ["return value", "argument 1 (ctx)", "argument 2", "argument 3", "argument 4", "argument 5", "callee-saved", "callee-saved", "callee-saved", "callee-saved", "frame pointer (read-only)"];

/** The hex value with its leading zeros dimmed, so the digits that matter stand out. */
function Hex({ hex }: { readonly hex: string }) {
  const digits = hex.slice(2);
  const lead = digits.match(/^0*/)![0].slice(0, 15);
  return (
    <>
      0x<span className="lead">{lead}</span>
      {digits.slice(lead.length)}
    </>
  );
}

function Row({ k, r, changed }: { readonly k: number; readonly r: RegView; readonly changed: boolean }) {
  return (
    <tr data-changed={changed ? "true" : undefined} className={changed ? "changed" : undefined} title={`r${k}: ${ROLES[k]}`}>
      <th scope="row">r{k}</th>
      <td className="reg-hex">
        <Hex hex={r.hex} />
      </td>
      {r.points ? (
        <td colSpan={2} className="reg-points">
          <span className="pointer">→ {r.points}</span>
          <span className="sr-only">
            , unsigned {r.u64}, signed {r.s64}
          </span>
        </td>
      ) : (
        <>
          <td className="reg-dec">{r.u64}</td>
          <td className={`reg-dec${r.s64 !== r.u64 ? "" : " same"}`}>{r.s64}</td>
        </>
      )}
    </tr>
  );
}

export function RegistersPane() {
  const state = useSession((s) => s.state);
  const stale = useSession((s) => s.stale);
  const snap = state?.snapshot;
  const changed = new Set(snap?.changed ?? []);

  return (
    <section className={`pane pane-registers${stale && snap ? " stale" : ""}`} aria-label="Registers">
      <PaneHeader title="Registers" detail={snap ? `pc ${snap.pc}${state.line ? ` · line ${state.line}` : ""}` : undefined} />
      {!snap ? (
        <Empty>No session yet: press Step (F11) or Run.</Empty>
      ) : (
        <div className="pane-scroll" tabIndex={0} role="group" aria-label="Register values">
          <table className="grid regs">
            <thead>
              <tr>
                <th scope="col">Reg</th>
                <th scope="col">Hex</th>
                <th scope="col">Unsigned</th>
                <th scope="col">Signed</th>
              </tr>
            </thead>
            <tbody>
              {snap.regs.map((r, k) => (
                <Row key={k} k={k} r={r} changed={changed.has(k)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
