import fs from 'node:fs';

// Linux /proc readings: peak memory (VmHWM), CPU time, and the child processes of a process.
// Elsewhere they return undefined and the benchmarks print "n/a".

const CLOCK_TICKS = 100;

export function memoryKb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return { hwm: hwm ? Number(hwm[1]) : undefined, rss: rss ? Number(rss[1]) : undefined };
  } catch {
    return { hwm: undefined, rss: undefined };
  }
}

/** User + system CPU time of a process so far, in milliseconds. */
export function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

export function commandName(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function childrenOf(pid) {
  try {
    const pids = [];
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) pids.push(...text.split(/\s+/).map(Number));
    }
    return pids;
  } catch {
    return [];
  }
}

/**
 * Samples the children of `parentPid` every `intervalMs`: when each was first and last seen
 * (performance.now()), its name, its peak memory and CPU time at the last sample. Resolution is
 * the interval; a child that lives shorter than it may be missed.
 */
export class ChildWatcher {
  constructor(parentPid, intervalMs = 20) {
    this.parentPid = parentPid;
    this.seen = new Map();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  sample() {
    const now = performance.now();
    for (const pid of childrenOf(this.parentPid)) {
      let entry = this.seen.get(pid);
      if (!entry) {
        entry = { pid, name: commandName(pid), firstSeen: now, lastSeen: now, hwmKb: undefined, cpuMs: undefined };
        this.seen.set(pid, entry);
      }
      entry.lastSeen = now;
      const { hwm } = memoryKb(pid);
      if (hwm !== undefined) entry.hwmKb = Math.max(entry.hwmKb ?? 0, hwm);
      entry.cpuMs = cpuMs(pid) ?? entry.cpuMs;
    }
  }

  /** Children seen since `since` (performance.now()), optionally only those called `name`. */
  children(name, since = 0) {
    return [...this.seen.values()].filter((c) => (!name || c.name === name) && c.lastSeen >= since);
  }

  stop() {
    clearInterval(this.timer);
  }
}

/**
 * CPU time of the whole machine so far, in milliseconds: busy (everything but idle and iowait)
 * and steal (time the hypervisor gave to other guests).
 */
export function machineCpuMs() {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    const toMs = (ticks) => (ticks * 1000) / CLOCK_TICKS;
    return { busy: toMs(user + nice + system + irq + softirq), steal: toMs(steal ?? 0), idle: toMs(idle + iowait) };
  } catch {
    return undefined;
  }
}

/** Samples one process's peak memory and CPU time until stopped. */
export function watchProcess(pid, intervalMs = 20) {
  const state = { hwmKb: undefined, cpuMs: undefined };
  const sample = () => {
    const { hwm } = memoryKb(pid);
    if (hwm !== undefined) state.hwmKb = Math.max(state.hwmKb ?? 0, hwm);
    state.cpuMs = cpuMs(pid) ?? state.cpuMs;
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      return state;
    },
    state,
  };
}
