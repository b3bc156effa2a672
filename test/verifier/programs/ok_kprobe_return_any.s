; about: a kprobe may return any scalar
; type: kprobe

  call bpf_ktime_get_ns
  exit
