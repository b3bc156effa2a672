#!/usr/bin/env python3
"""The kernel as a reference: load one eBPF program with bpf(), run it with BPF_PROG_TEST_RUN,
and report the verdict, the verifier log, r0, the packet, every map and the trace lines.

Reads one JSON request on stdin, prints one JSON reply on stdout (see test/kernel/reference.ts
for both shapes); a JSON list of requests gets a list of replies, in order. Only the standard library: ctypes and the raw bpf() syscall, no libbpf.

    echo '{"prog_type":"xdp","insns_hex":"b7000000020000009500000000000000","packet_hex":"00..."}' \
      | sudo python3 test/kernel/bpf_ref.py

Map references in the program are ld_imm64 with src_reg 1 (the map) or 2 (a pointer into the
map's value), whose imm is the map's index in the request's "maps"; we swap in the real fd.
"""

import ctypes
import errno
import fcntl
import json
import mmap
import os
import platform
import re
import signal
import struct
import sys
import time

# --- the syscall ------------------------------------------------------------------------------

SYS_BPF = {"x86_64": 321, "aarch64": 280, "riscv64": 280, "i686": 357, "armv7l": 386, "ppc64le": 361, "s390x": 351}

# enum bpf_cmd
MAP_CREATE, MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM, MAP_DELETE_ELEM, MAP_GET_NEXT_KEY, PROG_LOAD = 0, 1, 2, 3, 4, 5
PROG_TEST_RUN = 10
BTF_LOAD = 18
MAP_FREEZE = 22
MAP_LOOKUP_AND_DELETE_ELEM = 21

# enum bpf_prog_type, without BPF_PROG_TYPE_, lower case
PROG_TYPES = {
    "socket_filter": 1, "kprobe": 2, "sched_cls": 3, "sched_act": 4, "tracepoint": 5, "xdp": 6,
    "perf_event": 7, "cgroup_skb": 8, "cgroup_sock": 9, "lwt_in": 10, "lwt_out": 11, "lwt_xmit": 12,
    "sock_ops": 13, "sk_skb": 14, "cgroup_device": 15, "sk_msg": 16, "raw_tracepoint": 17,
    "cgroup_sock_addr": 18, "lwt_seg6local": 19, "lirc_mode2": 20, "sk_reuseport": 21,
    "flow_dissector": 22, "cgroup_sysctl": 23, "raw_tracepoint_writable": 24, "cgroup_sockopt": 25,
    "tracing": 26, "struct_ops": 27, "ext": 28, "lsm": 29, "sk_lookup": 30, "syscall": 31, "netfilter": 32,
}
PROG_ALIASES = {"tc": "sched_cls", "socket": "socket_filter", "action": "sched_act", "raw_tp": "raw_tracepoint"}

# enum bpf_map_type, without BPF_MAP_TYPE_, lower case
MAP_TYPES = {
    "hash": 1, "array": 2, "prog_array": 3, "perf_event_array": 4, "percpu_hash": 5, "percpu_array": 6,
    "stack_trace": 7, "cgroup_array": 8, "lru_hash": 9, "lru_percpu_hash": 10, "lpm_trie": 11,
    "array_of_maps": 12, "hash_of_maps": 13, "devmap": 14, "sockmap": 15, "cpumap": 16, "xskmap": 17,
    "sockhash": 18, "cgroup_storage": 19, "reuseport_sockarray": 20, "percpu_cgroup_storage": 21, "queue": 22, "stack": 23, "sk_storage": 24, "devmap_hash": 25, "ringbuf": 27, "bloom_filter": 30,
}
PERCPU = {"percpu_hash", "percpu_array", "lru_percpu_hash"}
RUN_CPU = 0  # the CPU the program runs on, and whose per-CPU values we report

BPF_F_STRICT_ALIGNMENT = 1 << 0
BPF_F_SLEEPABLE = 1 << 4
BPF_F_TEST_RUN_ON_CPU = 1 << 0
BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_VALUE = 1, 2
LOG_SIZE = 16 << 20
ATTR_SIZE = 160  # larger than any union bpf_attr member we fill; the tail stays zero

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
libc.syscall.argtypes = [ctypes.c_long, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint]


