// The guided path: lessons through the gallery's examples, each asking the learner to predict
// something (the verifier's verdict, r0 after a Run, a map value, a register after some steps)
// before bpfplay shows it. A lesson is data; the answer is never written here: the page reads it
// from the live session and lessons.test.ts from the engine (answer.ts), and they agree.

export type Prediction =
  /** Accepted or rejected: the verifier's verdict, which is there as soon as the program is built. */
  | { readonly kind: "verdict"; readonly prompt: string }
  /** r0 when one Run ends. */
  | { readonly kind: "r0"; readonly prompt: string }
  /** A map value after one Run: the entry whose key is keyHex, its first 8 bytes as a little-endian number. */
  | { readonly kind: "map"; readonly prompt: string; readonly map: string; readonly keyHex: string }
  /** A register after the first `steps` instructions. */
  | { readonly kind: "register"; readonly prompt: string; readonly reg: number; readonly steps: number };

export interface Lesson {
  readonly id: string;
  readonly title: string;
  /** The gallery example it opens (src/ui/examples/gallery). */
  readonly example: string;
  /** What to look at before predicting. */
  readonly intro: string;
  readonly prediction: Prediction;
  /** What the answer teaches, shown once it is revealed. */
  readonly takeaway: string;
}

export const LESSONS: readonly Lesson[] = [
  {
    id: "xdp-verdicts", title: "What an XDP program returns", example: "c-xdp-pass-drop",
    intro: "XDP programs answer with a number: XDP_ABORTED 0, XDP_DROP 1, XDP_PASS 2, XDP_TX 3, XDP_REDIRECT 4. The packet in the Events tab is a ping (ICMP).",
    prediction: { kind: "r0", prompt: "What will r0 be when Run ends?" },
    takeaway: "The program reached `return XDP_DROP`: pings never reach the network stack.",
  },
  {
    id: "registers", title: "Registers, one instruction at a time", example: "popcount",
    intro: "r1 starts at 0xb5 (181). Each round of the loop adds r1's lowest bit to r0 and shifts r1 right by one.",
    prediction: { kind: "register", prompt: "What will r1 hold after the first 8 instructions (one round of the loop)?", reg: 1, steps: 8 },
    takeaway: "r1 >>= 1 halves it, dropping the lowest bit: 181 becomes 90.",
  },
  {
    id: "bounds-check", title: "The verifier and packet bounds", example: "reject-bounds",
    intro: "The program reads eth->h_proto, 12 bytes into the packet, but never compares anything with data_end.",
    prediction: { kind: "verdict", prompt: "Will the verifier accept this program?" },
    takeaway: "Without a comparison with data_end the verifier cannot know the packet has 14 bytes: it refuses the read. Show the fix to see the one-line check.",
  },
  {
    id: "null-check", title: "Map lookups may return NULL", example: "reject-null",
    intro: "bpf_map_lookup_elem returns a pointer to the value, or NULL when the key is not in the map. This program adds to the value straight away.",
    prediction: { kind: "verdict", prompt: "Will the verifier accept this program?" },
    takeaway: "The pointer's type is map_value_or_null until a test tells the two cases apart; dereferencing it before is refused.",
  },
  {
    id: "uninit", title: "Every path must set r0", example: "reject-uninit",
    intro: "Follow both paths from the `if`: which one writes r0 before exit?",
    prediction: { kind: "verdict", prompt: "Will the verifier accept this program?" },
    takeaway: "On the short path r0 is never written: R0 !read_ok. Registers start unreadable except r1 (the context) and r10 (the frame pointer).",
  },
  {
    id: "map-counter", title: "Maps keep state", example: "c-tc-counter",
    intro: "The program adds 1 to stats[PACKETS] and skb->len to stats[BYTES]. The packet is the default frame in the Events tab.",
    prediction: { kind: "map", prompt: "After one Run, what will stats[BYTES] (key 1) hold?", map: "stats", keyHex: "01000000" },
    takeaway: "skb->len is the whole frame, 64 bytes. Run again: maps keep their values between runs, as between packets in the kernel.",
  },
  {
    id: "calls", title: "bpf-to-bpf calls", example: "calls",
    intro: "main calls sum_squares(3, 4), which calls square twice; each call returns its result in r0.",
    prediction: { kind: "r0", prompt: "What will r0 be when Run ends?" },
    takeaway: "3*3 + 4*4 = 25. r6 kept b across the inner call: r6-r9 are saved across calls, r1-r5 are not.",
  },
  {
    id: "xdp-tx", title: "Sending a packet back", example: "c-xdp-tx",
    intro: "The program swaps the Ethernet addresses in place.",
    prediction: { kind: "r0", prompt: "Which XDP action (as a number) will it return?" },
    takeaway: "XDP_TX (3) sends the frame back out of the interface it arrived on, now addressed to its sender.",
  },
  {
    id: "kprobe-bytes", title: "Reading a kprobe's arguments", example: "c-tcptop",
    intro: "The event is nginx (pid 3003) calling tcp_sendmsg(sk, msg, 1448). The program adds the size argument to the process's total.",
    prediction: { kind: "map", prompt: "After one Run, what will sent[3003] hold?", map: "sent", keyHex: "bb0b0000" },
    takeaway: "BPF_KPROBE named the third argument `size`; underneath it is PT_REGS_PARM3, the rdx register of struct pt_regs.",
  },
  {
    id: "tail-call", title: "Tail calls", example: "c-tail-call",
    intro: "dispatch jumps through by_proto to the program for the packet's IP protocol. The packet is TCP (protocol 6).",
    prediction: { kind: "r0", prompt: "What will r0 be when Run ends?" },
    takeaway: "handle_tcp ran in dispatch's place and its XDP_DROP (1) is the answer: a tail call never returns.",
  },
];

export const lessonById = (id: string): Lesson | undefined => LESSONS.find((l) => l.id === id);
