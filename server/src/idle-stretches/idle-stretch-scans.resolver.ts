import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { Recording } from '../recordings/recording.entity.js';
import { IdleStretchScan } from './idle-stretch-scan.entity.js';
import type { IdleStretchScansService } from './idle-stretch-scans.service.js';

@Resolver(() => Recording)
export class IdleStretchScansResolver {
  constructor(private readonly scans: IdleStretchScansService) {}

  @FieldResolver(() => IdleStretchScan, {
    nullable: true,
    description:
      'Where a video recording stays still for 5 s or more, once asked for (scanIdleStretches); null for other recordings, whose player finds them itself.',
  })
  idleStretches(@Root() recording: Recording, @Ctx() { caller }: RequestContext): Promise<IdleStretchScan | null> {
    return this.scans.scanOf(caller, recording);
  }

  @Mutation(() => IdleStretchScan, {
    description:
      'Asks for the idle stretches of a video recording: found once by a task service (follow status and progress on Recording.idleStretches), then reused. Needs the rights to play the recording; a refusal is audited as RECORDING_PLAYED.',
  })
  scanIdleStretches(@Arg('recordingId', () => ID) recordingId: string, @Ctx() { caller }: RequestContext): Promise<IdleStretchScan> {
    return this.scans.scan(caller, recordingId);
  }
}
