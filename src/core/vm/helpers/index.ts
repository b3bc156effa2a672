// The helpers bpfplay implements, one file each, found by their UAPI id.
import { helperByName } from "../../isa/index.ts";
import { getCgroupClassid, getCurrentAncestorCgroupId, getCurrentCgroupId, skAncestorCgroupId, skbAncestorCgroupId, skbCgroupClassid, skbCgroupId, skCgroupId } from "./cgroup_id.ts";
import { bind } from "./bind.ts";
import { checkMtu } from "./check_mtu.ts";
import { cloneRedirect } from "./clone_redirect.ts";
import { copyFromUser } from "./copy_from_user.ts";
import { csumDiff } from "./csum_diff.ts";
import { csumLevel } from "./csum_level.ts";
import { csumUpdate } from "./csum_update.ts";
import { getCurrentComm } from "./get_current_comm.ts";
import { getCurrentPidTgid } from "./get_current_pid_tgid.ts";
import { getCurrentTask } from "./get_current_task.ts";
import { getCurrentUidGid } from "./get_current_uid_gid.ts";
import { getHashRecalc } from "./get_hash_recalc.ts";
import { getListenerSock } from "./get_listener_sock.ts";
import { getLocalStorage } from "./get_local_storage.ts";
import { getNsCurrentPidTgid } from "./get_ns_current_pid_tgid.ts";
import { getNumaNodeId } from "./get_numa_node_id.ts";
import { getPrandomU32 } from "./get_prandom_u32.ts";
import { getSmpProcessorId } from "./get_smp_processor_id.ts";
import { getSocketCookie } from "./get_socket_cookie.ts";
import { getStack } from "./get_stack.ts";
import { jiffies64 } from "./jiffies64.ts";
import { ktimeGetCoarseNs, ktimeGetTaiNs } from "./ktime_coarse_tai.ts";
import { ktimeGetBootNs } from "./ktime_get_boot_ns.ts";
import { ktimeGetNs } from "./ktime_get_ns.ts";
import { l3CsumReplace } from "./l3_csum_replace.ts";
import { l4CsumReplace } from "./l4_csum_replace.ts";
import { loop } from "./loop.ts";
import { mapDeleteElem } from "./map_delete_elem.ts";
import { mapLookupElem } from "./map_lookup_elem.ts";
import { mapLookupPercpuElem } from "./map_lookup_percpu_elem.ts";
import { mapPeekElem } from "./map_peek_elem.ts";
import { mapPopElem } from "./map_pop_elem.ts";
import { mapPushElem } from "./map_push_elem.ts";
import { mapUpdateElem } from "./map_update_elem.ts";
import { perfEventOutput } from "./perf_event_output.ts";
import { probeReadCompat, probeReadStrCompat } from "./probe_read_compat.ts";
import { probeReadKernel } from "./probe_read_kernel.ts";
import { probeReadKernelStr } from "./probe_read_kernel_str.ts";
import { probeReadUser } from "./probe_read_user.ts";
import { probeReadUserStr } from "./probe_read_user_str.ts";
import { redirect } from "./redirect.ts";
import { redirectMap } from "./redirect_map.ts";
import { redirectNeigh, redirectPeer } from "./redirect_peer.ts";
import { ringbufDiscard } from "./ringbuf_discard.ts";
import { ringbufOutput } from "./ringbuf_output.ts";
import { ringbufQuery } from "./ringbuf_query.ts";
import { ringbufReserve } from "./ringbuf_reserve.ts";
import { ringbufSubmit } from "./ringbuf_submit.ts";
import { setHash, setHashInvalid } from "./set_hash.ts";
import { skFullsock } from "./sk_fullsock.ts";
import { skLookupTcp } from "./sk_lookup_tcp.ts";
import { skLookupUdp } from "./sk_lookup_udp.ts";
import { skRelease } from "./sk_release.ts";
import { skSelectReuseport } from "./sk_select_reuseport.ts";
import { skbAdjustRoom } from "./skb_adjust_room.ts";
import { skbChangeHead } from "./skb_change_head.ts";
import { skbChangeProto } from "./skb_change_proto.ts";
import { skbChangeTail } from "./skb_change_tail.ts";
import { skbChangeType } from "./skb_change_type.ts";
import { skbEcnSetCe } from "./skb_ecn_set_ce.ts";
import { skbLoadBytes } from "./skb_load_bytes.ts";
import { skbLoadBytesRelative } from "./skb_load_bytes_relative.ts";
import { getNetnsCookie, getRouteRealm, getSocketUid } from "./skb_owner.ts";
import { skbPullData } from "./skb_pull_data.ts";
import { skbSetTstamp } from "./skb_set_tstamp.ts";
import { skbStoreBytes } from "./skb_store_bytes.ts";
import { skbVlanPop, skbVlanPush } from "./skb_vlan.ts";
import { skcLookupTcp } from "./skc_lookup_tcp.ts";
import { snprintf } from "./snprintf.ts";
import { strncmp } from "./strncmp.ts";
import { strtol } from "./strtol.ts";
import { strtoul } from "./strtoul.ts";
import { tailCall } from "./tail_call.ts";
import { tcpSock } from "./tcp_sock.ts";
import { tracePrintk } from "./trace_printk.ts";
import { traceVprintk } from "./trace_vprintk.ts";
import type { HelperImpl } from "./types.ts";
import { xdpAdjustHead } from "./xdp_adjust_head.ts";
import { xdpAdjustMeta } from "./xdp_adjust_meta.ts";
import { xdpAdjustTail } from "./xdp_adjust_tail.ts";
import { xdpGetBuffLen, xdpLoadBytes, xdpStoreBytes } from "./xdp_bytes.ts";

