// The format language of bpf_trace_printk, as the kernel checks it (bpf_bprintf_prepare):
// %d %i %u %x %X %c %s %%, with l or ll for 64 bits, optional [0 +-] flags and a width;
// no precision; at most 3 arguments. Anything else makes the helper fail with -EINVAL.

export type Arg = bigint;

/** The formatted text, or undefined when the kernel would refuse the format. */
export function printk(fmt: string, args: readonly Arg[], str: (a: Arg) => string): string | undefined {
  let out = "";
  let used = 0;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    if (fmt[i + 1] === "%") {
      out += "%";
      i++;
      continue;
    }
    let j = i + 1;
    let flags = "";
    while ("0+- ".includes(fmt[j] ?? "x") && j < fmt.length) flags += fmt[j++];
    let width = 0;
    while (/[0-9]/.test(fmt[j] ?? "")) width = width * 10 + Number(fmt[j++]);
    let long = 0;
    while (fmt[j] === "l" && long < 2) {
      long++;
      j++;
    }
    const conv = fmt[j];
    if (conv === undefined || !"diuxXcs".includes(conv) || (long > 0 && (conv === "c" || conv === "s"))) return undefined;
    if (used >= args.length) return undefined;
    const a = args[used++];
    let text: string;
    const v64 = long > 0;
    switch (conv) {
      case "d":
      case "i": {
        const v = v64 ? BigInt.asIntN(64, a) : BigInt.asIntN(32, a);
        text = v.toString();
        if (v >= 0n && flags.includes("+")) text = "+" + text;
        else if (v >= 0n && flags.includes(" ")) text = " " + text;
        break;
      }
      case "u":
        text = (v64 ? BigInt.asUintN(64, a) : BigInt.asUintN(32, a)).toString();
        break;
      case "x":
      case "X":
        text = (v64 ? BigInt.asUintN(64, a) : BigInt.asUintN(32, a)).toString(16);
        if (conv === "X") text = text.toUpperCase();
        break;
      case "c":
        text = String.fromCharCode(Number(a & 0xffn));
        break;
      default:
        text = str(a);
    }
    if (text.length < width) {
      if (flags.includes("-")) text = text.padEnd(width);
      else if (flags.includes("0") && conv !== "s" && conv !== "c") {
        const sign = /^[+\- ]/.test(text) ? text[0] : "";
        text = sign + text.slice(sign.length).padStart(width - sign.length, "0");
      } else text = text.padStart(width);
    }
    out += text;
    i = j;
  }
  return out;
}
