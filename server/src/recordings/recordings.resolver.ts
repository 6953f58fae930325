import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import type { Page } from '../graphql/page-info.js';
import { RecordingOrderField, SortDirection } from './recording-order.js';
import { Recording } from './recording.entity.js';
import { RecordingConnection, RecordingFilterInput, RecordingOrderInput } from './recording.types.js';

@Resolver(() => Recording)
export class RecordingsResolver {
  @Query(() => RecordingConnection, { description: 'Recordings the caller may see, filtered and sorted, in pages.' })
  recordings(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => RecordingFilterInput, { nullable: true }) filter?: RecordingFilterInput,
    @Arg('orderBy', () => RecordingOrderInput, { nullable: true }) orderBy?: RecordingOrderInput,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<Recording>> {
    const order = { field: orderBy?.field ?? RecordingOrderField.STARTED_AT, direction: orderBy?.direction ?? SortDirection.DESC };
    return ctx.recordings.recordings(ctx.viewer, filter ?? {}, order, first, after);
  }

  @Query(() => Recording)
  recording(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Recording> {
    return ctx.recordings.recording(ctx.viewer, id);
  }

  @Mutation(() => Recording, { description: 'Marks a recording restricted: only PRIVILEGED_PLAYERs can then see, play or export it. Needs PLAYER or PRIVILEGED_PLAYER.' })
  restrictRecording(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Recording> {
    return ctx.recordings.setRestricted(ctx.viewer, id, true);
  }

  @Mutation(() => Recording, { description: 'Lifts the restriction of a recording. Needs PRIVILEGED_PLAYER.' })
  unrestrictRecording(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Recording> {
    return ctx.recordings.setRestricted(ctx.viewer, id, false);
  }
}