class BpfError(OSError):
    pass


def bpf(cmd, attr):
    """bpf(cmd, &attr, sizeof attr) on a ctypes buffer; returns the result or raises BpfError."""
    nr = SYS_BPF.get(platform.machine())
    if nr is None:
        raise BpfError(errno.ENOSYS, f"no bpf() syscall number known for {platform.machine()}")
    ret = libc.syscall(nr, cmd, ctypes.addressof(attr), ctypes.sizeof(attr))
    if ret < 0:
        e = ctypes.get_errno()
        raise BpfError(e, os.strerror(e))
    return ret


def attr_buf():
    return ctypes.create_string_buffer(ATTR_SIZE)


def put(attr, fmt, offset, *values):
    struct.pack_into("<" + fmt, attr, offset, *values)


def addr(buf):
    return ctypes.addressof(buf) if buf is not None else 0


# --- maps -----------------------------------------------------------------------------------------

def possible_cpus():
    """Number of possible CPUs, from '0-3' or '0,2-5' in /sys/devices/system/cpu/possible."""
    with open("/sys/devices/system/cpu/possible") as f:
        text = f.read().strip()
    top = 0
    for part in text.split(","):
        top = max(top, int(part.split("-")[-1]))
    return top + 1


class Map:
    def __init__(self, spec):
        self.name = spec["name"]
        self.type = spec["type"]
        if self.type not in MAP_TYPES:
            raise ValueError(f"unknown map type '{self.type}'")
        self.key_size = int(spec.get("key_size", 0))
        self.value_size = int(spec.get("value_size", 0))
        self.max_entries = int(spec["max_entries"])
        self.flags = int(spec.get("flags", 0))
        self.freeze_after_init = bool(spec.get("freeze", False))
        # maps of maps: the inner map's shape is given by a map of that shape (inner_map_fd).
        # Slots named by the request are filled later, as libbpf fills `.values`; without them
        # an array of maps gets a fresh inner map in every slot, as bpfplay's VM fills it.
        self.slots = spec.get("slots", [])
        self.inner_spec = spec.get("inner")
        self.inner = []
        template = Map({"name": self.name + ".inner", **self.inner_spec}) if self.inner_spec else None
        a = attr_buf()
        put(a, "IIIIII", 0, MAP_TYPES[self.type], self.key_size, self.value_size, self.max_entries, self.flags, template.fd if template else 0)
        a[28:28 + 15] = re.sub(r"[^A-Za-z0-9_.]", "_", self.name)[:15].encode().ljust(15, b"\0")
        self.fd = bpf(MAP_CREATE, a)
        if template and self.type == "array_of_maps" and not self.slots:
            for k in range(self.max_entries):
                m = Map({**self.inner_spec, "name": f"{self.name}_{k}"})
                self.inner.append((struct.pack("<I", k), m))
                self.update(struct.pack("<I", k), struct.pack("<I", m.fd))

    @property
    def percpu(self):
        return self.type in PERCPU

    def stored_value_size(self):
        """What a lookup copies out: per-CPU maps give one 8-byte-aligned slot per possible CPU."""
        if self.percpu:
            return ((self.value_size + 7) // 8 * 8) * possible_cpus()
        return self.value_size

    def freeze(self):
        """BPF_MAP_FREEZE: user space may no longer write; a read-only-for-programs map (`.rodata`)
        then counts as constant for the verifier, as libbpf leaves it."""
        a = attr_buf()
        put(a, "I", 0, self.fd)
        bpf(MAP_FREEZE, a)

    def _elem(self, cmd, key, value, flags=0):
        a = attr_buf()
        put(a, "I", 0, self.fd)
        put(a, "QQQ", 8, addr(key), addr(value), flags)
        return bpf(cmd, a)

    def update(self, key: bytes, value: bytes):
        if self.percpu:  # the same value on every CPU
            slot = (self.value_size + 7) // 8 * 8
            value = value.ljust(slot, b"\0") * possible_cpus()
        k = ctypes.create_string_buffer(key, max(len(key), 1)) if self.key_size else None
        v = ctypes.create_string_buffer(value, max(len(value), 1))
        self._elem(MAP_UPDATE_ELEM, k, v)

    def next_key(self, key):
        out = ctypes.create_string_buffer(self.key_size)
        k = ctypes.create_string_buffer(key, self.key_size) if key is not None else None
        try:
            self._elem(MAP_GET_NEXT_KEY, k, out)
        except BpfError as e:
            if e.errno == errno.ENOENT:
                return None
            raise
        return out.raw

    def lookup(self, key):
        v = ctypes.create_string_buffer(self.stored_value_size())
        k = ctypes.create_string_buffer(key, self.key_size)
        try:
            self._elem(MAP_LOOKUP_ELEM, k, v)
        except BpfError as e:
            if e.errno == errno.ENOENT:
                return None
            raise
        return v.raw

    def pop(self):
        v = ctypes.create_string_buffer(max(self.value_size, 1))
        try:
            self._elem(MAP_LOOKUP_AND_DELETE_ELEM, None, v)
        except BpfError as e:
            if e.errno == errno.ENOENT:
                return None
            raise
        return v.raw[: self.value_size]

    def dump(self):
        """Every entry, in a deterministic order; see the reply's "maps" in reference.ts."""
        if self.type in ("perf_event_array", "prog_array"):
            return []
        if self.type in ("array_of_maps", "hash_of_maps"):
            # an inner map's entries, under its slot's key (map ids differ from run to run)
            return [{"key": k.hex(), "value": "", "inner": m.dump()} for k, m in self.inner]
        if self.type in ("queue", "stack"):
            out = []
            while (v := self.pop()) is not None:
                out.append({"key": "", "value": v.hex()})
            return out
        if self.type == "ringbuf":
            return read_ringbuf(self)
        keys, key = [], None
        while (key := self.next_key(key)) is not None:
            keys.append(key)
            if len(keys) > 1_000_000:
                raise RuntimeError(f"map {self.name}: get_next_key does not end")
        out = []
        for k in sorted(keys, key=lambda b: b.hex()):
            v = self.lookup(k)
            if v is None:
                continue
            if self.percpu:  # only the CPU we run on, normally 0
                slot = (self.value_size + 7) // 8 * 8
                v = v[RUN_CPU * slot: RUN_CPU * slot + self.value_size]
            out.append({"key": k.hex(), "value": v.hex()})
        return out


def read_ringbuf(m):
    """Records between consumer and producer position. The map's fd maps as: page 0 the consumer
    position (rw), page 1 the producer position, then the data area twice over (ro), so a record
    that wraps reads straight through. Each record: u32 len (bit 31 busy, bit 30 discarded), u32
    page offset, then the data, padded to 8 bytes."""
    page = mmap.PAGESIZE
    cons_map = mmap.mmap(m.fd, page, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE, offset=0)
    prod_map = mmap.mmap(m.fd, page + 2 * m.max_entries, mmap.MAP_SHARED, mmap.PROT_READ, offset=page)
    try:
        cons = struct.unpack_from("<Q", cons_map, 0)[0]
        prod = struct.unpack_from("<Q", prod_map, 0)[0]
        mask = m.max_entries - 1
        out = []
        while cons < prod:
            at = page + (cons & mask)
            length, _pgoff = struct.unpack_from("<II", prod_map, at)
            if length & (1 << 31):  # still reserved, never submitted
                out.append({"data": "", "discarded": False, "busy": True})
                break
            size = length & ~(3 << 30)
            data = prod_map[at + 8: at + 8 + size]
            out.append({"data": bytes(data).hex(), "discarded": bool(length & (1 << 30))})
            cons += (8 + size + 7) // 8 * 8
        struct.pack_into("<Q", cons_map, 0, cons)
        return out
    finally:
        cons_map.close()
        prod_map.close()


# --- programs ---------------------------------------------------------------------------------

def patch_maps(insns: bytearray, maps):
    """ld_imm64 with src 1 or 2 names a map by its index in the request; put in its fd."""
    pc = 0
    while pc + 8 <= len(insns):
        code, regs = insns[pc], insns[pc + 1]
        if code == 0x18:
            src = regs >> 4
            if src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_VALUE):
                idx = struct.unpack_from("<i", insns, pc + 4)[0]
                if not 0 <= idx < len(maps):
                    raise ValueError(f"insn {pc // 8}: map index {idx} but {len(maps)} maps declared")
                struct.pack_into("<i", insns, pc + 4, maps[idx].fd)
            pc += 16
        else:
            pc += 8
    return insns


