import { Role } from '../access/role.js';
import type { TerminalSceneName } from '../terminal/synthetic/index.js';

/** Sign-in details of the demo users; the README lists the same. */
export const DEMO_USERS = [
  { username: 'investigator', password: 'investigator-password', roles: [Role.PRIVILEGED_PLAYER, Role.LOGGING_READER] },
  { username: 'auditor', password: 'auditor-password', roles: [Role.LOGGING_READER] },
  { username: 'player', password: 'player-password', roles: [Role.PLAYER] },
] as const;

/** The distinct media files made with ffmpeg; the catalog entries reuse them with other metadata. */
export const DEMO_MEDIA = [
  { name: 'finance-desktop.webm', width: 1280, height: 720, durationSeconds: 20, withAudio: true },
  { name: 'dba-console.mkv', width: 1920, height: 1080, durationSeconds: 15, withAudio: false },
  { name: 'helpdesk-session.mp4', width: 1024, height: 768, durationSeconds: 30, withAudio: true },
  { name: 'legacy-app.avi', width: 800, height: 600, durationSeconds: 10, withAudio: false },
  { name: 'vendor-support.mov', width: 1366, height: 768, durationSeconds: 25, withAudio: true },
  { name: 'admin-rdp.webm', width: 1280, height: 800, durationSeconds: 12, withAudio: false },
] as const;

const USERS = ['jdoe', 'asmith', 'mgarcia', 'kchen', 'svc-backup', 'rpatel', 'lnguyen', 'contractor-ext01'];
const SERVERS = ['db-prod-01', 'db-prod-02', 'fin-app-01', 'hr-app-02', 'dc-01', 'jump-01', 'erp-prod-03', 'file-srv-02'];
const CLIENTS = ['LAPTOP-7F3K2', 'WS-FIN-014', 'MBP-ASMITH', 'THIN-CLIENT-22', 'VDI-POOL-08', 'LAPTOP-Q9X1M'];
const APPLICATIONS = [
  ['SQL Server Management Studio'],
  ['Microsoft Excel', 'SAP GUI'],
  ['PowerShell', 'Active Directory Users and Computers'],
  ['Remote Desktop Connection'],
  ['Microsoft Edge', 'Payroll Portal'],
  ['Event Viewer', 'Services'],
  ['cmd.exe', 'regedit'],
];
const PROTOCOLS = ['RDP', 'ICA', 'RDP', 'VNC'];

export interface DemoRecording {
  media: number;
  userName: string;
  serverName: string;
  clientName: string;
  clientIp: string;
  applications: string[];
  protocol: string;
  startedAt: string;
  restricted: boolean;
}

/** A deterministic catalog of `count` recordings spread over the 30 days before `now`. */
export function demoRecordings(count: number, now: Date): DemoRecording[] {
  return Array.from({ length: count }, (_, i) => ({
    media: i % DEMO_MEDIA.length,
    userName: USERS[(i * 3) % USERS.length]!,
    serverName: SERVERS[(i * 5) % SERVERS.length]!,
    clientName: CLIENTS[(i * 7) % CLIENTS.length]!,
    clientIp: `10.${20 + (i % 3)}.${(i * 37) % 250}.${((i * 53) % 250) + 2}`,
    applications: [...APPLICATIONS[i % APPLICATIONS.length]!],
    protocol: PROTOCOLS[i % PROTOCOLS.length]!,
    startedAt: new Date(now.getTime() - (i * 17.3 + 0.5) * 3600_000).toISOString(),
    // A few sessions on sensitive systems are restricted to PRIVILEGED_PLAYER.
    restricted: i % 9 === 4,
  }));
}

/**
 * Terminal sessions of the demo: SSH sessions written by the session generator, one file each
 * (different seeds), with the metadata a recording agent would send in a sidecar.
 */
export interface DemoTerminalSession {
  name: string;
  seed: number;
  durationSeconds: number;
  version: 2 | 3;
  gzip: boolean;
  userName: string;
  serverName: string;
  clientName: string;
  clientIp: string;
  applications: string[];
  /** What happens in the session, in keeping with its applications. */
  scenes: TerminalSceneName[];
  restricted: boolean;
  /**
   * Hours before now the session started. All are older than the two newest video recordings,
   * which stay first in the catalog (the browser tests export those).
   */
  hoursAgo: number;
}

export const DEMO_TERMINAL_SESSIONS: readonly DemoTerminalSession[] = [
  {
    name: 'dba-db-prod-01.cast',
    seed: 101,
    durationSeconds: 240,
    version: 2,
    gzip: false,
    userName: 'mgarcia',
    serverName: 'db-prod-01',
    clientName: 'MBP-MGARCIA',
    clientIp: '10.20.14.31',
    applications: ['ssh', 'psql', 'vim'],
    scenes: ['ls', 'psql', 'vim', 'less', 'tail', 'resize'],
    restricted: true,
    hoursAgo: 26.2,
  },
  {
    name: 'web-02-patching.cast',
    seed: 102,
    durationSeconds: 300,
    version: 2,
    gzip: false,
    userName: 'jdoe',
    serverName: 'web-02',
    clientName: 'LAPTOP-7F3K2',
    clientIp: '10.21.3.77',
    applications: ['ssh', 'apt', 'vim'],
    scenes: ['ls', 'apt', 'vim', 'tail', 'resize'],
    restricted: false,
    hoursAgo: 20.5,
  },
  {
    name: 'bastion-triage.cast',
    seed: 103,
    durationSeconds: 180,
    version: 3,
    gzip: false,
    userName: 'kchen',
    serverName: 'bastion',
    clientName: 'WS-OPS-003',
    clientIp: '10.22.0.15',
    applications: ['ssh', 'htop', 'less'],
    scenes: ['ls', 'htop', 'less', 'tail', 'resize'],
    restricted: false,
    hoursAgo: 45.1,
  },
  {
    name: 'app-03-deploy.cast.gz',
    seed: 104,
    durationSeconds: 150,
    version: 2,
    gzip: true,
    userName: 'rpatel',
    serverName: 'app-03',
    clientName: 'VDI-POOL-08',
    clientIp: '10.20.77.140',
    applications: ['ssh', 'git', 'tail'],
    scenes: ['ls', 'git-log', 'tail', 'build', 'resize'],
    restricted: false,
    hoursAgo: 70.4,
  },
  {
    name: 'build-01-release.cast',
    seed: 105,
    durationSeconds: 120,
    version: 2,
    gzip: false,
    userName: 'contractor-ext01',
    serverName: 'build-01',
    clientName: 'EXT-VPN-12',
    clientIp: '172.16.8.23',
    applications: ['ssh', 'make'],
    scenes: ['ls', 'git-log', 'build', 'resize'],
    restricted: false,
    hoursAgo: 96.8,
  },
  {
    name: 'db-prod-02-vacuum.cast',
    seed: 106,
    durationSeconds: 60,
    version: 2,
    gzip: false,
    userName: 'svc-backup',
    serverName: 'db-prod-02',
    clientName: 'jump-01',
    clientIp: '10.20.0.4',
    applications: ['ssh', 'psql', 'htop'],
    scenes: ['ls', 'psql', 'htop'],
    restricted: false,
    hoursAgo: 130.3,
  },
];
