// The listing as a table. Bytes are grouped per 8-byte slot, so an ld_imm64 shows its two
// slots one above the other, as llvm-objdump does. The instruction the debugger stands on
// is marked (aria-current) and kept in view; breakpoints show as dots beside the index.

import { useEffect, useRef } from "react";
import type { ListingRow } from "../../../protocol/index.ts";

export interface ListingTableProps {
  readonly listing: readonly ListingRow[];
  readonly cursorLine: number;
  /** A row was clicked. */
  readonly onSelect: (row: ListingRow) => void;
  /** The instruction the program stands on, and whether it faulted there. */
  readonly pc?: { readonly at: number; readonly fault: boolean };
  /** Instructions with a breakpoint, and whether it has a condition. */
  readonly breakpoints?: ReadonlyMap<number, boolean>;
}

/** "b7 00 ... 00 18 00 ..." → one string per 8-byte slot. */
export function slotsOf(bytes: string): string[] {
  const pairs = bytes.trim().split(/\s+/);
  const out: string[] = [];
  for (let k = 0; k < pairs.length; k += 8) out.push(pairs.slice(k, k + 8).join(" "));
  return out;
}

export function ListingTable({ listing, cursorLine, onSelect, pc, breakpoints }: ListingTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    body.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: "nearest" });
  }, [pc?.at, listing]);

  return (
    <div className="listing-scroll">
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
        <tbody ref={body}>
          {listing.map((row) => {
            const here = pc?.at === row.pc;
            const classes = [row.line > 0 && row.line === cursorLine ? "current" : "", row.invalid ? "invalid" : "", here ? (pc.fault ? "at-fault" : "at-pc") : ""].filter(Boolean).join(" ");
            return (
              <tr
                key={row.pc}
                className={classes || undefined}
                aria-current={here ? "true" : undefined}
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
                <td className="col-text">{row.invalid ? <span className="invalid-reason">{row.invalid}</span> : row.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
