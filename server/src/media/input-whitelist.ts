/**
 * What ffmpeg and ffprobe may open when they read a recording. Both pick a demuxer by probing the
 * content, whatever the file is called, and some demuxers (HLS, concat, SDP, DASH, IMF) read a
 * list of further files or URLs: a small uploaded text file could then make them read any file
 * the server can, another user's export for one. So a recording is read only through the `file`
 * protocol, and only by the demuxers of the containers screen recorders write.
 *
 * ffmpeg matches each comma-separated part of a demuxer's name: "matroska" admits "matroska,webm"
 * (WebM and MKV), "mov" admits "mov,mp4,m4a,3gp,3g2,mj2". Audio-only containers (WAV, MP3) are
 * left out because a recording without video is refused anyway. Both options are accepted by the
 * bundled ffmpeg 4.1 and ffprobe, and by Debian's ffmpeg 5.1.
 */
export const RECORDING_DEMUXERS = ['matroska', 'mov', 'avi', 'flv', 'mpegts', 'ogg'] as const;

/**
 * Goes right before `-i <stored file>` in every ffmpeg or ffprobe run that reads a recording, or
 * before `-i pipe:0` (with `pipe`) when the recording is fed on standard input: then no file at
 * all may be opened.
 */
export function recordingInputArgs(protocol: 'file' | 'pipe' = 'file'): string[] {
  return ['-protocol_whitelist', protocol, '-format_whitelist', RECORDING_DEMUXERS.join(',')];
}

/**
 * Goes right before `-i pipe:0` when ffmpeg reads frames we write ourselves (terminal rendering):
 * standard input and raw Matroska, nothing probed.
 */
export function pipedMatroskaInputArgs(): string[] {
  return ['-protocol_whitelist', 'pipe', '-f', 'matroska'];
}

// ffmpeg names the demuxer it found in the log prefix: "[hls @ 0x55d0] Format not on whitelist '...'".
const NOT_ON_WHITELIST = /^\[([a-z0-9_,]+)(?: @ 0x[0-9a-f]+)?\] Format not on whitelist/i;

/** The demuxer ffmpeg found but refused, read from its stderr; undefined when none was refused. */
export function refusedDemuxer(stderrLines: readonly string[]): string | undefined {
  for (const line of stderrLines) {
    const match = NOT_ON_WHITELIST.exec(line.trim());
    if (match?.[1]) return match[1];
  }
  return undefined;
}
