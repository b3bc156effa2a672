// The listing as a table. Bytes are grouped per 8-byte slot, so an ld_imm64 shows its two
// slots one above the other, as llvm-objdump does. The instruction the debugger stands on
// is marked (aria-current) and kept in view; breakpoints show as dots beside the index.

import { useEffect, useRef } from "react";
import type { ListingRow } from "../../../protocol/index.ts";
import "../../bands.css";

export interface ListingTableProps {
  readonly listing: readonly ListingRow[];
  readonly cursorLine: number;
  /** A row was clicked. */
  readonly onSelect: (row: ListingRow) => void;
  /** The instruction the program stands on, and whether it faulted there. */
  readonly pc?: { readonly at: number; readonly fault: boolean };
  /** Instructions with a breakpoint, and whether it has a condition. */
  readonly breakpoints?: ReadonlyMap<number, boolean>;
  /** C: the colour band of each source line, shared with the editor. */
  readonly bands?: ReadonlyMap<number, number>;
  /** The source line hovered in the editor (or here): its rows are lit. */
  readonly linkedLine?: number;
  /** Scroll the first row of this line into view (the line hovered or the cursor's, in the editor). */
  readonly followLine?: number;
  /** The mouse moved onto a row (its source line) or left the table (undefined). */
  readonly onHoverLine?: (line: number | undefined) => void;
}

/** "b7 00 ... 00 18 00 ..." → one string per 8-byte slot. */
export function slotsOf(bytes: string): string[] {
  const pairs = bytes.trim().split(/\s+/);
  const out: string[] = [];
  for (let k = 0; k < pairs.length; k += 8) out.push(pairs.slice(k, k + 8).join(" "));
  return out;
}

export function ListingTable({ listing, cursorLine, onSelect, pc, breakpoints, bands, linkedLine, followLine, onHoverLine }: ListingTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    body.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: "nearest" });
  }, [pc?.at, listing]);
  // The bytecode scrolls along with the source: to the first instruction of the line followed.
  useEffect(() => {
    if (!followLine) return;
    const first = body.current?.querySelector(`tr[data-line="${followLine}"]`);
    const last = body.current?.querySelectorAll(`tr[data-line="${followLine}"]`);
    last?.[last.length - 1]?.scrollIntoView({ block: "nearest" });
    first?.scrollIntoView({ block: "nearest" });
  }, [followLine]);

  return (
    <div className="listing-scroll" tabIndex={0} role="group" aria-label="Bytecode listing">
      <table className="listing">
        <thead>
          <tr>
            <th scope="col" className="col-pc">
              #
            </th>
            <th scope="col" className="col-bytes">
              Bytes
            </th>
            <th scope="col">Instruction</th>
          </tr>
        </thead>
        <tbody ref={body} onMouseLeave={onHoverLine && (() => onHoverLine(undefined))}>
          {listing.map((row) => {
            const here = pc?.at === row.pc;
            const band = bands?.get(row.line);
            const classes = [
              band !== undefined ? `cband cband-${band}` : "",
              row.line > 0 && row.line === linkedLine ? "clink" : "",
              row.line > 0 && row.line === cursorLine ? "current" : "",
              row.invalid ? "invalid" : "",
              here ? (pc.fault ? "at-fault" : "at-pc") : "",
            ]
              .filter(Boolean)
              .join(" ");
            return (
              <tr
                key={row.pc}
                className={classes || undefined}
                aria-current={here ? "true" : undefined}
                data-line={row.line || undefined}
                onMouseEnter={onHoverLine && (() => onHoverLine(row.line || undefined))}
                title={row.line > 0 ? `line ${row.line}${row.form ? ` · ${row.form}` : ""}` : undefined}
                onClick={() => onSelect(row)}
              >
                <td className="col-pc">
                  {breakpoints?.has(row.pc) && <span className={breakpoints.get(row.pc) ? "bp-dot conditional" : "bp-dot"} aria-label="breakpoint" />}
                  {row.pc}
                </td>
                <td className="col-bytes">
                  {slotsOf(row.bytes).map((s, k) => (
                    <div key={k}>{s}</div>
                  ))}
                </td>
                <td className="col-text" title={row.symbolic && row.text}>
                  {row.invalid ? <span className="invalid-reason">{row.invalid}</span> : (row.symbolic ?? row.text)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
