import { parseArgs } from "node:util";
import { disassemble } from "../../core/asm/index.ts";
import { decodeSlots } from "../../core/isa/index.ts";
import { parseDialect, parseMapSpec } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";

export const disassembleUsage = "bpfplay disassemble FILE.bin [--dialect llvm|ubpf] [--map NAME:TYPE:KEY:VALUE:MAX[:FLAGS]]... [--json]";

export function disassembleCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dialect: { type: "string" }, map: { type: "string", multiple: true }, json: { type: "boolean" } },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one input file\nusage: ${disassembleUsage}`);
  const dialect = parseDialect(values.dialect);
  const maps = (values.map ?? []).map(parseMapSpec);
  const bytes = io.readFile(positionals[0]);
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
