// The C lexer: text to preprocessing tokens with exact places. Line splices (backslash-newline)
// are removed first, keeping a map back to the original offsets, so columns stay those of the file.

import type { Diagnostic } from "../diag.ts";
import { diagAt, makeToken, type Token } from "./token.ts";

const PUNCT3 = new Set(["...", "<<=", ">>="]);
const PUNCT2 = new Set(["->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "##"]);
/** Characters that may start a punctuator longer than one character. */
const MULTI = new Set([...PUNCT2, ...PUNCT3].map((p) => p.charCodeAt(0)));

/** The length of the longest punctuator at `i` (1 for any other character). */
function punctLength(text: string, i: number, c: number): number {
  if (!MULTI.has(c)) return 1;
  if (PUNCT3.has(text.substr(i, 3))) return 3;
  if (PUNCT2.has(text.substr(i, 2))) return 2;
  return 1;
}

/** ASCII classes: 1 starts an identifier, 2 continues one (a table: the lexer's inner loops index it). */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const start = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
  CLASS[c] = (start ? 1 : 0) | (start || (c >= 48 && c <= 57) ? 2 : 0);
}
const isIdStart = (c: number): boolean => (c < 128 ? (CLASS[c] & 1) !== 0 : true);
const isIdChar = (c: number): boolean => (c < 128 ? (CLASS[c] & 2) !== 0 : true);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export interface LexResult {
  tokens: Token[];
  diagnostics: Diagnostic[];
}

/** Tokens of one file, ending with an `eof` token. */
export function lex(source: string, file: string): LexResult {
  const diagnostics: Diagnostic[] = [];
  const tokens: Token[] = [];
  // Phase 2: splices. `orig[i]` is the original offset of cleaned character i (only when there are splices).
  let text = source;
  let orig: Int32Array | undefined;
  if (/\\\r?\n/.test(source)) {
    const map = new Int32Array(source.length + 1);
    let out = "";
    let n = 0;
    let from = 0;
    const re = /\\\r?\n/g;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      const piece = source.slice(from, m.index);
      out += piece;
      for (let k = 0; k < piece.length; k++) map[n++] = from + k;
      from = m.index + m[0].length;
    }
    const rest = source.slice(from);
    out += rest;
    for (let k = 0; k <= rest.length; k++) map[n++] = from + k;
    text = out;
    orig = map;
  }
  // Original line starts, walked by a cursor that only moves forward.
  const lineStarts: number[] = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  let li = 0;
  let curLine = 1;
  let curCol = 1;
  const place = (i: number): void => {
    const o = orig ? orig[i] : i;
    if (o < lineStarts[li]) li = 0;
    while (li + 1 < lineStarts.length && lineStarts[li + 1] <= o) li++;
    curLine = li + 1;
    curCol = o - lineStarts[li] + 1;
  };

  const n = text.length;
  let i = 0;
  let space = false;
  let bol = true;
  // Without splices a token never spans lines: its place comes from the running line start.
  let fastLine = 1;
  let fastStart = 0;
  const push = (kind: Token["kind"], start: number, end: number): void => {
    if (orig) {
      place(start);
      const line = curLine;
      const col = curCol;
      place(end - 1);
      tokens.push(makeToken(kind, text.slice(start, end), file, line, col, curLine, curCol + 1, space, bol));
    } else {
      const col = start - fastStart + 1;
      tokens.push(makeToken(kind, text.slice(start, end), file, fastLine, col, fastLine, col + end - start, space, bol));
    }
    space = false;
    bol = false;
  };
  const newlines = (from: number, to: number): void => {
    for (let k = text.indexOf("\n", from); k >= 0 && k < to; k = text.indexOf("\n", k + 1)) {
      fastLine++;
      fastStart = k + 1;
    }
  };
  const errAt = (start: number, end: number, message: string, code = "lex"): void => {
    place(start);
    const line = curLine;
    const col = curCol;
    place(Math.max(start, end - 1));
    diagnostics.push(diagAt("error", code, message, { file, line, column: col, endLine: curLine, endColumn: curCol + 1 }));
  };
  // Scan a quoted literal from the opening quote at `q`; returns the offset after the closing quote.
  const quoted = (q: number, start: number): number => {
    const quote = text.charCodeAt(q);
    let j = q + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === quote) return j + 1;
      if (c === 10) break;
      j += c === 92 ? 2 : 1;
    }
    errAt(start, start + 1, quote === 34 ? "missing terminating '\"' character" : "missing terminating ' character");
    return Math.min(j, n);
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      bol = true;
      space = false;
      i++;
      fastLine++;
      fastStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      space = true;
      i++;
      continue;
    }
    if (c === 47) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        const e = text.indexOf("\n", i);
        i = e < 0 ? n : e;
        space = true;
        continue;
      }
      if (d === 42) {
        const e = text.indexOf("*/", i + 2);
        if (e < 0) {
          errAt(i, i + 2, "unterminated /* comment");
          i = n;
        } else {
          newlines(i, e);
          i = e + 2;
        }
        space = true;
        continue;
      }
    }
    const start = i;
    if (isIdStart(c)) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d < 128 && (CLASS[d] & 2) === 0) break;
      }
      const q = text.charCodeAt(j);
      // Encoding prefixes of string and char literals: L, u, U, u8.
      if ((q === 34 || q === 39) && j - i <= 2) {
        const p = text.slice(i, j);
        if (p === "L" || p === "u" || p === "U" || (p === "u8" && q === 34)) {
          i = quoted(j, start);
          push(q === 34 ? "str" : "char", start, i);
          continue;
        }
      }
      i = j;
      push("ident", start, i);
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      // A pp-number: digits, letters, '_', '.', and e+ e- p+ p-.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d === 43 || d === 45) && (text.charCodeAt(j - 1) | 32) === 101 /* e */) j++;
        else if ((d === 43 || d === 45) && (text.charCodeAt(j - 1) | 32) === 112 /* p */) j++;
        else if (isIdChar(d) || d === 46) j++;
        else break;
      }
      i = j;
      push("num", start, i);
      continue;
    }
    if (c === 34 || c === 39) {
      i = quoted(i, start);
      push(c === 34 ? "str" : "char", start, i);
      continue;
    }
    i += punctLength(text, i, c);
    push("punct", start, i);
  }
  place(Math.max(0, n - 1));
  tokens.push(makeToken("eof", "", file, curLine, curCol + 1, curLine, curCol + 1, space, true));
  return { tokens, diagnostics };
}