def subprogram_starts(insns: bytes):
    """Where each function starts: 0, every bpf-to-bpf call's target (call src 1) and every
    function address loaded for a callback (ld_imm64 src 4)."""
    starts, pc, n = {0}, 0, len(insns) // 8
    while pc < n:
        code, regs = insns[8 * pc], insns[8 * pc + 1]
        imm = struct.unpack_from("<i", insns, 8 * pc + 4)[0]
        if code == 0x85 and regs >> 4 == 1 or code == 0x18 and regs >> 4 == 4:
            starts.add(pc + imm + 1)
        pc += 2 if code == 0x18 else 1
    return sorted(starts)


def btf_func_info(insns: bytes):
    """Callbacks (bpf_loop's) need BTF: the verifier wants a FUNC for every function. A minimal
    BTF: int and long, one prototype int f(long, long), and a static FUNC per function start.
    Returns (btf fd, func_info buffer, count)."""
    strings = b"\0int\0long\0a\0b\0"
    name = {"int": 1, "long": 5, "a": 10, "b": 12}
    types = b""
    types += struct.pack("<IIII", name["int"], 1 << 24, 4, (1 << 24) | 32)  # [1] INT int, signed, 32 bits
    types += struct.pack("<IIII", name["long"], 1 << 24, 8, (1 << 24) | 64)  # [2] INT long
    types += struct.pack("<III", 0, (13 << 24) | 2, 1) + struct.pack("<IIII", name["a"], 2, name["b"], 2)  # [3] FUNC_PROTO int (long a, long b)
    starts = subprogram_starts(insns)
    for k, _ in enumerate(starts):  # [4 + k] FUNC fK, static
        off = len(strings)
        strings += f"f{k}".encode() + b"\0"
        types += struct.pack("<III", off, 12 << 24, 3)
    blob = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(types), len(types), len(strings)) + types + strings
    buf = ctypes.create_string_buffer(blob, len(blob))
    log = ctypes.create_string_buffer(1 << 16)
    a = attr_buf()
    put(a, "QQIII", 0, addr(buf), addr(log), len(blob), 1 << 16, 1)
    try:
        fd = bpf(BTF_LOAD, a)
    except BpfError as e:
        raise ValueError(f"BTF_LOAD: {os.strerror(e.errno)}: {log.value.decode(errors='replace')}") from None
    info = b"".join(struct.pack("<II", pc, 4 + k) for k, pc in enumerate(starts))
    return fd, ctypes.create_string_buffer(info, len(info)), len(starts)


