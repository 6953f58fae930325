/**
 * Text formats whose ffmpeg demuxer opens the other files or addresses they name: playlists,
 * concat scripts, session descriptions, manifests. The input whitelist keeps ffmpeg from reading
 * them; this tells the person importing one what it is, in the same words whichever ffmpeg runs
 * (ffmpeg 6 no longer even takes an HLS playlist without an .m3u8 name for one).
 */
const LINKING_FORMATS: Readonly<Record<string, string>> = {
  hls: 'an HLS playlist (.m3u8)',
  applehttp: 'an HLS playlist (.m3u8)',
  concat: 'an ffconcat script',
  sdp: 'an SDP session description',
  rtsp: 'an RTSP session',
  dash: 'a DASH manifest (.mpd)',
  webm_dash_manifest: 'a WebM DASH manifest',
  imf: 'an IMF composition playlist',
  image2: 'an image sequence pattern',
};

// How each starts, after an optional byte order mark and white space.
const SIGNATURES: ReadonlyArray<{ demuxer: string; start: RegExp }> = [
  { demuxer: 'hls', start: /^#EXTM3U/ },
  { demuxer: 'concat', start: /^ffconcat version/ },
  { demuxer: 'sdp', start: /^v=0\r?\n/ },
  { demuxer: 'dash', start: /^<(\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<MPD[\s>]/ },
  { demuxer: 'imf', start: /^<(\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<CompositionPlaylist[\s>]/ },
];

/** The demuxer a file's first bytes would be read by when it is one of these formats. */
export function linkingFormatOf(start: Buffer): string | undefined {
  const text = start
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart();
  return SIGNATURES.find((signature) => signature.start.test(text))?.demuxer;
}

/** Why a file read by this demuxer (ffmpeg's name for it) is not accepted as a recording. */
export function refusedFormatReason(demuxer: string): string {
  const linking = demuxer
    .split(',')
    .map((part) => LINKING_FORMATS[part])
    .find((what) => what !== undefined);
  if (linking) return `it is ${linking}, which makes ffmpeg read other files or addresses; only a recording held in one file is accepted`;
  return `its format (${demuxer}) is not a recording format Custodian reads: WebM, Matroska, MP4, MOV, 3GP, AVI, FLV, MPEG-TS or Ogg`;
}
