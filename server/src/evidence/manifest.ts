import { canonicalJson } from '../common/canonical-json.js';
import type { ConversionReport, SegmentReport } from '../media/conversion-report.js';

/** Names the format so a reader knows how to read the rest; bumped on any incompatible change. */
export const MANIFEST_FORMAT = 'custodian-export-manifest';
export const MANIFEST_FORMAT_VERSION = 1;

/**
 * The signed statement about one exported MP4: which recording it came from (and that file's
 * hash), who asked for it and why, when, on which machine, with which tool and arguments, and
 * the hash, size and duration of the result. Times are ISO 8601 in UTC.
 */
export interface ManifestContent {
  format: typeof MANIFEST_FORMAT;
  formatVersion: typeof MANIFEST_FORMAT_VERSION;
  export: {
    id: string;
    reason: string;
    requestedBy: { id: string; username: string };
    requestedAt: string;
    startedAt: string;
    completedAt: string;
    workerHost: string;
  };
  recording: {
    id: string;
    userName: string;
    serverName: string;
    clientName: string;
    clientIp: string;
    applications: string[];
    protocol: string;
    startedAt: string;
    endedAt: string;
    durationSeconds: number;
    format: string;
    sizeBytes: number;
    sourceSha256: string;
  };
  conversion: {
    tool: string;
    toolVersion: string;
    arguments: string[];
    rendering?: Record<string, string | number | null>;
    /** Present when the export was encoded in segments and joined; `arguments` are then the join's. */
    segments?: SegmentReport[];
  };
  output: { fileName: string; mediaType: 'video/mp4'; sha256: string; sizeBytes: number; durationSeconds: number };
}

export interface ManifestInput {
  task: { id: string; reason: string; requestedAt: Date; startedAt: Date; workerHost: string };
  requester: { id: string; username: string };
  recording: {
    id: string;
    userName: string;
    serverName: string;
    clientName: string;
    clientIp: string;
    applications: string[];
    protocol: string;
    startedAt: Date;
    endedAt: Date;
    durationSeconds: number;
    format: string;
    sizeBytes: number;
    sourceSha256: string;
  };
  conversion: ConversionReport;
  output: { fileName: string; durationSeconds: number };
  completedAt: Date;
}

export function buildManifest(input: ManifestInput): ManifestContent {
  const { task, requester, recording, conversion } = input;
  return {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    export: {
      id: task.id,
      reason: task.reason,
      requestedBy: { id: requester.id, username: requester.username },
      requestedAt: task.requestedAt.toISOString(),
      startedAt: task.startedAt.toISOString(),
      completedAt: input.completedAt.toISOString(),
      workerHost: task.workerHost,
    },
    recording: {
      id: recording.id,
      userName: recording.userName,
      serverName: recording.serverName,
      clientName: recording.clientName,
      clientIp: recording.clientIp,
      applications: [...recording.applications],
      protocol: recording.protocol,
      startedAt: recording.startedAt.toISOString(),
      endedAt: recording.endedAt.toISOString(),
      durationSeconds: recording.durationSeconds,
      format: recording.format,
      sizeBytes: recording.sizeBytes,
      sourceSha256: recording.sourceSha256,
    },
    conversion: {
      tool: conversion.tool,
      toolVersion: conversion.toolVersion,
      arguments: [...conversion.arguments],
      ...(conversion.rendering && { rendering: { ...conversion.rendering } }),
      ...(conversion.segments && { segments: conversion.segments.map((segment) => ({ ...segment, arguments: [...segment.arguments] })) }),
    },
    output: {
      fileName: input.output.fileName,
      mediaType: 'video/mp4',
      sha256: conversion.outputSha256,
      sizeBytes: conversion.outputSizeBytes,
      durationSeconds: input.output.durationSeconds,
    },
  };
}

/** The exact bytes that are signed and shipped as manifest.json. */
export function manifestText(manifest: ManifestContent): string {
  return canonicalJson(manifest);
}

/**
 * Reads the fields verification relies on from a manifest someone hands us; anything else in it
 * is only shown. Returns the problem in words when the text is not a manifest of ours.
 */
export function readManifest(text: string): { ok: true; manifest: ManifestContent } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  const m = value as Partial<ManifestContent> | null;
  if (!m || typeof m !== 'object' || m.format !== MANIFEST_FORMAT) return { ok: false, problem: `it is not a ${MANIFEST_FORMAT}` };
  if (m.formatVersion !== MANIFEST_FORMAT_VERSION)
    return { ok: false, problem: `its format version ${String(m.formatVersion)} is not ${MANIFEST_FORMAT_VERSION}` };
  const out = m.output;
  if (!out || typeof out.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(out.sha256) || !Number.isSafeInteger(out.sizeBytes)) {
    return { ok: false, problem: 'its output has no valid sha256 and sizeBytes' };
  }
  if (!m.export || typeof m.export.id !== 'string') return { ok: false, problem: 'it names no export' };
  return { ok: true, manifest: m as ManifestContent };
}