def prog_type_id(name):
    name = PROG_ALIASES.get(name, name)
    if name not in PROG_TYPES:
        raise ValueError(f"unknown program type '{name}'")
    return PROG_TYPES[name], name


def load(prog_type, insns_hex, maps, log_level=1, strict_align=False, name="bpfplay", func_info=False, attach=0):
    """BPF_PROG_LOAD; returns (fd or None, errno, verifier log). func_info: give the program
    BTF with a FUNC for each function (callbacks need it). attach: the expected attach type
    (enum bpf_attach_type), which some program types must have and whose rules the verifier applies."""
    type_id, _ = prog_type_id(prog_type)
    insns = patch_maps(bytearray.fromhex(insns_hex), maps)
    if len(insns) % 8:
        raise ValueError("insns_hex is not a whole number of 8-byte slots")
    btf = btf_func_info(bytes(insns)) if func_info else None
    code = ctypes.create_string_buffer(bytes(insns), max(len(insns), 1))
    license_ = ctypes.create_string_buffer(b"GPL")
    size = LOG_SIZE
    while True:
        log = ctypes.create_string_buffer(size) if log_level else None
        a = attr_buf()
        put(a, "II", 0, type_id, len(insns) // 8)
        put(a, "QQ", 8, addr(code), addr(license_))
        put(a, "II", 24, log_level, size if log_level else 0)
        put(a, "Q", 32, addr(log))
        # the kernel loads syscall programs only as sleepable ones
        put(a, "I", 44, (BPF_F_STRICT_ALIGNMENT if strict_align else 0) | (BPF_F_SLEEPABLE if prog_type_id(prog_type)[1] == "syscall" else 0))
        a[48:48 + 15] = name.encode()[:15].ljust(15, b"\0")
        put(a, "I", 68, attach)  # expected_attach_type
        if btf:
            put(a, "IIQI", 72, btf[0], 8, addr(btf[1]), btf[2])  # prog_btf_fd, func_info_rec_size, func_info, func_info_cnt
        try:
            fd = bpf(PROG_LOAD, a)
            return fd, 0, log.value.decode(errors="replace") if log else ""
        except BpfError as e:
            text = log.value.decode(errors="replace") if log else ""
            if e.errno == errno.ENOSPC and log_level and size < (1 << 30):
                size *= 4  # the log did not fit: try again with room
                continue
            return None, e.errno, text


def test_run(fd, prog_type, packet, ctx, repeat):
    """BPF_PROG_TEST_RUN; returns (retval, data_out, ctx_out or None, duration_ns)."""
    _, name = prog_type_id(prog_type)
    data_in = ctypes.create_string_buffer(packet, max(len(packet), 1)) if packet else None
    data_out = ctypes.create_string_buffer(len(packet) + 4096) if packet else None
    ctx_in = ctypes.create_string_buffer(ctx, max(len(ctx), 1)) if ctx else None
    ctx_out = ctypes.create_string_buffer(len(ctx) + 4096) if ctx else None
    a = attr_buf()
    put(a, "I", 0, fd)
    if packet:
        put(a, "II", 8, len(packet), len(packet) + 4096)
        put(a, "QQ", 16, addr(data_in), addr(data_out))
    once = name in ("raw_tracepoint", "syscall")
    if not once:
        put(a, "I", 32, repeat)  # a raw tracepoint or syscall program refuses repeat: run() calls it again instead
    if ctx:
        # a raw tracepoint's ctx goes in but never comes out, and a syscall program's comes back in
        # ctx_in itself: ctx_size_out must stay 0
        out_size = 0 if once else len(ctx) + 4096
        put(a, "II", 40, len(ctx), out_size)
        put(a, "QQ", 48, addr(ctx_in), addr(ctx_out) if out_size else 0)
    if name == "raw_tracepoint":
        put(a, "II", 64, BPF_F_TEST_RUN_ON_CPU, RUN_CPU)  # on our CPU, like every other type
    try:
        bpf(PROG_TEST_RUN, a)
    except BpfError as e:
        why = "not supported for this program type" if e.errno == 524 else os.strerror(e.errno)
        raise RuntimeError(f"BPF_PROG_TEST_RUN: {why} (errno {e.errno})") from None
    retval, size_out = struct.unpack_from("<II", a, 4)[0], struct.unpack_from("<I", a, 12)[0]
    duration = struct.unpack_from("<I", a, 36)[0]
    ctx_size_out = struct.unpack_from("<I", a, 44)[0]
    out = data_out.raw[:size_out] if packet else b""
    cout = ctx_out.raw[:ctx_size_out] if ctx and not once else None
    if ctx and name == "syscall":
        cout = ctx_in.raw[:len(ctx)]  # the program's writes to its context, copied back
    return retval, out, cout, duration


# --- tracing ------------------------------------------------------------------------------------

def tracing_dir():
    """tracefs, mounted on /sys/kernel/tracing if nothing is mounted yet."""
    for d in ("/sys/kernel/tracing", "/sys/kernel/debug/tracing"):
        if os.path.exists(os.path.join(d, "trace")):
            return d
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_void_p]
    if libc.mount(b"nodev", b"/sys/kernel/tracing", b"tracefs", 0, None) == 0:
        return "/sys/kernel/tracing"
    return None


