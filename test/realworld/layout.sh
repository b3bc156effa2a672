#!/bin/sh
# Lays out real eBPF C programs for measure.ts under OUT (default /tmp/rw), one folder per source,
# each program's own headers beside it as its project has them, and one NAME.prog.json manifest per
# program. Nothing here is committed but this script: the programs stay in /tmp.
#
#   test/realworld/layout.sh [OUT [SOURCE...]]     (SOURCE: bootstrap cilium xdp-tutorial learning-ebpf kernel; default all)
#
# Needs git directories brought by the search tool's `fetch` (paths below, override with env) and
# Debian's linux-source-6.12 tarball.
set -eu
OUT=${1:-/tmp/rw}
[ $# -gt 0 ] && shift
WANT="$*"
want() { [ -z "$WANT" ] || echo " $WANT " | grep -q " $1 "; }
MIRROR=${MIRROR:-/work/.mirror}
BOOTSTRAP=${BOOTSTRAP:-$MIRROR/libbpf+libbpf-bootstrap/repo}
LIBBPF=${LIBBPF:-$MIRROR/libbpf+libbpf/repo}
VMLINUX_REPO=${VMLINUX_REPO:-$MIRROR/libbpf+vmlinux.h/repo}
CILIUM=${CILIUM:-$MIRROR/cilium+ebpf/repo}
XDPTUT=${XDPTUT:-$MIRROR/xdp-project+xdp-tutorial/repo}
LEARNING=${LEARNING:-$MIRROR/lizrice+learning-ebpf/repo}
KTAR=${KTAR:-/usr/src/linux-source-6.12.tar.xz}
SYS="\"/usr/include/x86_64-linux-gnu\", \"/usr/include\""

# manifest DIR NAME FILE INCLUDES(json list body) DEFINES(json list body) EXPECT
manifest() {
  printf '{ "file": "%s", "include": [%s], "define": [%s], "expect": "%s" }\n' "$3" "$4" "$5" "$6" > "$1/$2.prog.json"
}
# Types bpfplay runs; fentry/fexit/lsm/iter/struct_ops/tp_btf need BTF and are expected to fail.
expect_of() {
  if grep -qE 'SEC\("(fentry|fexit|fmod_ret|lsm|iter|struct_ops|\.struct_ops|tp_btf|freplace|raw_tp\.w|tp\.w|usdt|uprobe\.multi|kprobe\.multi|cgroup_iter|sk_reuseport|netfilter|netkit)' "$1"; then echo unsupported; else echo supported; fi
}
libbpf_headers() { # DEST: libbpf's public BPF-side headers as bpf/*.h
  mkdir -p "$1/bpf"
  for h in bpf_helpers.h bpf_helper_defs.h bpf_tracing.h bpf_core_read.h bpf_endian.h usdt.bpf.h; do
    git --git-dir="$LIBBPF" show "HEAD:src/$h" > "$1/bpf/$h"
  done
}

# libbpf-bootstrap: examples/c/*.bpf.c; vmlinux.h (x86) and libbpf's headers as its Makefile has them
if want bootstrap && [ -d "$BOOTSTRAP" ]; then
  D=$OUT/bootstrap; rm -rf "$D"; mkdir -p "$D/inc"
  git --git-dir="$BOOTSTRAP" archive HEAD examples/c | tar -x -C "$D"
  # include/x86_64/vmlinux.h is a symlink (its blob is the target's name): follow it once
  V=include/x86_64/vmlinux.h
  [ "$(git --git-dir="$VMLINUX_REPO" ls-tree HEAD "$V" | cut -c1-6)" = 120000 ] && V=include/x86_64/$(git --git-dir="$VMLINUX_REPO" show "HEAD:$V")
  git --git-dir="$VMLINUX_REPO" show "HEAD:$V" > "$D/inc/vmlinux.h"
  libbpf_headers "$D/inc"
  git --git-dir="$LIBBPF" archive HEAD include/uapi | tar -x -C "$D/inc"
  for f in "$D"/examples/c/*.bpf.c; do
    n=$(basename "$f" .bpf.c)
    manifest "$D" "$n" "examples/c/$n.bpf.c" "\"inc\", \"inc/include/uapi\", $SYS" "" "$(expect_of "$f")"
  done
fi

# cilium/ebpf: examples/*/*.c with examples/headers (bpf2go passes -I../headers)
if want cilium && [ -d "$CILIUM" ]; then
  D=$OUT/cilium; rm -rf "$D"; mkdir -p "$D"
  git --git-dir="$CILIUM" archive HEAD examples | tar -x -C "$D"
  find "$D/examples" -name '*.go' -delete
  for f in "$D"/examples/*/*.c; do
    rel=${f#"$D/"}; n=$(echo "$rel" | sed 's|examples/||; s|/|_|g; s|\.c$||')
    manifest "$D" "$n" "$rel" "\"examples/headers\", $SYS" "" "$(expect_of "$f")"
  done
fi

# xdp-tutorial: */*_kern.c with common/ beside them and libbpf installed under lib/install/include
if want xdp-tutorial && [ -d "$XDPTUT" ]; then
  D=$OUT/xdp-tutorial; rm -rf "$D"; mkdir -p "$D/lib/install/include"
  git --git-dir="$XDPTUT" archive HEAD | tar -x -C "$D"
  libbpf_headers "$D/lib/install/include"
  for f in "$D"/*/*_kern*.c; do
    rel=${f#"$D/"}
    case "$rel" in *_user*) continue;; esac
    n=$(echo "$rel" | sed 's|/|_|g; s|\.c$||')
    manifest "$D" "$n" "$rel" "\"lib/install/include\", $SYS" "" "$(expect_of "$f")"
  done
fi

# lizrice/learning-ebpf: chapter*/*.bpf.c, vmlinux.h made by bpftool beside each (as its Makefile
# does), libbpf's headers from its libbpf submodule (here libbpf/libbpf) as bpf/*.h
if want learning-ebpf && [ -d "$LEARNING" ]; then
  D=$OUT/learning-ebpf; rm -rf "$D"; mkdir -p "$D/inc"
  git --git-dir="$LEARNING" archive HEAD | tar -x -C "$D"
  libbpf_headers "$D/inc"
  for f in "$D"/chapter*/*.bpf.c; do
    dir=$(dirname "$f")
    [ -f "$dir/vmlinux.h" ] || bpftool btf dump file /sys/kernel/btf/vmlinux format c > "$dir/vmlinux.h"
    rel=${f#"$D/"}; n=$(echo "$rel" | sed 's|/|_|g; s|\.bpf\.c$||')
    manifest "$D" "$n" "$rel" "\"inc\", $SYS" "" "$(expect_of "$f")"
  done
fi

# The kernel's samples/bpf and a subset of selftests progs (test_*.c), vmlinux.h from this machine's BTF
if want kernel && [ -f "$KTAR" ]; then
  K=$OUT/.ksrc; mkdir -p "$K"
  [ -d "$K/linux-source-6.12/tools/lib/bpf" ] || tar -xJf "$KTAR" -C "$K" --wildcards \
    'linux-source-6.12/samples/bpf/*' 'linux-source-6.12/tools/testing/selftests/bpf/progs/*' \
    'linux-source-6.12/tools/testing/selftests/bpf/*.h' 'linux-source-6.12/tools/lib/bpf/*' 'linux-source-6.12/tools/include/*'
  L=$K/linux-source-6.12
  for S in samples selftests; do
    D=$OUT/kernel-$S; rm -rf "$D"; mkdir -p "$D/inc/bpf"
    cp "$L"/tools/lib/bpf/bpf_helpers.h "$L"/tools/lib/bpf/bpf_tracing.h "$L"/tools/lib/bpf/bpf_core_read.h \
       "$L"/tools/lib/bpf/bpf_endian.h "$L"/tools/lib/bpf/usdt.bpf.h "$D/inc/bpf/"
    # bpf_helper_defs.h is generated by the kernel build; libbpf's copy is the same text
    git --git-dir="$LIBBPF" show HEAD:src/bpf_helper_defs.h > "$D/inc/bpf/bpf_helper_defs.h"
    bpftool btf dump file /sys/kernel/btf/vmlinux format c > "$D/inc/vmlinux.h"
    cp -r "$L/tools/include/uapi" "$D/uapi"
  done
  D=$OUT/kernel-samples; mkdir -p "$D/samples"
  cp "$L"/samples/bpf/*.bpf.c "$L"/samples/bpf/*_kern.c "$L"/samples/bpf/*.h "$D/samples/"
  for f in "$D"/samples/*.bpf.c "$D"/samples/*_kern.c; do
    rel=${f#"$D/"}; n=$(basename "$f" .c | sed 's/\.bpf$//')
    manifest "$D" "$n" "$rel" "\"samples\", \"inc\", \"uapi\", $SYS" "\"__KERNEL__\"" "$(expect_of "$f")"
  done
  D=$OUT/kernel-selftests; mkdir -p "$D/sel/progs"
  cp -L "$L"/tools/testing/selftests/bpf/*.h "$D/sel/" 2>/dev/null || true  # some are symlinks out of the extract
  cp "$L"/tools/testing/selftests/bpf/progs/*.h "$D/sel/progs/"
  cp "$L"/tools/testing/selftests/bpf/progs/test_*.c "$D/sel/progs/"
  for f in "$D"/sel/progs/test_*.c; do
    rel=${f#"$D/"}; n=$(basename "$f" .c)
    manifest "$D" "$n" "$rel" "\"inc\", \"sel\", \"uapi\", $SYS" "" "$(expect_of "$f")"
  done
fi
echo "laid out under $OUT:"; for d in "$OUT"/*/; do echo "  $d $(ls "$d"/*.prog.json 2>/dev/null | wc -l) programs"; done