export type { HelperImpl };

export const HELPERS: readonly HelperImpl[] = [
  mapLookupElem, mapUpdateElem, mapDeleteElem, mapPushElem, mapPopElem, mapPeekElem,
  ktimeGetNs, ktimeGetBootNs, getPrandomU32, getSmpProcessorId, getCurrentPidTgid, getCurrentUidGid, getCurrentComm,
  tracePrintk, tailCall, xdpAdjustHead, xdpAdjustTail, skbLoadBytes, skbStoreBytes, csumDiff, l3CsumReplace, l4CsumReplace,
  redirect, ringbufOutput, ringbufReserve, ringbufSubmit, ringbufDiscard, perfEventOutput,
  probeReadKernel, probeReadUser, probeReadKernelStr, probeReadUserStr,
  skLookupTcp, skLookupUdp, skcLookupTcp, skRelease, skFullsock, tcpSock, getListenerSock,
  getLocalStorage, skSelectReuseport,
  xdpAdjustMeta, getSocketCookie, getHashRecalc, redirectMap, ringbufQuery, getNumaNodeId, jiffies64, getCurrentTask,
  skbPullData, loop, strtol, strtoul, skbChangeHead, checkMtu, csumUpdate, getStack,
  probeReadCompat, probeReadStrCompat, mapLookupPercpuElem, xdpGetBuffLen, xdpLoadBytes, xdpStoreBytes, skbLoadBytesRelative,
  setHash, setHashInvalid, skbChangeType, ktimeGetCoarseNs, ktimeGetTaiNs, skbSetTstamp, csumLevel, redirectPeer, redirectNeigh,
  traceVprintk, copyFromUser, skbChangeTail, skbEcnSetCe,
  getCurrentCgroupId, getCurrentAncestorCgroupId, skbCgroupId, skbAncestorCgroupId, getCgroupClassid, skbCgroupClassid,
  getRouteRealm, getSocketUid, getNetnsCookie, getNsCurrentPidTgid, skCgroupId, skAncestorCgroupId,
  skbVlanPush, skbVlanPop, skbAdjustRoom, skbChangeProto, cloneRedirect, bind, snprintf, strncmp,
];

const byId = new Map<number, HelperImpl>();
for (const h of HELPERS) {
  const id = helperByName(h.name)?.id;
  if (id === undefined) throw new Error(`internal: helper ${h.name} has no UAPI id`);
  byId.set(id, h);
}

export function helperById(id: number): HelperImpl | undefined {
  return byId.get(id);
}