class trace_lock:
    """The tracing buffer is one for the whole machine: two harnesses running at once would clear
    or read each other's lines. An exclusive lock on a well-known file makes clear, run and read
    one step for every bpf_ref.py process."""

    def __enter__(self):
        self.f = open(os.path.join("/tmp", "bpfplay-bpf_ref-trace.lock"), "a")
        fcntl.flock(self.f, fcntl.LOCK_EX)

    def __exit__(self, *exc):
        fcntl.flock(self.f, fcntl.LOCK_UN)
        self.f.close()


def trace_clear(d):
    with open(os.path.join(d, "tracing_on"), "w") as f:
        f.write("1")
    with open(os.path.join(d, "trace"), "w"):
        pass  # opening 'trace' for writing with O_TRUNC empties every CPU's buffer


# "   python3-1234    [000] b..11  1094.079179: bpf_trace_printk: hi 42"
#     task-pid          cpu  flags  timestamp     event             message
TRACE_EVENT = re.compile(r"^.*-\d+ +\[\d+\] \S+ +\d+\.\d+: ([\w:]+): ")


def trace_read(d):
    """(messages, raw lines). A message is the text bpf_trace_printk formatted, without its trailing
    newlines: what follows 'bpf_trace_printk: ', and the lines without the event prefix after it
    (a format with '\\n' in the middle)."""
    with open(os.path.join(d, "trace"), errors="replace") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    msgs, in_printk = [], False
    for l in lines:
        m = TRACE_EVENT.match(l)
        if m:
            in_printk = m.group(1) == "bpf_trace_printk"
            if in_printk:
                msgs.append(l[m.end():])
        elif in_printk:
            msgs[-1] += "\n" + l
    return [m.rstrip("\n") for m in msgs], [l for l in lines if l.strip()]


