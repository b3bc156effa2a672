// Reader for the uBPF / bpf_conformance `.data` test format (see the corpus README):
// `--` section headers, `#` comments everywhere, keyword matched as a substring in this order.

export interface DataFile {
  readonly asm?: string;
  /** `-- asm @ FILE`: the program text lives in FILE beside the test (uBPF's harness). */
  readonly asmInclude?: string;
  readonly raw?: bigint[];
  /** `-- raw` lines as written, for the files that give 8 byte tokens per slot. */
  readonly rawLines?: string[];
  readonly mem?: Uint8Array;
  readonly result?: bigint;
  readonly error?: string;
  /** Headers this reader does not know (upstream's runner skips such files). */
  readonly unknown: string[];
}

const KEYWORDS = ["asm", "result", "mem", "raw", "no register offset", " c", "error"] as const;

export function parseDataFile(text: string): DataFile {
  const sections = new Map<string, string[]>();
  const unknown: string[] = [];
  let current: string | undefined;
  let asmInclude: string | undefined;
  for (let line of text.split("\n")) {
    line = line.replace(/\r.*$/, "");
    if (line.includes("--")) {
      current = KEYWORDS.find((k) => line.includes(k));
      if (!current) unknown.push(line.trim());
      else sections.set(current, []);
      if (current === "asm" && line.includes("@")) asmInclude = line.slice(line.indexOf("@") + 1).trim();
      continue;
    }
    if (current) sections.get(current)!.push(line);
  }
  const strip = (l: string) => l.replace(/#.*$/, "").trim();
  const body = (k: string) => sections.get(k)?.map(strip).filter((l) => l !== "");
  const asm = sections.get("asm")?.join("\n");
  const rawLines = body("raw");
  const raw = rawLines?.every((l) => /^(0x[0-9a-f]+|\d+)$/i.test(l)) ? rawLines.map((w) => BigInt(w)) : undefined;
  const memHex = body("mem")?.join("").replace(/\s+/g, "");
  const mem = memHex !== undefined ? Uint8Array.from(memHex.match(/../g) ?? [], (h) => parseInt(h, 16)) : undefined;
  const res = body("result");
  const result = res && res.length ? (res[res.length - 1].includes("0x") ? BigInt(res[res.length - 1].slice(res[res.length - 1].indexOf("0x"))) : BigInt(res[res.length - 1])) : undefined;
  const err = body("error");
  return { asm, asmInclude, raw, rawLines, mem, result, error: err && err.length ? err[err.length - 1] : undefined, unknown };
}
