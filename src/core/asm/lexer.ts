// Splits one line of assembly into tokens with 1-based columns. Shared by both dialects.

export type TokenKind = "ident" | "num" | "punct" | "str" | "preg";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** 1-based column of the first character. */
  readonly col: number;
  /** 1-based column just past the last character. */
  readonly end: number;
}

// Longest first, so "s>>=" wins over "s>>" and ">>=" over ">>".
const PUNCTS = ["s>>=", "<<=", ">>=", "s>=", "s<=", "s/=", "s%=", "s>", "s<", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "==", "!=", ">=", "<=", "<<", ">>", "+", "-", "*", "/", "%", "|", "&", "^", "<", ">", "=", "(", ")", "[", "]", ",", ":", "!"];

const isIdentStart = (c: string) => /[A-Za-z_.$@]/.test(c);
const isIdent = (c: string) => /[A-Za-z0-9_.$]/.test(c);

/** Where a comment starts (`;`, `#` or `//`), outside string literals; -1 if none. */
export function commentStart(line: string): number {
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ";" || c === "#" || (c === "/" && line[k + 1] === "/"))) return k;
  }
  return -1;
}

export class LexError {
  constructor(
    readonly message: string,
    readonly col: number,
    readonly end: number,
  ) {}
}

export function tokenize(line: string): Token[] | LexError {
  const cut = commentStart(line);
  const text = cut < 0 ? line : line.slice(0, cut);
  const out: Token[] = [];
  let k = 0;
  while (k < text.length) {
    const c = text[k];
    if (c === " " || c === "\t" || c === "\r") {
      k++;
      continue;
    }
    const start = k;
    // `.section NAME` unquoted: the name is one word up to a blank or a comma, as if quoted
    // (cgroup/bind4, xdp.frags/devmap, tracepoint/syscalls/sys_enter_openat)
    if (c !== '"' && out.length === 1 && out[0].text === ".section") {
      while (k < text.length && !/[\s,]/.test(text[k])) k++;
      out.push({ kind: "str", text: text.slice(start, k), col: start + 1, end: k + 1 });
      continue;
    }
    if (c === '"') {
      const close = text.indexOf('"', k + 1);
      if (close < 0) return new LexError("unterminated string", start + 1, text.length + 1);
      out.push({ kind: "str", text: text.slice(k + 1, close), col: start + 1, end: close + 2 });
      k = close + 1;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)/.exec(text.slice(k))!;
      k += m[0].length;
      if (k < text.length && isIdent(text[k])) {
        while (k < text.length && isIdent(text[k])) k++;
        return new LexError(`invalid number '${text.slice(start, k)}'`, start + 1, k + 1);
      }
      out.push({ kind: "num", text: m[0], col: start + 1, end: k + 1 });
      continue;
    }
    if (c === "%" && /[A-Za-z]/.test(text[k + 1] ?? "")) {
      k++;
      while (k < text.length && isIdent(text[k])) k++;
      out.push({ kind: "preg", text: text.slice(start + 1, k), col: start + 1, end: k + 1 });
      continue;
    }
    // "s>", "s<", "s/=", "s%=", "s>>=" are signed operators, not the identifier "s".
    if (c === "s" && /[<>/%]/.test(text[k + 1] ?? "") && !isIdent(text[k - 1] ?? " ")) {
      const p = PUNCTS.find((p) => p.startsWith("s") && text.startsWith(p, k));
      if (p) {
        out.push({ kind: "punct", text: p, col: start + 1, end: start + p.length + 1 });
        k += p.length;
        continue;
      }
    }
    if (isIdentStart(c)) {
      k++;
      while (k < text.length && isIdent(text[k])) k++;
      out.push({ kind: "ident", text: text.slice(start, k), col: start + 1, end: k + 1 });
      continue;
    }
    const p = PUNCTS.find((p) => !p.startsWith("s") && text.startsWith(p, k));
    if (!p) return new LexError(`unexpected character '${c}'`, start + 1, start + 2);
    out.push({ kind: "punct", text: p, col: start + 1, end: start + p.length + 1 });
    k += p.length;
  }
  return out;
}
