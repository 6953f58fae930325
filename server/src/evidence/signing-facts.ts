import type { ConversionReport, SegmentReport } from '../media/conversion-report.js';

/**
 * What a task service reports of a finished export when it asks for the manifest's signature
 * (see signing-requests.ts): the conversion as it ran, and the length of the MP4 it probed.
 * Everything else the manifest states (who, why, when, which recording, which machine) the API
 * reads from the database, so a task service can have signed only what its own claim produced.
 */
export interface SigningFacts {
  conversion: ConversionReport;
  outputDurationSeconds: number;
}

// Far above any real report (a segmented export of a day-long recording lists a few hundred
// segments of a few dozen arguments), and small enough that a hostile one costs nothing to refuse.
const MAX_FACTS_BYTES = 1024 * 1024;
const MAX_ARGUMENTS = 1000;
const MAX_SEGMENTS = 10_000;
const MAX_TEXT = 4096;

/**
 * The facts of a finished conversion, exactly: a converter's result carries more than its report
 * (the renderers' timings and canvas), which the manifest does not state.
 */
export function signingFacts(result: ConversionReport, outputDurationSeconds: number): SigningFacts {
  const { tool, toolVersion, arguments: args, outputSha256, outputSizeBytes, rendering, segments } = result;
  const conversion: ConversionReport = { tool, toolVersion, arguments: args, outputSha256, outputSizeBytes };
  if (rendering) conversion.rendering = rendering;
  if (segments)
    conversion.segments = segments.map(({ index, startSeconds, endSeconds, taskServiceId, arguments: segmentArgs, sha256, sizeBytes }) => ({
      index,
      startSeconds,
      endSeconds,
      taskServiceId,
      arguments: segmentArgs,
      sha256,
      sizeBytes,
    }));
  return { conversion, outputDurationSeconds };
}

type Read<T> = { ok: true; facts: T } | { ok: false; problem: string };

/** Reads the facts a task service stored, refusing anything that is not exactly their shape. */
export function readSigningFacts(value: unknown): Read<SigningFacts> {
  if (JSON.stringify(value ?? null).length > MAX_FACTS_BYTES) return refuse(`they are larger than ${MAX_FACTS_BYTES} bytes`);
  if (!isObject(value)) return refuse('they are not an object');
  const { conversion, outputDurationSeconds } = value;
  if (!isFiniteNonNegative(outputDurationSeconds)) return refuse('outputDurationSeconds is not a number of seconds');
  if (!isObject(conversion)) return refuse('conversion is not an object');
  const problem = conversionProblem(conversion);
  if (problem) return refuse(problem);
  return { ok: true, facts: { conversion: conversion as unknown as ConversionReport, outputDurationSeconds } };
}

function conversionProblem(c: Record<string, unknown>): string | null {
  if (!isText(c.tool)) return 'conversion.tool is not a text';
  if (!isText(c.toolVersion)) return 'conversion.toolVersion is not a text';
  if (!isTexts(c.arguments)) return 'conversion.arguments is not a list of texts';
  if (!isSha256(c.outputSha256)) return 'conversion.outputSha256 is not a SHA-256 in hex';
  if (!isSize(c.outputSizeBytes)) return 'conversion.outputSizeBytes is not a size';
  if (c.rendering !== undefined && !isRendering(c.rendering)) return 'conversion.rendering is not a map of texts and numbers';
  if (c.segments !== undefined) {
    if (!Array.isArray(c.segments) || c.segments.length > MAX_SEGMENTS) return 'conversion.segments is not a list of segments';
    if (!c.segments.every(isSegment)) return 'conversion.segments holds something that is not a segment';
  }
  const known = new Set(['tool', 'toolVersion', 'arguments', 'outputSha256', 'outputSizeBytes', 'rendering', 'segments']);
  const unknown = Object.keys(c).find((key) => !known.has(key));
  return unknown ? `conversion.${unknown.slice(0, 64)} is not a field of a conversion` : null;
}

function isSegment(value: unknown): value is SegmentReport {
  if (!isObject(value)) return false;
  const s = value;
  return (
    Number.isSafeInteger(s.index) &&
    (s.index as number) >= 0 &&
    isFiniteNonNegative(s.startSeconds) &&
    isFiniteNonNegative(s.endSeconds) &&
    isText(s.taskServiceId) &&
    isTexts(s.arguments) &&
    isSha256(s.sha256) &&
    isSize(s.sizeBytes) &&
    Object.keys(s).length === 7
  );
}

function isRendering(value: unknown): boolean {
  if (!isObject(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= 100 && entries.every(([key, v]) => key.length <= 64 && (v === null || isText(v) || (typeof v === 'number' && Number.isFinite(v))));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.length <= MAX_ARGUMENTS && value.every(isText);
const isSha256 = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
const isSize = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isFiniteNonNegative = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const refuse = (problem: string): { ok: false; problem: string } => ({ ok: false, problem: `The export's facts cannot be signed: ${problem}.` });