# --- the request --------------------------------------------------------------------------------

def pin_cpu():
    """Run on CPU 0 if allowed (test_run runs on the calling CPU), else on the first CPU we may use."""
    try:
        os.sched_setaffinity(0, {0})
        return 0
    except OSError:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu


def handle(req):
    global RUN_CPU
    RUN_CPU = pin_cpu()
    maps = [Map(m) for m in req.get("maps", [])]
    by_name = {m.name: m for m in maps}
    for m in maps:  # maps of maps: the slots the definition fills, as libbpf fills them at load
        for s in m.slots:
            if s["map"] not in by_name:
                raise ValueError(f"slots: no map named '{s['map']}'")
            m.update(struct.pack("<I", s["index"]).ljust(m.key_size, b"\0"), struct.pack("<I", by_name[s["map"]].fd))
    log_level = int(req.get("log_level", 1))
    strict = bool(req.get("strict_align", False))
    main_type = req.get("prog_type", "socket_filter")
    attach = int(req.get("expected_attach_type", 0))

    # Data first, then maps asked to be frozen, then other programs for prog_array slots, then
    # the program itself.
    self_slots, prog_slots = [], []
    for e in req.get("init", []):
        m = by_name.get(e["map"])
        if m is None:
            raise ValueError(f"init: no map named '{e['map']}'")
        if e.get("prog") == "self":
            self_slots.append((m, e))
        elif "prog_insns_hex" in e:
            prog_slots.append((m, e))
        else:
            m.update(bytes.fromhex(e.get("key", "")), bytes.fromhex(e["value"]))
    for m in maps:
        if m.freeze_after_init:
            m.freeze()
    for m, e in prog_slots:
        fd, err, log = load(e.get("prog_type", main_type), e["prog_insns_hex"], maps, 1, strict, "tail", attach=attach)
        if fd is None:
            raise ValueError(f"init: the program for {e['map']}[{e['key']}] is rejected ({os.strerror(err)}):\n{log}")
        m.update(bytes.fromhex(e["key"]), struct.pack("<I", fd))

    t0, c0 = time.perf_counter_ns(), time.thread_time_ns()
    fd, err, log = load(main_type, req["insns_hex"], maps, log_level, strict, func_info=bool(req.get("func_info", False)), attach=attach)
    load_ns = time.perf_counter_ns() - t0  # BPF_PROG_LOAD, verifier included (the benchmark reads it)
    load_cpu_ns = time.thread_time_ns() - c0  # the same as CPU time (the kernel's work in the syscall), for a loaded machine
    if err in (errno.EPERM, errno.ENOSYS):  # not the verifier's verdict: we may not load programs at all
        raise BpfError(err, os.strerror(err))
    processed = re.findall(r"processed (\d+) insns", log)
    reply = {
        "available": True,
        "accepted": fd is not None,
        "errno": err,
        "verifier_log": log,
        "insns_processed": int(processed[-1]) if processed else None,
        "load_ns": load_ns,
        "load_cpu_ns": load_cpu_ns,
    }
    if fd is None or req.get("load_only"):
        return reply
    for m, e in self_slots:
        m.update(bytes.fromhex(e["key"]), struct.pack("<I", fd))

    packet = bytes.fromhex(req.get("packet_hex", "") or "")
    ctx = bytes.fromhex(req.get("ctx_hex", "") or "")
    tdir = tracing_dir()
    repeat = max(int(req.get("repeat", 1)), 1)
    runs = repeat if prog_type_id(main_type)[1] in ("raw_tracepoint", "syscall") else 1
    with trace_lock():
        if tdir:
            trace_clear(tdir)
        for _ in range(runs):
            retval, out, ctx_out, duration = test_run(fd, main_type, packet, ctx, repeat)
            if prog_type_id(main_type)[1] == "syscall":
                ctx = ctx_out  # the same ctx_in buffer again, as the kernel left it
        msgs, raw = trace_read(tdir) if tdir else ([], [])
    result = {
        "r0": retval,
        "packet_out_hex": out.hex(),
        "maps": {m.name: m.dump() for m in maps},
        "duration_ns": duration,
        "cpu": RUN_CPU,
        "trace_pipe": msgs,
        "trace_raw": raw,
    }
    if ctx_out is not None:
        result["ctx_out_hex"] = ctx_out.hex()
    if not tdir:
        result["trace_note"] = "no tracefs: trace_pipe is empty whatever the program printed"
    reply["result"] = result
    return reply


