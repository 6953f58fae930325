import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { canAdminister, canViewTasks } from '../auth/permissions.js';
import type { RequestContext } from '../graphql/context.js';
import { requireViewer } from '../graphql/require.js';
import { TaskService } from './task-service.entity.js';

const REFUSAL = 'Task services are managed by users with the ADMINISTRATOR role.';

@Resolver(() => TaskService)
export class TaskServicesResolver {
  @Query(() => [TaskService], { description: 'Every task service that ever registered (ADMINISTRATOR).' })
  taskServices(@Ctx() ctx: RequestContext): Promise<TaskService[]> {
    requireViewer(ctx.viewer, canAdminister, REFUSAL);
    return ctx.taskServices.list();
  }

  // Export tasks wait while this is 0: the Tasks page says why, without showing the workers themselves.
  @Query(() => Int, {
    description: 'How many authorized task services are online, that is, would take an export task now (anyone who may view export tasks). While it is 0, export tasks stay PENDING.',
  })
  authorizedTaskServicesOnline(@Ctx() ctx: RequestContext): Promise<number> {
    requireViewer(ctx.viewer, canViewTasks, 'Export tasks are visible to users who may export and to LOGGING_READERs.');
    return ctx.taskServices.countAuthorizedOnline();
  }

  @Mutation(() => TaskService, { description: 'Lets a task service take export tasks (ADMINISTRATOR); audited as TASK_SERVICE_AUTHORIZED.' })
  authorizeTaskService(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TaskService> {
    return ctx.taskServices.authorize(requireViewer(ctx.viewer, canAdminister, REFUSAL), id);
  }

  @Mutation(() => TaskService, {
    description: 'Stops a task service from taking new export tasks at once; running ones finish (ADMINISTRATOR). Audited as TASK_SERVICE_REVOKED.',
  })
  revokeTaskService(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TaskService> {
    return ctx.taskServices.revoke(requireViewer(ctx.viewer, canAdminister, REFUSAL), id);
  }

  @Subscription(() => TaskService, {
    description: 'A task service registered, sent a heartbeat, stopped, or was authorized or revoked (ADMINISTRATOR).',
    subscribe: ({ context }) => {
      const ctx = context as RequestContext;
      requireViewer(ctx.viewer, canAdminister, REFUSAL);
      return ctx.taskServiceEvents.subscribe(() => true);
    },
  })
  taskServiceUpdated(@Root() service: TaskService): TaskService {
    return service;
  }
}
