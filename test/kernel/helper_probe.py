#!/usr/bin/env python3
"""Which helpers the kernel lets each program type call, measured with bpf() itself.

For every helper id 1..N (N: the last id of the running kernel, found by probing past it) and
every program type bpfplay knows, load `r1..r5 = 0; call N; r0 = 0; exit` and read the verifier's
first complaint. The kernel decides availability before it looks at a single argument
(check_helper_call asks the program type's get_func_proto first), so:

  "program of this type cannot use helper"  the type's func_proto table has no entry: refused
  "invalid func" / "unknown func"           no such helper in this kernel
  "helper call is not allowed in probe"     the proto's allowed() callback refuses this program
  "helper call might sleep"                 a sleepable-only helper in a non-sleepable program
  "func ... not supported for program type"  get_func_ip where no attach point gives it (seen with r1 = ctx)
  anything else (an argument error, or the program loads)  the helper is available

Each helper is called twice per type: with r1..r5 = 0, and with r1 left as the context.

Each type is probed under every attach type its bpfplay section names stand for (cgroup_sock_addr
as connect4 and bind4, ...); bpfplay does not know the attach type, so a helper counts as
available to the type only where every one of them allows it (a helper some allow is listed under
"partial"). Available helpers are probed again with a non-GPL license: "cannot call
GPL-restricted function" makes them gpl_only.

    sudo python3 test/kernel/helper_probe.py > test/kernel/helper_availability.json

Prints one JSON document; {"available": false, "reason": ...} when bpf() cannot load programs.
"""

import ctypes
import errno
import json
import os
import platform
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bpf_ref import PROG_LOAD, BpfError, addr, attr_buf, bpf, put  # noqa: E402

BPF_F_SLEEPABLE = 1 << 4

# enum bpf_attach_type values (include/uapi/linux/bpf.h)
ATTACH = {
    "none": 0, "cgroup_inet_ingress": 0, "cgroup_inet_egress": 1, "cgroup_inet_sock_create": 2,
    "cgroup_sock_ops": 3, "cgroup_device": 6, "sk_msg_verdict": 7, "cgroup_inet4_bind": 8,
    "cgroup_inet6_bind": 9, "cgroup_inet4_connect": 10, "cgroup_inet6_connect": 11,
    "cgroup_inet4_post_bind": 12, "cgroup_inet6_post_bind": 13, "cgroup_udp4_sendmsg": 14,
    "cgroup_udp6_sendmsg": 15, "flow_dissector": 17, "cgroup_sysctl": 18, "cgroup_udp4_recvmsg": 19,
    "cgroup_udp6_recvmsg": 20, "cgroup_getsockopt": 21, "cgroup_setsockopt": 22,
    "cgroup_inet4_getpeername": 29, "cgroup_inet6_getpeername": 30, "cgroup_inet4_getsockname": 31,
    "cgroup_inet6_getsockname": 32, "xdp_devmap": 33, "cgroup_inet_sock_release": 34, "xdp_cpumap": 35,
    "sk_lookup": 36, "xdp": 37, "sk_reuseport_select": 39, "sk_reuseport_select_or_migrate": 40,
    "tcx_ingress": 46, "tcx_egress": 47, "cgroup_unix_connect": 49, "cgroup_unix_sendmsg": 50,
    "cgroup_unix_recvmsg": 51, "cgroup_unix_getpeername": 52, "cgroup_unix_getsockname": 53,
}

