import { parseArgs } from "node:util";
import { disassemble } from "../../core/asm/index.ts";
import { decodeSlots } from "../../core/isa/index.ts";
import { parseDialect, parseMapSpec } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import { isElf, objectListing, readObjectFile, selectPrograms } from "../object.ts";

export const disassembleUsage = "bpfplay disassemble FILE.bin|FILE.o [--prog NAME] [--dialect llvm|ubpf] [--map NAME:TYPE:KEY:VALUE:MAX[:FLAGS]]... [--json]";

/** An object: each program (or --prog's) as libbpf links it, with its C lines where line_info has them. */
function disassembleObject(bytes: Uint8Array, file: string, prog: string | undefined, dialect: "llvm" | "ubpf", asJson: boolean, io: Io): number {
  const r = readObjectFile(bytes);
  if ("error" in r) {
    if (asJson) io.stdout(JSON.stringify({ programs: [], errors: [{ insn: 0, message: r.error }] }) + "\n");
    else io.stderr(`${file}: error: ${r.error}\n`);
    return 1;
  }
  const progs = selectPrograms(r.object, prog, file);
  if (asJson) {
    const programs = progs.map((p) => ({
      program: p.name,
      section: p.section,
      insns: disassemble(p.insns, { dialect, maps: p.maps }).map((l) => {
        const at = p.lineTable?.[l.pc];
        return { pc: l.pc, hex: l.bytes.replace(/ /g, ""), text: l.text, ...(l.form ? { form: l.form } : { invalid: l.invalid }), ...(at ? { file: at.file, line: at.line } : {}) };
      }),
    }));
    io.stdout(JSON.stringify({ programs, errors: [] }) + "\n");
    return 0;
  }
  progs.forEach((p, k) => {
    io.stdout(`${k ? "\n" : ""}Disassembly of section ${p.section} (program ${p.name}):\n\n`);
    for (const line of objectListing(p, dialect)) io.stdout(line + "\n");
  });
  return 0;
}

export function disassembleCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dialect: { type: "string" }, map: { type: "string", multiple: true }, json: { type: "boolean" }, prog: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one input file\nusage: ${disassembleUsage}`);
  const dialect = parseDialect(values.dialect);
  const maps = (values.map ?? []).map(parseMapSpec);
  const bytes = io.readFile(positionals[0]);
  if (isElf(bytes)) return disassembleObject(bytes, positionals[0], values.prog, dialect, !!values.json, io);
  if (values.prog !== undefined) throw new UsageError("--prog picks a program of an ELF object; this file is raw bytecode");
  const { insns, trailing } = decodeSlots(bytes);
  const listing = disassemble(insns, { dialect, maps });
  const errors =
    trailing > 0 ? [{ insn: insns.length, message: `${bytes.length} bytes is not a whole number of 8-byte instructions: ${trailing} trailing byte(s) at offset ${insns.length * 8}` }] : [];

  if (values.json) {
    const out = {
      insns: listing.map((l) => ({ pc: l.pc, hex: l.bytes.replace(/ /g, ""), text: l.text, ...(l.form ? { form: l.form } : { invalid: l.invalid }) })),
      errors,
    };
    io.stdout(JSON.stringify(out) + "\n");
  } else {
    for (const l of listing) io.stdout(l.invalid ? `${l.text.split("\n").join(`\n`)} ; invalid: ${l.invalid}\n` : `${l.text}\n`);
    for (const e of errors) io.stderr(`${positionals[0]}: insn ${e.insn}: error: ${e.message}\n`);
  }
  return errors.length ? 1 : 0;
}
