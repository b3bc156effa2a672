// The format language of the kernel's printf-like helpers (bpf_snprintf, bpf_seq_printf,
// bpf_trace_vprintk), as bpf_bprintf_prepare parses it. The verifier parses bpf_snprintf's
// constant format with it (check_bpf_snprintf_call) and the VM formats with what it finds.
//
//   %[0 +-]*[1-9][0-9]*  then one of
//     [l[l]](d|i|u|x|X)      an integer, 32 bits, or 64 with l or ll
//     c                      a character
//     s                      a string (followed by NUL, space or punctuation)
//     p  pK px ps pS pB      a pointer (bare p followed by NUL, space or punctuation)
//     pks pus                a kernel or user string
//     pi4 pI4 pi6 pI6        an IPv4 or IPv6 address the argument points at
//   %%                       a percent sign
// Every conversion takes one u64 of the data; no precision; plain text is printable ASCII,
// whitespace, or bytes >= 0x80 (UTF-8).

/** One conversion: the bytes [start, end) of the format, and what it prints. */
export interface BprintfSpec {
  readonly start: number;
  readonly end: number;
  /** The flags among `0 +-` and the width, as written. */
  readonly flags: string;
  readonly width: number;
  /** d i u x X c s, or p followed by its modifier (p, pK, px, ps, pS, pB, pks, pus, pi4, pI4, pi6, pI6). */
  readonly conv: string;
  /** 64-bit integer (l, ll). */
  readonly long: boolean;
}

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isPrint = (c: number) => c >= 0x20 && c < 0x7f;
const isPunct = (c: number) => isPrint(c) && c !== 0x20 && !/[0-9A-Za-z]/.test(String.fromCharCode(c));
/** What may follow %s or a bare %p: the end, a space or a punctuation mark. */
const ends = (c: number) => c === 0 || isSpace(c) || isPunct(c);

/**
 * The conversions of a format (its bytes up to, not including, its NUL), or undefined where the
 * kernel answers -EINVAL: a control character, an unknown conversion, or more conversions than
 * `numArgs`.
 */
export function parseBprintf(fmt: Uint8Array, numArgs: number): BprintfSpec[] | undefined {
  const at = (k: number) => (k < fmt.length ? fmt[k] : 0);
  const specs: BprintfSpec[] = [];
  for (let i = 0; i < fmt.length; i++) {
    let c = fmt[i];
    if (c < 0x80 && !isPrint(c) && !isSpace(c)) return undefined;
    if (c !== 0x25) continue; // %
    if (at(i + 1) === 0x25) {
      i++;
      continue;
    }
    if (specs.length >= numArgs) return undefined;
    const start = i;
    i++;
    c = at(i);
    if (c >= 0x80) return undefined; // the parser knows only ASCII conversions
    let flags = "";
    while ([0x30, 0x2b, 0x2d, 0x20].includes(at(i))) flags += String.fromCharCode(at(i++));
    let width = 0;
    if (at(i) >= 0x31 && at(i) <= 0x39) while (at(i) >= 0x30 && at(i) <= 0x39) width = width * 10 + at(i++) - 0x30;
    const spec = (conv: string, end: number, long = false) => specs.push({ start, end, flags, width, conv, long });
    const ch = String.fromCharCode(at(i));
    if (ch === "p") {
      const m = String.fromCharCode(at(i + 1));
      if (ends(at(i + 1))) spec("p", i + 1);
      else if ((m === "k" || m === "u") && at(i + 2) === 0x73) {
        if (!ends(at(i + 3))) return undefined;
        spec(`p${m}s`, i + 3);
        i += 2;
      } else if ("KxsSB".includes(m)) {
        spec(`p${m}`, i + 2);
        i++;
      } else if ((m === "i" || m === "I") && (at(i + 2) === 0x34 || at(i + 2) === 0x36)) {
        spec(`p${m}${String.fromCharCode(at(i + 2))}`, i + 3);
        i += 2;
      } else return undefined;
      continue;
    }
    if (ch === "s") {
      if (!ends(at(i + 1))) return undefined;
      spec("s", i + 1);
      continue;
    }
    if (ch === "c") {
      spec("c", i + 1);
      continue;
    }
    let long = false;
    if (at(i) === 0x6c) {
      long = true;
      i++;
      if (at(i) === 0x6c) i++;
    }
    const conv = String.fromCharCode(at(i));
    if (!"iduxX".includes(conv) || at(i) === 0) return undefined;
    spec(conv, i + 1, long);
  }
  return specs;
}
