// A dissected packet as Wireshark shows one: the protocols and their fields as a tree, and the
// bytes as a hex dump. Pointing at a field lights its bytes; pointing at a byte names its
// field and lights it in the tree. Bytes the program changed (diffBytes) are marked in both.
// Protocols start closed, one summary line each, as in Wireshark.

import { Fragment, useMemo, useState } from "react";
import { dissect } from "../../../core/events/dissect/dissect.ts";
import { isChanged } from "../../../core/events/dissect/diff.ts";
import type { ByteRange } from "../../../core/events/dissect/diff.ts";
import { fieldsAt } from "../../../core/events/dissect/tree.ts";
import type { Field } from "../../../core/events/dissect/tree.ts";

const WIDTH = 16;

interface Span {
  readonly offset: number;
  readonly length: number;
}

const PROBLEM: Record<NonNullable<Field["problem"]>, string> = {
  truncated: "the bytes end early",
  "bad-checksum": "the checksum does not match",
  "bad-length": "the length does not match",
  malformed: "malformed",
};

const overlaps = (f: Span, ranges: readonly ByteRange[]) => ranges.some((r) => r.kind !== "removed" && r.offset < f.offset + f.length && f.offset < r.offset + r.length);

function FieldRow({ f, depth, lit, changes, onPoint }: { readonly f: Field; readonly depth: number; readonly lit?: Field; readonly changes: readonly ByteRange[]; readonly onPoint: (f?: Field) => void }) {
  const changed = changes.length > 0 && f.length > 0 && overlaps(f, changes);
  const cls = ["field-row", f === lit ? "lit" : "", changed ? "changed" : "", f.problem ? "problem" : ""].filter(Boolean).join(" ");
  const line = (
    <span className={cls} data-abbrev={f.abbrev} onMouseEnter={() => onPoint(f)} onMouseLeave={() => onPoint(undefined)} title={`${f.abbrev}: bytes ${f.offset}..${f.offset + f.length - 1}`}>
      {f.show}
      {f.problem && <span className="field-problem"> ⚠ {PROBLEM[f.problem]}</span>}
      {changed && <span className="field-changed"> changed</span>}
    </span>
  );
  if (!f.children.length) return <li>{line}</li>;
  return (
    <li>
      {/* closed as Wireshark starts, but a protocol the program changed opens to show where */}
      <details open={changed && depth < 2}>
        <summary>{line}</summary>
        <ul>
          {f.children.map((c, k) => (
            <FieldRow key={k} f={c} depth={depth + 1} lit={lit} changes={changes} onPoint={onPoint} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export interface DissectionViewProps {
  readonly bytes: Uint8Array;
  /** Names the view for screen readers and tests ("Input packet", "Packet after the run"). */
  readonly label: string;
  /** What the program changed, against the input packet. */
  readonly changes?: readonly ByteRange[];
}

export function DissectionView({ bytes, label, changes = [] }: DissectionViewProps) {
  const d = useMemo(() => dissect(bytes), [bytes]);
  const roots = useMemo(() => (d.trailer ? [...d.layers, d.trailer] : d.layers), [d]);
  const [pointed, setPointed] = useState<Field | undefined>();
  const [byte, setByte] = useState<number | undefined>();
  const path = byte === undefined ? [] : fieldsAt(roots, byte);
  const lit = pointed ?? path[path.length - 1];
  const rows = Array.from({ length: Math.ceil(bytes.length / WIDTH) }, (_, r) => r * WIDTH);
  const removed = changes.find((c) => c.kind === "removed");

  return (
    <div className="dissection" role="group" aria-label={label}>
      <ul className="field-tree" aria-label={`${label}: fields`}>
        {roots.map((f, k) => (
          <FieldRow key={k} f={f} depth={0} lit={lit} changes={changes} onPoint={setPointed} />
        ))}
        {!roots.length && <li className="field-row">No bytes</li>}
      </ul>
      <div className="hexdump" role="group" tabIndex={0} aria-label={`${label}: bytes`} onMouseLeave={() => setByte(undefined)}>
        {rows.map((at) => (
          <div className="hex-row" key={at}>
            <span className="hex-offset">{at.toString(16).padStart(4, "0")}</span>
            <span className="hex-bytes">
              {Array.from(bytes.subarray(at, at + WIDTH), (b, k) => {
                const o = at + k;
                const on = lit !== undefined && o >= lit.offset && o < lit.offset + lit.length;
                const cls = ["hb", on ? "lit" : "", isChanged(changes, o) ? "changed" : "", o === byte ? "at" : ""].filter(Boolean).join(" ");
                return (
                  <Fragment key={k}>
                    {k > 0 && (k === 8 ? "  " : " ")}
                    <span className={cls} data-offset={o} onMouseEnter={() => setByte(o)}>
                      {b.toString(16).padStart(2, "0")}
                    </span>
                  </Fragment>
                );
              })}
            </span>
          </div>
        ))}
      </div>
      <p className="byte-field" aria-live="polite">
        {byte !== undefined
          ? `byte ${byte} (0x${byte.toString(16)}): ${path.map((f) => (f.children.length && f !== path[path.length - 1] ? f.name : f.show)).join(" › ") || "no field"}`
          : pointed
            ? `${pointed.abbrev}: ${pointed.length} byte${pointed.length === 1 ? "" : "s"} at offset ${pointed.offset}`
            : `${bytes.length} bytes; point at a field or a byte`}
        {removed && ` · the program cut ${removed.length} bytes from the end`}
      </p>
    </div>
  );
}
