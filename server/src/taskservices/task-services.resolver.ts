import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { TaskService } from './task-service.entity.js';
import { TaskServicesService } from './task-services.service.js';

@Resolver(() => TaskService)
export class TaskServicesResolver {
  constructor(private readonly taskServicesService: TaskServicesService) {}

  @Query(() => [TaskService], { description: 'Every task service that ever registered (ADMINISTRATOR).' })
  taskServices(@Ctx() { caller }: RequestContext): Promise<TaskService[]> {
    return this.taskServicesService.list(caller);
  }

  @Query(() => Int, {
    description:
      'How many authorized task services are online, that is, would take an export task now (anyone who may view export tasks). While it is 0, export tasks stay PENDING.',
  })
  authorizedTaskServicesOnline(@Ctx() { caller }: RequestContext): Promise<number> {
    return this.taskServicesService.countAuthorizedOnline(caller);
  }

  @Mutation(() => TaskService, { description: 'Lets a task service take export tasks (ADMINISTRATOR); audited as TASK_SERVICE_AUTHORIZED.' })
  authorizeTaskService(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<TaskService> {
    return this.taskServicesService.authorize(caller, id);
  }

  @Mutation(() => TaskService, {
    description: 'Stops a task service from taking new export tasks at once; running ones finish (ADMINISTRATOR). Audited as TASK_SERVICE_REVOKED.',
  })
  revokeTaskService(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<TaskService> {
    return this.taskServicesService.revoke(caller, id);
  }

  @Subscription(() => TaskService, {
    description: 'A task service registered, sent a heartbeat, stopped, or was authorized or revoked (ADMINISTRATOR).',
    subscribe: ({ context }) => {
      const ctx = context as RequestContext;
      return ctx.get(TaskServicesService).updates(ctx.caller);
    },
  })
  taskServiceUpdated(@Root() service: TaskService): TaskService {
    return service;
  }
}
