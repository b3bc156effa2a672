// The listing as a table. Bytes are grouped per 8-byte slot, so an ld_imm64 shows its two
// slots one above the other, as llvm-objdump does.

import type { ListingRow } from "../../../protocol/index.ts";

export interface ListingTableProps {
  readonly listing: readonly ListingRow[];
  readonly cursorLine: number;
  readonly onSelectLine: (line: number) => void;
}

/** "b7 00 ... 00 18 00 ..." → one string per 8-byte slot. */
export function slotsOf(bytes: string): string[] {
  const pairs = bytes.trim().split(/\s+/);
  const out: string[] = [];
  for (let k = 0; k < pairs.length; k += 8) out.push(pairs.slice(k, k + 8).join(" "));
  return out;
}

export function ListingTable({ listing, cursorLine, onSelectLine }: ListingTableProps) {
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
        <tbody>
          {listing.map((row) => {
            const classes = [row.line > 0 && row.line === cursorLine ? "current" : "", row.invalid ? "invalid" : ""].filter(Boolean).join(" ");
            return (
              <tr
                key={row.pc}
                className={classes || undefined}
                title={row.line > 0 ? `line ${row.line}${row.form ? ` · ${row.form}` : ""}` : undefined}
                onClick={row.line > 0 ? () => onSelectLine(row.line) : undefined}
              >
                <td className="col-pc">{row.pc}</td>
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
