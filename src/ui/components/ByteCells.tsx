// A run of bytes as hex pairs, with the ones the last command changed marked. Spaces are
// text between the pairs, so the row copies (and reads) as "02 00 ...".

import { Fragment } from "react";
import { hex2 } from "../format/bytes.ts";

export interface ByteCellsProps {
  readonly bytes: Uint8Array;
  /** Offset of bytes[0] in the region, to look up `changed`. */
  readonly at: number;
  readonly changed: ReadonlySet<number>;
}

export function ByteCells({ bytes, at, changed }: ByteCellsProps) {
  return (
    <>
      {Array.from(bytes, (b, k) => (
        <Fragment key={k}>
          {k > 0 && " "}
          <span className={changed.has(at + k) ? "byte changed" : b === 0 ? "byte zero" : "byte"}>{hex2(b)}</span>
        </Fragment>
      ))}
    </>
  );
}
