// A verifier log as the test/elf comparisons read it, bpfplay's and the kernel's alike.

/** The lines both sides compare: no timing, stack depth, liveness table, func# lines or map addresses. */
export function comparable(log: string): string[] {
  const lines: string[] = [];
  let table = false;
  for (const l of log.split("\n")) {
    if (l === "Live regs before insn:") {
      table = true;
      continue;
    }
    if (table && /^\s+\d+: [.0-9]{10} /.test(l)) continue;
    table = false;
    if (/^(verification time|stack depth|func#\d+ @)/.test(l) || l === "accepted" || l === "rejected" || l === "") continue;
    lines.push(l.replace(/= (0x[0-9a-f]+|map\[id:\d+\](\[\d+\]\+\d+)?)(?= |$)/, "= MAP").replace(/map=[\w.]*?\.(bss|data|rodata)/g, "map=.$1").replace(/\s+;/, " ;"));
  }
  return lines;
}
