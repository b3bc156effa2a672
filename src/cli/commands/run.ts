import { parseArgs } from "node:util";
import { DEFAULT_PACKET_SUMMARY, defaultPacketBytes } from "../../core/events/index.ts";
import { hexToBytes } from "../../core/isa/index.ts";
import { progTypeByName } from "../../core/isa/progtypes.ts";
import { verify } from "../../core/verifier/index.ts";
import { execute } from "../../core/vm/index.ts";
import type { ExecuteResult, InitEntry, MapDump } from "../../core/vm/index.ts";
import { parseDialect, parseMapSpec, PROGRAM_OPTIONS } from "../args.ts";
import { runEventCommand } from "./run_event.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import { loadProgram, printLoadErrors } from "../load.ts";
import { runPcapCommand } from "./run_pcap.ts";
import { RecordReader } from "./run_records.ts";
import { runStreamCommand } from "./run_stream.ts";

export const runUsage =
  "bpfplay run PROGRAM [--type TYPE] [--map NAME:TYPE:KEY:VALUE:MAX[:FLAGS]]... [--init MAP:KEYHEX:VALUEHEX|@LABEL]... [--packet-hex HEX | --pcap FILE [--pcap-out FILE] | --event FILE.json | --events N [--seed S] [--template FILE.json]] [--ctx-hex HEX] [--mem-hex HEX] [--repeat N] [--budget N] [--strict-align] [--no-perf-reader] [--no-verify] [--dialect llvm|ubpf] [--prog NAME] [-I DIR]... [-D NAME[=VALUE]]... [--json]";

const hex = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString("hex") : undefined);

function bytesOpt(v: string | undefined, name: string): Uint8Array | undefined {
  if (v === undefined) return undefined;
  const b = hexToBytes(v);
  if (!b) throw new UsageError(`--${name}: '${v}' is not hex bytes`);
  return b;
}

function parseInit(spec: string): InitEntry {
  const [map, key, value, ...rest] = spec.split(":");
  if (!map || key === undefined || value === undefined || rest.length) throw new UsageError(`--init ${spec}: expected MAP:KEYHEX:VALUEHEX or MAP:KEYHEX:@LABEL`);
  const k = hexToBytes(key);
  if (!k) throw new UsageError(`--init ${spec}: key '${key}' is not hex bytes`);
  if (value.startsWith("@")) return { map, key: k, value: { label: value.slice(1) } };
  const v = hexToBytes(value);
  if (!v) throw new UsageError(`--init ${spec}: value '${value}' is not hex bytes`);
  return { map, key: k, value: v };
}

/** JSON with exact 64-bit integers: bigints are written as bare digits. */
function stringify(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `@@big:${x}` : x)).replace(/"@@big:(-?\d+)"/g, "$1");
}

/** Ring buffer records and perf samples, decoded from C, one line each. */
function printRecords(dumps: Readonly<Record<string, MapDump>>, reader: RecordReader, io: Io) {
  for (const [name, d] of Object.entries(dumps)) {
    const kind = reader.kindOf(name);
    if (d.kind === "records") for (const x of d.records) io.stdout(`${reader.text("ringbuf", name, x.data).replace(": ", x.discarded ? " (discarded): " : ": ")}\n`);
    else if (kind === "perf") for (const e of d.entries) io.stdout(`${reader.text(kind, name, e.value)}\n`);
  }
  reader.printNotes(io.stderr);
}

export function resultJson(r: ExecuteResult, durationNs: number, reader: RecordReader) {
  const maps = reader.mapsJson(r.maps);
  return {
    r0: r.r0 ?? null,
    r0_hex: r.r0 === undefined ? null : "0x" + r.r0.toString(16).padStart(16, "0"),
    ...(r.fault ? { fault: { insn: r.fault.pc, kind: r.fault.kind, message: r.fault.message } } : {}),
    packet_out_hex: hex(r.packetOut) ?? "",
    ctx_out_hex: hex(r.ctxOut) ?? "",
    maps,
    insns_executed: r.insnsExecuted,
    duration_ns: durationNs,
    trace_pipe: r.trace,
  };
}

