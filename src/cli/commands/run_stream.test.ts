// `bpfplay run --events N --seed S --template FILE.json`: a generated stream on one map set.
import { describe, expect, it } from "vitest";
import { PORT_COUNTER, PORT_TEMPLATE } from "../../core/events/stream/testdata.ts";
import { runInMemory } from "../memory_io.ts";

const cli = (argv: string[], files: Record<string, string | Uint8Array> = {}) => runInMemory(argv, files);

const FILES = { "p.s": PORT_COUNTER, "t.json": JSON.stringify(PORT_TEMPLATE) };

describe("run --events", () => {
  it("gives per-event results and a summary in --json, the same for the same seed", () => {
    const a = cli(["run", "p.s", "--events", "400", "--seed", "9", "--template", "t.json", "--json"], FILES);
    expect(a.status).toBe(0);
    const j = JSON.parse(a.stdout);
    expect(j.events).toHaveLength(400);
    expect(j.summary.events).toBe(400);
    const counts = j.events.reduce((m: Record<string, number>, e: { verdict: string }) => ({ ...m, [e.verdict]: (m[e.verdict] ?? 0) + 1 }), {});
    expect(j.summary.verdicts).toEqual(counts);
    expect(counts.XDP_DROP).toBeGreaterThan(0);
    // every dropped event printed its line; the map counted all 400
    expect(j.events.filter((e: { output?: string[] }) => e.output).length).toBe(counts.XDP_DROP);
    const total = j.maps.ports.reduce((n: number, e: { value: string }) => n + Number(BigInt("0x" + e.value.match(/../g)!.reverse().join(""))), 0);
    expect(total).toBe(400);
    const b = JSON.parse(cli(["run", "p.s", "--events", "400", "--seed", "9", "--template", "t.json", "--json"], FILES).stdout);
    expect(b.events).toEqual(j.events);
    const c = JSON.parse(cli(["run", "p.s", "--events", "400", "--seed", "10", "--template", "t.json", "--json"], FILES).stdout);
    expect(c.events).not.toEqual(j.events);
  });

  it("prints a summary in text, capping the program's lines", () => {
    const r = cli(["run", "p.s", "--events", "300", "--template", "t.json"], FILES);
    expect(r.stdout).toMatch(/^300 events \(seed 1\): XDP_PASS \d+, XDP_DROP \d+$/m);
    expect(r.stdout).toMatch(/^instructions per event: min 22, median 22, max \d+, mean [\d.]+$/m);
    expect(r.stdout).toMatch(/^[\d,]+ events per second/m);
    expect(r.stdout).toMatch(/^\.\.\. and \d+ more lines \(--json gives every event's output\)$/m);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("event ")).length).toBe(20);
  });

  it("locates a template mistake and refuses options that do not go together", () => {
    const bad = cli(["run", "p.s", "--events", "3", "--template", "b.json"], { ...FILES, "b.json": '{ "packet": "tcp_syn",\n  "fields": { "tcp.srcPort": { "list": [] } } }' });
    expect(bad.stderr).toMatch(/b\.json:2:40: tcp\.srcPort\.list: a list of one or more values/);
    expect(cli(["run", "p.s", "--events", "0"], FILES).stderr).toMatch(/--events must be a whole number from 1/);
    expect(cli(["run", "p.s", "--seed", "3"], FILES).stderr).toMatch(/--seed and --template go with --events N/);
    expect(cli(["run", "p.s", "--events", "3", "--packet-hex", "00"], FILES).stderr).toMatch(/--events runs the program on N generated events/);
  });
});
