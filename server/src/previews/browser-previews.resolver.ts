import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { Recording } from '../recordings/recording.entity.js';
import { needsBrowserPreview } from './browser-playable.js';
import { BrowserPreview } from './browser-preview.entity.js';
import type { BrowserPreviewsService } from './browser-previews.service.js';

@Resolver(() => Recording)
export class BrowserPreviewsResolver {
  constructor(private readonly previews: BrowserPreviewsService) {}

  @FieldResolver(() => Boolean, {
    description: 'True for a video the browser cannot decode as it is (not H.264, VP8, VP9 or AV1 in MP4 or WebM): it plays through its browser preview.',
  })
  needsBrowserPreview(@Root() recording: Recording): boolean {
    return needsBrowserPreview(recording);
  }

  @FieldResolver(() => BrowserPreview, { nullable: true, description: 'The browser preview, once one was asked for (prepareBrowserPreview).' })
  async browserPreview(@Root() recording: Recording, @Ctx() { caller }: RequestContext): Promise<BrowserPreview | null> {
    if (!needsBrowserPreview(recording)) return null;
    return this.previews.previewOf(caller, recording);
  }

  @Mutation(() => BrowserPreview, {
    description:
      'Asks for the browser preview of a recording the browser cannot decode: made once by a task service (follow status and progress on Recording.browserPreview), then reused. Needs the rights to play the recording; a refusal is audited as RECORDING_PLAYED.',
  })
  prepareBrowserPreview(@Arg('recordingId', () => ID) recordingId: string, @Ctx() { caller }: RequestContext): Promise<BrowserPreview> {
    return this.previews.prepare(caller, recordingId);
  }
}
