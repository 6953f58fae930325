import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import type { Page } from '../common/page.js';
import { RecordingOrderField, SortDirection } from './recording-order.js';
import { Recording } from './recording.entity.js';
import { RecordingConnection, RecordingFilterInput, RecordingOrderInput } from './recording.types.js';
import type { RecordingsService } from './recordings.service.js';

@Resolver(() => Recording)
export class RecordingsResolver {
  constructor(private readonly recordingsService: RecordingsService) {}

  @Query(() => RecordingConnection, { description: 'Recordings the caller may see, filtered and sorted, in pages.' })
  recordings(
    @Ctx() { caller }: RequestContext,
    @Arg('filter', () => RecordingFilterInput, { nullable: true }) filter?: RecordingFilterInput,
    @Arg('orderBy', () => RecordingOrderInput, { nullable: true }) orderBy?: RecordingOrderInput,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<Recording>> {
    const order = { field: orderBy?.field ?? RecordingOrderField.STARTED_AT, direction: orderBy?.direction ?? SortDirection.DESC };
    return this.recordingsService.recordings(caller, filter ?? {}, order, first, after);
  }

  @Query(() => Recording)
  recording(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<Recording> {
    return this.recordingsService.recording(caller, id);
  }

  @Mutation(() => Recording, {
    description: 'Marks a recording restricted: only PRIVILEGED_PLAYERs can then see, play or export it. Needs PLAYER or PRIVILEGED_PLAYER.',
  })
  restrictRecording(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<Recording> {
    return this.recordingsService.setRestricted(caller, id, true);
  }

  @Mutation(() => Recording, { description: 'Lifts the restriction of a recording. Needs PRIVILEGED_PLAYER.' })
  unrestrictRecording(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<Recording> {
    return this.recordingsService.setRestricted(caller, id, false);
  }
}
