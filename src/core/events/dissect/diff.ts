// Which bytes a program changed: byte ranges of the output packet that differ from the input,
// and what the program added or cut at the end.

export interface ByteRange {
  readonly offset: number;
  readonly length: number;
  /** changed: both packets have the bytes and they differ; added: only the output has them; removed: only the input. */
  readonly kind: "changed" | "added" | "removed";
}

/**
 * Compares position by position (a program that moved the packet's start with
 * bpf_xdp_adjust_head shows as changed bytes, as the buffer it sees did change).
 */
export function diffBytes(input: Uint8Array, output: Uint8Array): ByteRange[] {
  const out: ByteRange[] = [];
  const common = Math.min(input.length, output.length);
  for (let i = 0; i < common; ) {
    if (input[i] === output[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < common && input[j] !== output[j]) j++;
    out.push({ offset: i, length: j - i, kind: "changed" });
    i = j;
  }
  if (output.length > common) out.push({ offset: common, length: output.length - common, kind: "added" });
  if (input.length > common) out.push({ offset: common, length: input.length - common, kind: "removed" });
  return out;
}

/** Whether byte `offset` of the output lies in a changed or added range. */
export const isChanged = (ranges: readonly ByteRange[], offset: number): boolean =>
  ranges.some((r) => r.kind !== "removed" && offset >= r.offset && offset < r.offset + r.length);
