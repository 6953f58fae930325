import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireTaskReader } from '../access/guards.js';
import type { RequestContext } from '../access/request-context.js';
import { ExportRequest } from './export-request.entity.js';
import type { ExportsService } from './exports.service.js';

@Resolver(() => ExportRequest)
export class ExportRequestResolver {
  constructor(private readonly exportsService: ExportsService) {}

  @FieldResolver(() => Int, { description: 'How many export tasks the request has (one per recording, and one per retry), among those the caller may see.' })
  taskCount(@Root() request: ExportRequest, @Ctx() { caller }: RequestContext): Promise<number> {
    return this.exportsService.requestTaskCount(requireTaskReader(caller), request.id);
  }
}