export function runCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: PROGRAM_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError(`expected one program file\nusage: ${runUsage}`);
  const file = positionals[0];
  const num = (v: string | undefined, name: string, min: number) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}`);
    return Number(v);
  };
  const repeat = num(values.repeat, "repeat", 1) ?? 1;
  const budget = num(values.budget, "budget", 1);
  const maps = (values.map ?? []).map(parseMapSpec);
  const init = (values.init ?? []).map(parseInit);
  let input = { packet: bytesOpt(values["packet-hex"], "packet-hex"), ctx: bytesOpt(values["ctx-hex"], "ctx-hex"), mem: bytesOpt(values["mem-hex"], "mem-hex") };
  if (values["pcap-out"] !== undefined && values.pcap === undefined) throw new UsageError("--pcap-out writes the packets a --pcap run let through: it needs --pcap");
  if (values.pcap !== undefined && (input.packet || input.ctx || input.mem || values.repeat !== undefined)) {
    throw new UsageError("--pcap runs the program on every packet of the file: it takes no --packet-hex, --ctx-hex, --mem-hex or --repeat");
  }
  const loaded = loadProgram(file, io, maps, values.dialect === undefined ? undefined : parseDialect(values.dialect), values);
  const note = values["no-verify"] ? "not verified (--no-verify): accepted means the program assembled and decoded" : "verified by bpfplay's verifier (privileged, Linux 6.x rules)";
  if (loaded.errors.length) {
    if (values.json) io.stdout(stringify({ accepted: false, checked: note, errors: loaded.errors.map((e) => ({ insn: e.insn ?? 0, line: e.line, column: e.column, message: e.message })) }) + "\n");
    else printLoadErrors(loaded, file, io);
    return 1;
  }
  if (!values["no-verify"]) {
    const type = values.type ?? loaded.program.progType ?? "socket_filter";
    const v = verify(loaded.program, { progType: type, logLevel: 1, strictAlign: values["strict-align"] });
    if (!v.accepted) {
      const errors = v.diagnostics.map((d) => ({ insn: d.pc, message: d.message }));
      if (values.json) io.stdout(stringify({ accepted: false, checked: note, errors, insns_processed: v.insnsProcessed, log: v.log }) + "\n");
      else for (const e of errors) io.stderr(`${file}: insn ${e.insn}: error: ${e.message} (the verifier rejects the program; --no-verify runs it anyway)\n`);
      return 1;
    }
  }
  const typeName = values.type ?? loaded.program.progType ?? "socket_filter";
  const reader = new RecordReader(loaded.program);
  // user space reads perf samples, as bcc or libbpf's perf_buffer would; --no-perf-reader: as BPF_PROG_TEST_RUN (-ENOENT)
  const perfReaders = !values["no-perf-reader"];
  const mapsJson = (m: Readonly<Record<string, MapDump>>) => reader.mapsJson(m);
  if (values.event !== undefined) {
    if (input.packet || input.ctx || input.mem || values.pcap !== undefined || values.repeat !== undefined) throw new UsageError("--event gives the program its context: it takes no --packet-hex, --ctx-hex, --mem-hex, --pcap or --repeat");
    const options = { program: loaded.program, progType: typeName, eventFile: values.event, reader, init, budget, strictAlign: values["strict-align"], perfReaders, json: !!values.json, verified: !values["no-verify"] };
    return runEventCommand(options, io, stringify, mapsJson, { accepted: true, checked: note });
  }
  if (values.events !== undefined) {
    if (input.packet || input.ctx || input.mem || values.pcap !== undefined || values.repeat !== undefined) throw new UsageError("--events runs the program on N generated events: it takes no --packet-hex, --ctx-hex, --mem-hex, --pcap or --repeat");
    const options = { program: loaded.program, progType: typeName, events: values.events, seed: values.seed, templateFile: values.template, reader, init, budget, strictAlign: values["strict-align"], perfReaders, json: !!values.json };
    return runStreamCommand(options, io, stringify, mapsJson, { accepted: true, checked: note, errors: [] });
  }
  if (values.seed !== undefined || values.template !== undefined) throw new UsageError("--seed and --template go with --events N");
  if (values.pcap !== undefined) {
    const options = { program: loaded.program, progType: typeName, pcapFile: values.pcap, pcapOut: values["pcap-out"], reader, init, budget, strictAlign: values["strict-align"], perfReaders, json: !!values.json };
    return runPcapCommand(options, io, stringify, mapsJson, { accepted: true, checked: note, errors: [] });
  }
  // A packet type run without a packet gets the frame the UI starts with, and says so
  const defaulted = !input.packet && !input.mem && !!progTypeByName(typeName)?.packet;
  if (defaulted) {
    input = { ...input, packet: defaultPacketBytes() };
    io.stderr(`note: no --packet-hex: ${typeName} runs on ${DEFAULT_PACKET_SUMMARY}\n`);
  }
  const t0 = process.hrtime.bigint();
  const r = execute({ program: loaded.program, progType: values.type, input, init, repeat, budget, strictAlign: values["strict-align"], perfReaders });
  const durationNs = Number(process.hrtime.bigint() - t0) / repeat;
  if (typeof r === "string") throw new UsageError(r);
  const ok = r.fault === undefined;
  if (values.json) {
    const errors = r.fault ? [{ insn: r.fault.pc, message: r.fault.message }] : [];
    io.stdout(stringify({ accepted: true, checked: note, ...(defaulted ? { default_packet: true } : {}), errors, result: resultJson(r, Math.round(durationNs), reader) }) + "\n");
  } else {
    for (const line of r.trace) io.stdout(`trace: ${line}\n`);
    if (r.fault) io.stderr(`${file}: insn ${r.fault.pc}: error: ${r.fault.message}\n`);
    else io.stdout(`r0 = ${r.r0} (0x${r.r0!.toString(16)})\n`);
    if (r.packetOut) io.stdout(`packet out: ${hex(r.packetOut)}\n`);
    printRecords(r.maps, reader, io);
    io.stdout(`${r.insnsExecuted} instructions executed\n`);
  }
  return ok ? 0 : 1;
}
