// A tracepoint's record layout, as tracefs prints it in events/<category>/<name>/format:
//
//   field:const char * filename;	offset:24;	size:8;	signed:0;
//
// formats.ts keeps these lines (less the four common_ fields every record starts with) as data;
// this file reads them into fields with a name, a C type, an array length and __data_loc.

/** One `field:` line: its declaration, offset, size and signedness, as tracefs prints them. */
export type FormatLine = readonly [decl: string, offset: number, size: number, signed: 0 | 1];

export interface FormatField {
  readonly name: string;
  /** The C type without the name: `const char *`, `__u8`, `char` (for `char prev_comm[16]`). */
  readonly type: string;
  readonly off: number;
  readonly size: number;
  readonly signed: boolean;
  /** Element count for `__u8 saddr[4]`, `char comm[16]`. */
  readonly count?: number;
  /** `__data_loc char[] filename`: a u32 of (length << 16 | offset of the bytes in the record). */
  readonly dataLoc?: boolean;
  /** A pointer (`const char *`, `void *`). */
  readonly pointer: boolean;
}

export interface TracepointFormat {
  /** `syscalls/sys_enter_openat` */
  readonly name: string;
  readonly fields: readonly FormatField[];
  /** The end of the last field: the most of the record a program may read (perf_event_attach_bpf_prog). */
  readonly size: number;
}

/** struct trace_entry: the fields every record starts with. */
export const COMMON_FIELDS: readonly FormatLine[] = [
  ["unsigned short common_type", 0, 2, 0],
  ["unsigned char common_flags", 2, 1, 0],
  ["unsigned char common_preempt_count", 3, 1, 0],
  ["int common_pid", 4, 4, 1],
];

export function parseField(line: FormatLine): FormatField {
  const [decl, off, size, signed] = line;
  const m = /^(.*?)\s*\b([A-Za-z_]\w*)\s*(?:\[(\d*)\])?$/.exec(decl.trim());
  const base = { off, size, signed: signed === 1 };
  if (!m) return { ...base, name: decl, type: decl, pointer: false };
  let type = m[1].trim();
  const dataLoc = type.startsWith("__data_loc ");
  if (dataLoc) type = type.slice("__data_loc ".length).replace(/\[\]$/, "");
  const count = m[3] ? Number(m[3]) : undefined;
  return { name: m[2], type, off, size, signed: signed === 1, count, dataLoc: dataLoc || undefined, pointer: !dataLoc && type.endsWith("*") };
}

export function formatOf(name: string, lines: readonly FormatLine[]): TracepointFormat {
  const fields = lines.map(parseField);
  const last = fields[fields.length - 1];
  return { name, fields, size: last ? last.off + last.size : 8 };
}

/**
 * The `field:` lines of a tracefs format file, in order, common fields included; a line that does
 * not parse is left out (the generator and the test compare counts, so it would show).
 */
export function readFormatFile(text: string): FormatLine[] {
  const out: FormatLine[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s*field:(.*);\s*offset:(\d+);\s*size:(\d+);\s*signed:([01]);/.exec(line);
    if (m) out.push([m[1].trim(), Number(m[2]), Number(m[3]), m[4] === "1" ? 1 : 0]);
  }
  return out;
}
