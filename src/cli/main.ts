// bpfplay's command line: the core, behind subcommands. Exit status 0 on success,
// 1 on a diagnosed error in the input, 2 on bad usage.
import { assembleCommand, assembleUsage } from "./commands/assemble.ts";
import { compileCommand, compileUsage } from "./commands/compile.ts";
import { disassembleCommand, disassembleUsage } from "./commands/disassemble.ts";
import { logCommand, logUsage } from "./commands/log.ts";
import { runCommand, runUsage } from "./commands/run.ts";
import { verifyCommand, verifyUsage } from "./commands/verify.ts";
import { UsageError } from "./io.ts";
import type { Io } from "./io.ts";

const COMMANDS: Record<string, (argv: string[], io: Io) => number> = {
  assemble: assembleCommand,
  compile: compileCommand,
  disassemble: disassembleCommand,
  log: logCommand,
  run: runCommand,
  verify: verifyCommand,
};

export const VERSION = "0.1.0";

const HELP = `bpfplay ${VERSION}: an eBPF playground's toolchain

usage:
  ${assembleUsage}
  ${compileUsage}
  ${disassembleUsage}
  ${logUsage}
  ${runUsage}
  ${verifyUsage}

C is the libbpf style (SEC("xdp"), BTF-style maps, helpers), with built-in kernel and libbpf headers;
#include resolves against the file's folder, then -I DIRs, then the built-in headers.
Assembly is LLVM's syntax (r0 = 1, if r1 > 2 goto +3, *(u32 *)(r10 - 4) = r1) by default,
or uBPF's (mov32 %r0, 1) with --dialect ubpf. FILE may be - for standard input.
Exit status: 0 success, 1 the input has errors, 2 bad usage.
`;

export function run(argv: string[], io: Io): number {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === "help" || cmd === "--help" || cmd === "-h") {
    (cmd === undefined ? io.stderr : io.stdout)(HELP);
    return cmd === undefined ? 2 : 0;
  }
  if (cmd === "--version") {
    io.stdout(`bpfplay ${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[cmd];
  if (!command) {
    io.stderr(`bpfplay: unknown command '${cmd}' (commands: ${Object.keys(COMMANDS).join(", ")}; see bpfplay --help)\n`);
    return 2;
  }
  try {
    return command(rest, io);
  } catch (e) {
    const usage = e instanceof UsageError || (e instanceof Error && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"));
    const io_ = e instanceof Error && "code" in e && (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR");
    if (usage || io_) {
      io.stderr(`bpfplay ${cmd}: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