# bpfplay's program types (src/core/isa/progtypes.ts PROG_TYPES) with their kernel ids and the
# attach types their section names load with (libbpf's section table)
TYPES = [
    ("socket_filter", 1, ["none"]),
    ("kprobe", 2, ["none"]),
    ("sched_cls", 3, ["none", "tcx_ingress", "tcx_egress"]),
    ("sched_act", 4, ["none"]),
    ("tracepoint", 5, ["none"]),
    ("xdp", 6, ["xdp"]),
    ("perf_event", 7, ["none"]),
    ("cgroup_skb", 8, ["cgroup_inet_ingress", "cgroup_inet_egress"]),
    ("lwt_in", 10, ["none"]),
    ("lwt_out", 11, ["none"]),
    ("lwt_xmit", 12, ["none"]),
    ("raw_tracepoint", 17, ["none"]),
    ("cgroup_sock", 9, ["cgroup_inet_sock_create"]),
    ("sock_ops", 13, ["cgroup_sock_ops"]),
    ("sk_skb", 14, ["none"]),
    ("cgroup_device", 15, ["cgroup_device"]),
    ("sk_msg", 16, ["sk_msg_verdict"]),
    ("cgroup_sock_addr", 18, ["cgroup_inet4_connect", "cgroup_inet4_bind"]),
    ("flow_dissector", 22, ["flow_dissector"]),
    ("cgroup_sysctl", 23, ["cgroup_sysctl"]),
    ("cgroup_sockopt", 25, ["cgroup_getsockopt", "cgroup_setsockopt"]),
    ("sk_reuseport", 21, ["sk_reuseport_select", "sk_reuseport_select_or_migrate"]),
    ("raw_tracepoint_writable", 24, ["none"]),
    ("sk_lookup", 30, ["sk_lookup"]),
    ("syscall", 31, ["none"]),  # loaded sleepable, as the kernel requires
]

# Every expected attach type bpfplay's records name (AttachType in progtypes.ts), per program type:
# each is probed on its own, and what it adds to or takes from the type's row is recorded under
# "by_attach" (bind only for connect4/6, no get_retval for recvmsg hooks, ...)
BY_ATTACH = {
    "xdp": ["xdp", "xdp_devmap", "xdp_cpumap"],
    "cgroup_skb": ["cgroup_inet_ingress", "cgroup_inet_egress"],
    "cgroup_sock": ["cgroup_inet_sock_create", "cgroup_inet_sock_release", "cgroup_inet4_post_bind", "cgroup_inet6_post_bind"],
    "cgroup_sock_addr": [
        "cgroup_inet4_connect", "cgroup_inet6_connect", "cgroup_unix_connect", "cgroup_inet4_bind", "cgroup_inet6_bind",
        "cgroup_udp4_sendmsg", "cgroup_udp6_sendmsg", "cgroup_unix_sendmsg", "cgroup_udp4_recvmsg", "cgroup_udp6_recvmsg",
        "cgroup_unix_recvmsg", "cgroup_inet4_getpeername", "cgroup_inet6_getpeername", "cgroup_unix_getpeername",
        "cgroup_inet4_getsockname", "cgroup_inet6_getsockname", "cgroup_unix_getsockname",
    ],
    "cgroup_sockopt": ["cgroup_getsockopt", "cgroup_setsockopt"],
    "sk_reuseport": ["sk_reuseport_select", "sk_reuseport_select_or_migrate"],
    "sk_lookup": ["sk_lookup"],
}

# the verifier's words, in the order check_helper_call says them
REFUSALS = [
    ("program of this type cannot use helper", "refused"),
    ("invalid func", "unknown"),
    ("unknown func", "unknown"),
    ("helper call is not allowed in probe", "not_allowed"),
    ("might sleep in a non-sleepable prog", "might_sleep"),
    ("not supported for program type", "not_supported"),  # check_get_func_ip, past the first argument
]
GPL_REFUSAL = "cannot call GPL-restricted function"


def insn(code, dst=0, src=0, off=0, imm=0):
    return bytes([code, (src << 4) | dst]) + off.to_bytes(2, "little", signed=True) + (imm & 0xFFFFFFFF).to_bytes(4, "little")


def program(helper_id, keep_ctx):
    """r1..r5 = 0 (or r1 left as the context); call helper_id; r0 = 0; exit."""
    body = b"".join(insn(0xB7, dst=r) for r in range(2 if keep_ctx else 1, 6))
    return body + insn(0x85, imm=helper_id) + insn(0xB7, dst=0) + insn(0x95)


