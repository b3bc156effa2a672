// The state the verifier tracked before one instruction: one row per register or stack slot,
// one column per path that reached it. A column is named by the branch its path came from
// (`from 12 (if r1 > r2, taken)`); a register's cell says which instruction last wrote it on
// that path, as a link to it. At a rejection the failing path's column and the register the
// error names are marked, and that row is scrolled into view.

import { useEffect, useMemo, useRef } from "react";
import type { FrameView } from "../../../core/verifier/view.ts";
import { frameRows } from "../../format/regstate.ts";
import type { StateRow } from "../../format/regstate.ts";
import { useGoTo } from "./goTo.ts";
import { origin, pathLabels } from "./paths.ts";

/** Registers first (r0..r10), then stack slots from fp-8 down. */
const order = (name: string) => (name.startsWith("r") ? Number(name.slice(1)) : 100 + Number(name.slice(3)));

export interface StateTableProps {
  readonly states: readonly FrameView[];
  /** An instruction's text, for the branches paths are named by. */
  readonly textOf: (pc: number) => string | undefined;
  /** The register a rejection here is about (its row is marked on the failing path). */
  readonly errorReg?: number;
}

export function StateTable({ states, textOf, errorReg }: StateTableProps) {
  const goTo = useGoTo();
  const paths = useMemo(() => states.map(frameRows), [states]);
  const labels = useMemo(() => pathLabels(states, textOf), [states, textOf]);
  const failed = states.findIndex((s) => s.failed);
  const errorName = failed >= 0 && errorReg !== undefined ? `r${errorReg}` : undefined;
  // the register an error names has a row even where no path holds it (R2 !read_ok)
  const names = useMemo(() => [...new Set([...paths.flat().map((r) => r.name), ...(errorName ? [errorName] : [])])].sort((a, b) => order(a) - order(b)), [paths, errorName]);
  const errorRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    errorRow.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [states, errorName]);

  const cell = (r: StateRow | undefined, k: number) => {
    if (!r)
      return (
        <span className="state-none" title="not initialised on this path">
          —
        </span>
      );
    const o = r.slot ? undefined : origin(states[k], Number(r.name.slice(1)));
    return (
      <>
        <span className={`state-type t-${r.type}`}>{r.type}</span>
        {r.value && <span className="state-value">{r.value}</span>}
        {r.written && (
          <span className="state-written" title="written by the instruction before">
            w
          </span>
        )}
        {o === "entry" ? (
          <span className="state-origin dim" title={`${r.name} holds what it held when the ${states[k].frame ? "function" : "program"} started`}>
            entry
          </span>
        ) : o ? (
          <button type="button" className="state-origin link" title={`${r.name} was last written by insn ${o.pc} on this path: select it`} aria-label={`${r.name} written by insn ${o.pc}`} onClick={() => goTo(o.pc)}>
            ← {o.pc}
          </button>
        ) : null}
      </>
    );
  };

  return (
    <table className="grid state-table">
      <thead>
        <tr>
          <th scope="col">Reg</th>
          {labels.map((l, k) => (
            <th scope="col" key={k} className={k === failed ? "failed-path" : undefined} data-path={l.text}>
              {k === failed && <span className="failed-mark">✗ failing path · </span>}
              {l.pc === undefined ? (
                <span className="path-from">from the entry</span>
              ) : (
                <span className="path-from">
                  from{" "}
                  <button type="button" className="link" title={`the branch at insn ${l.pc}: select it`} onClick={() => goTo(l.pc!)}>
                    {l.pc}
                  </button>{" "}
                  <span className="path-how">({l.words})</span>
                  {l.text !== `from ${l.pc} (${l.words})` && <span className="dim"> {l.text.slice(l.text.lastIndexOf(" ") + 1)}</span>}
                </span>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name) => {
          const isError = name === errorName;
          return (
            <tr key={name} ref={isError ? errorRow : undefined} className={[name.startsWith("fp") ? "slot" : "", isError ? "error-row" : ""].filter(Boolean).join(" ") || undefined} data-error={isError || undefined}>
              <th scope="row">{name}</th>
              {paths.map((rows, k) => {
                const r = rows.find((x) => x.name === name);
                return (
                  <td key={k} title={r?.raw} className={k === failed ? "failed-path" : undefined}>
                    {cell(r, k)}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
