// Hex text as the packet fields take it (spaces anywhere, an optional 0x), read with the place
// of the first mistake, so the field can say where it is.

export interface HexProblem {
  readonly message: string;
  /** 0-based index of the first bad character. */
  readonly column: number;
}

export function readHex(text: string): Uint8Array | HexProblem {
  const prefix = /^\s*0x/i.exec(text)?.[0].length ?? 0;
  for (let k = prefix; k < text.length; k++) {
    if (!/[0-9a-fA-F\s]/.test(text[k])) return { message: `'${text[k]}' at column ${k + 1} is not a hex digit`, column: k };
  }
  const digits = text.slice(prefix).replace(/\s+/g, "");
  if (digits.length % 2 !== 0) return { message: `${digits.length} hex digits do not make whole bytes`, column: text.trimEnd().length };
  return Uint8Array.from({ length: digits.length / 2 }, (_, i) => parseInt(digits.slice(2 * i, 2 * i + 2), 16));
}

/** The same bytes, whatever the spacing and case. */
export const sameHex = (a: string, b: string): boolean => a.replace(/^\s*0x/i, "").replace(/\s+/g, "").toLowerCase() === b.replace(/^\s*0x/i, "").replace(/\s+/g, "").toLowerCase();