def on_alarm(_sig, _frame):
    raise TimeoutError("no answer from the kernel in 60 s")


def answer(req):
    """One request's reply; every failure becomes a reply."""
    signal.alarm(60)  # never hang, whatever happens
    before = set(os.listdir("/proc/self/fd"))
    try:
        return handle(req)
    except BpfError as e:
        if e.errno in (errno.EPERM, errno.ENOSYS, errno.EACCES):
            return {"available": False, "reason": f"bpf(): {os.strerror(e.errno)}"}
        return {"available": True, "error": f"bpf(): {os.strerror(e.errno)} ({errno.errorcode.get(e.errno, e.errno)})"}
    except Exception as e:  # noqa: BLE001 - every failure becomes a reply
        return {"available": True, "error": f"{type(e).__name__}: {e}"}
    finally:
        signal.alarm(0)
        for fd in set(os.listdir("/proc/self/fd")) - before:  # the maps and programs of this request
            try:
                os.close(int(fd))
            except OSError:
                pass


def main():
    signal.signal(signal.SIGALRM, on_alarm)
    try:
        req = json.load(sys.stdin)
    except Exception as e:  # noqa: BLE001
        req = None
        reply = {"available": True, "error": f"{type(e).__name__}: {e}"}
    if isinstance(req, list):  # a batch: one reply per request, in order, in one process
        reply = [answer(r) for r in req]
    elif req is not None:
        reply = answer(req)
    json.dump(reply, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
