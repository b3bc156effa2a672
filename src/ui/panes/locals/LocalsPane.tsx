// The C variables live where the program stands, with their C types and values: numbers by
// their size and signedness, pointers as what they point into (`packet + 14`, `map value of
// counts`, `stack fp-16`, `ctx`), structs and arrays as rows that expand. The worker reads
// them out of the VM with the program's debug info; this pane only draws them.

import { useState } from "react";
import type { LocalView } from "../../../protocol/index.ts";
import { Empty } from "../../components/Empty.tsx";
import { PaneHeader } from "../../components/PaneHeader.tsx";
import { useBuild } from "../../stores/build.ts";
import { liveState, useSession } from "../../stores/session.ts";
import "./locals.css";

function Row({ v, depth, path }: { readonly v: LocalView; readonly depth: number; readonly path: string }) {
  // Small structs open at once; what a pointer points at waits for a click.
  const [open, setOpen] = useState(depth === 0 && !v.type.endsWith("*") && (v.children?.length ?? 0) <= 8);
  const kids = v.children ?? [];
  return (
    <>
      <tr className={`local depth-${Math.min(depth, 4)}`} data-name={path}>
        <td className="local-name" style={{ paddingLeft: 8 + depth * 14 }}>
          {kids.length > 0 ? (
            <button type="button" className="twisty" aria-expanded={open} aria-label={`${open ? "Collapse" : "Expand"} ${v.name}`} onClick={() => setOpen(!open)}>
              {open ? "▾" : "▸"}
            </button>
          ) : (
            <span className="twisty-space" />
          )}
          {v.name}
        </td>
        <td className="local-value">{v.value}</td>
        <td className="local-type" title={v.where ? `${v.type}, in ${v.where}` : v.type}>
          {v.type}
          {v.where && <span className="local-where"> {v.where}</span>}
        </td>
      </tr>
      {open && kids.map((c) => <Row key={c.name} v={c} depth={depth + 1} path={`${path}.${c.name}`} />)}
    </>
  );
}

export function LocalsPane() {
  const state = useSession((s) => (s.running ? undefined : liveState(s)));
  const isC = useBuild((s) => s.language === "c");
  const locals = state?.locals ?? [];
  const exited = state?.snapshot.status === "exited";
  return (
    <section className="pane pane-locals" aria-label="Locals">
      <PaneHeader title="Locals" detail={state && isC && !exited ? `at insn ${state.snapshot.pc}${state.line ? `, line ${state.line}` : ""}` : undefined} />
      {!isC ? (
        <Empty>Assembly has no C variables: see Registers.</Empty>
      ) : !state ? (
        <Empty>Not running.</Empty>
      ) : exited ? (
        <Empty>The program has exited.</Empty>
      ) : locals.length === 0 ? (
        <Empty>No variables live at this instruction.</Empty>
      ) : (
        <div className="pane-scroll" tabIndex={0} role="group" aria-label="Local variables">
          <table className="locals">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Value</th>
                <th scope="col">Type</th>
              </tr>
            </thead>
            <tbody>
              {locals.map((v, k) => (
                <Row key={`${v.name}-${k}`} v={v} depth={0} path={v.name} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
