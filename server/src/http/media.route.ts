import type { RequestHandler } from 'express';
import { containerContentType } from '../media/container-content-type.js';
import { PlaybackService } from '../playback/playback.service.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import { AsciicastError, asciicastV2Lines } from '../terminal/asciicast/index.js';
import { sendLines } from './asciicast-stream.js';
import { sendGuacamole } from './guacamole-stream.js';
import { localCopy } from '../storage/local-copy.js';
import { storeRefusal } from '../storage/store-refusal.js';
import { startsAtBeginning } from './ranged-file.js';
import { sendRangedObject } from './ranged-object.js';
import { route, sendError } from './route.js';
import type { RouteDeps } from './route-context.js';

/**
 * GET /api/recordings/:id/media: the recording for the browser's players, for those who may play
 * it (session cookie or API token). Video recordings are the stored source file with Range
 * support, typed by the container their probe found at import; terminal recordings are streamed
 * as asciicast v2, whatever version they were recorded in; Guacamole recordings as plain
 * instructions, gunzipped when stored compressed. Each playback is audited once, when it
 * starts; refusals every time.
 */
export function mediaRoute(deps: RouteDeps): RequestHandler {
  return route(deps, async (req, res) => {
    const ctx = await deps.contextOf(req);
    const playback = ctx.get(PlaybackService);
    const allowed = await playback.play(ctx.caller, String(req.params.id), startsAtBeginning(req));
    if (allowed.recording.kind === RecordingKind.GUACAMOLE) {
      const source = await allowed.source.store.read(allowed.source.key).catch((error: unknown) => {
        throw storeRefusal(error, "The recording's source file", (line) => console.error(line));
      });
      return sendGuacamole(res, source, allowed.recording.guacamole?.gzip ?? false);
    }
    if (allowed.recording.kind !== RecordingKind.TERMINAL) {
      return sendRangedObject(req, res, allowed.source, { contentType: containerContentType(allowed.recording.format) });
    }

    // The asciicast reader needs a file: from a bucket, a private copy kept while it is sent.
    const copy = await localCopy(allowed.source.store, allowed.source.key).catch((error: unknown) => {
      throw storeRefusal(error, "The recording's source file", (line) => console.error(line));
    });
    const failed = await sendLines(res, asciicastV2Lines(copy.path)).finally(() => copy.release());
    if (!failed) return;
    if (!(failed.unreadable instanceof AsciicastError)) throw failed.unreadable;
    sendError(res, await playback.unreadable(ctx.caller, allowed, failed.unreadable.message));
  });
}