def load(type_id, attach, helper_id, license_, sleepable, keep_ctx=False, log_level=1):
    """BPF_PROG_LOAD with a 64 KiB log; returns (loaded, log)."""
    code = program(helper_id, keep_ctx)
    insns = ctypes.create_string_buffer(code, len(code))
    lic = ctypes.create_string_buffer(license_.encode())
    log = ctypes.create_string_buffer(1 << 16)
    a = attr_buf()
    put(a, "II", 0, type_id, len(code) // 8)
    put(a, "QQ", 8, addr(insns), addr(lic))
    put(a, "II", 24, log_level, len(log))
    put(a, "Q", 32, addr(log))
    put(a, "I", 44, BPF_F_SLEEPABLE if sleepable else 0)
    a[48:48 + 7] = b"hprobe\0"
    put(a, "I", 68, ATTACH[attach])
    try:
        fd = bpf(PROG_LOAD, a)
        os.close(fd)
        return True, log.value.decode(errors="replace")
    except BpfError as e:
        if e.errno in (errno.EPERM, errno.ENOSYS) or not log.value:
            raise  # not the verifier's answer: bpf() itself is refused
        return False, log.value.decode(errors="replace")


def verdict(loaded, log):
    if loaded:
        return "available"
    for words, what in REFUSALS:
        if words in log:
            return what
    return "available"  # refused for its arguments: the helper itself was allowed


def outcome(tid, att, hid, sleepable):
    """The verdict on the helper for one attach type: two calls, all arguments zero, and r1 the
    context, so that a refusal checked after the first argument (get_func_ip's) is seen too."""
    loaded, log = load(tid, att, hid, "GPL", sleepable)
    v = verdict(loaded, log)
    if v == "available":
        v = verdict(*load(tid, att, hid, "GPL", sleepable, keep_ctx=True))
    return v


def main():
    try:
        load(6, "xdp", 0x7FFFFFFF, "GPL", False)
    except BpfError as e:
        json.dump({"available": False, "reason": f"bpf(): {os.strerror(e.errno)}"}, sys.stdout)
        sys.stdout.write("\n")
        return
    helpers = {}
    last = 0
    k = 1
    while k < 4096:
        ok, log = load(6, "xdp", k, "GPL", False)
        if not ok and ("invalid func" in log or "unknown func" in log):
            break
        last = k
        k += 1
    by_attach = {t: {a: {} for a in atts} for t, atts in BY_ATTACH.items()}
    for hid in range(1, last + 1):
        per_type, partial, other, gpl = [], {}, {}, []
        # the kernel's own name: log level 2 prints every instruction, "5: (85) call bpf_foo#N"
        _, log = load(6, "xdp", hid, "GPL", False, log_level=2)
        m = re.search(r"call bpf_(\w+)#%d\b" % hid, log)
        name = m.group(1) if m else None
        for tname, tid, attaches in TYPES:
            sleepable = tname == "syscall"
            outcomes = {}
            for att in attaches:
                outcomes[att] = outcome(tid, att, hid, sleepable)
            good = [a for a, v in outcomes.items() if v == "available"]
            if len(good) == len(attaches):
                per_type.append(tname)
                loaded, log = load(tid, attaches[0], hid, "Proprietary", sleepable)
                if not loaded and GPL_REFUSAL in log:
                    gpl.append(tname)
            elif good:
                partial[tname] = good
            bad = {v for v in outcomes.values() if v not in ("available", "refused")}
            if bad:
                other[tname] = sorted(bad)
        for tname, attaches in BY_ATTACH.items():
            tid = next(i for n, i, _ in TYPES if n == tname)
            for att in attaches:
                here = outcome(tid, att, hid, False) == "available"
                if here != (tname in per_type):
                    change = by_attach[tname][att].setdefault("adds" if here else "refuses", [])
                    change.append(name or f"helper_{hid}")
        name = name or f"helper_{hid}"
        entry = {"id": hid, "types": per_type}
        if gpl:
            entry["gpl_only"] = gpl
        if partial:
            entry["partial"] = partial
        if other:
            entry["other"] = other
        helpers[name] = entry
    out = {
        "kernel": platform.release().split("-")[0],
        "last_helper_id": last,
        "types": {t: a for t, _, a in TYPES},
    }
    # one line per helper (and per attach type), so that a change in the kernel's answer is a one-line diff
    lines = [f" {json.dumps(k)}: {json.dumps(v)}" for k, v in out.items()]
    attach_rows = [f"  {json.dumps(f'{t}/{a}')}: {json.dumps(c)}" for t, atts in by_attach.items() for a, c in atts.items()]
    rows = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in helpers.items()]
    sys.stdout.write(
        "{\n" + ",\n".join(lines) + ',\n "by_attach": {\n' + ",\n".join(attach_rows) + '\n },\n "helpers": {\n' + ",\n".join(rows) + "\n }\n}\n"
    )

if __name__ == "__main__":
    main()
