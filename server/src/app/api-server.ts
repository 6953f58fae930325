import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { callerOf, type Caller } from '../access/caller.js';
import { recordRefusals } from '../access/refusal.js';
import type { RequestContext } from '../access/request-context.js';
import { AuthService } from '../auth/auth.service.js';
import type { Log } from '../common/log.js';
import { EVIDENCE_BUNDLE_PATH } from '../evidence/evidence-bundle-url.js';
import { checkedOperation } from '../graphql/checked-operation.js';
import { formatError } from '../graphql/format-error.js';
import { operationLimitsPlugin, refuseOversizedDocument } from '../graphql/limits-plugin.js';
import { OPERATION_LIMITS } from '../graphql/operation-limits.js';
import { SharedSubscriptions } from '../graphql/shared-subscriptions.js';
import { auditCsvRoute } from '../http/audit-csv.route.js';
import { authorizationOf, bearerOf, clearedSessionCookie, clientAddressResolver, originAllowed, sessionCookie } from '../http/credentials.js';
import { downloadRoute } from '../http/download.route.js';
import { evidenceBundleRoute } from '../http/evidence-bundle.route.js';
import { jsonErrors } from '../http/json-errors.js';
import type { LiveSockets } from '../http/live-sockets.js';
import { mediaRoute } from '../http/media.route.js';
import { browserPreviewRoute } from '../http/browser-preview.route.js';
import { noRoute } from '../http/no-route.js';
import type { RouteDeps } from '../http/route-context.js';
import { SIGNING_KEYS_PATH, signingKeysRoute } from '../http/signing-keys.route.js';
import { securityHeaders } from '../http/security-headers.js';
import { taskAudience, taskStateKey } from '../exports/task-audience.js';
import { uploadRoute } from '../http/upload.route.js';
import { webAppRoutes } from '../http/web-app.js';
import { graphqlMetricsPlugin, observeWebsocketMessages, WebsocketOperationTimer } from '../metrics/graphql-observation.js';
import { observeRequests } from '../metrics/request-observation.js';
import { apiPortMetricsRoute } from '../metrics/serve-metrics.js';
import { createRequestContext, type ApiDeps } from './request-services.js';
import { buildAppSchema } from './schema.js';

export interface ApiServer {
  httpServer: Server;
  /** Subscription events executed once per audience (its counters are read by tests). */
  sharedSubscriptions: SharedSubscriptions;
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

/** The HTTP server of the API: GraphQL over HTTP and websockets, the file routes, and the web app. */
export async function createApiServer(deps: ApiDeps, liveSockets: LiveSockets, log: Log): Promise<ApiServer> {
  const { config } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Behind a TLS proxy the configuration trusts, req.secure (and so the cookie's Secure flag) and the client address follow what it forwards.
  app.set('trust proxy', config.trustProxy);
  // First: every request gets its id (in the log context and the X-Request-Id answer) and is counted.
  app.use(observeRequests(config.logRequests ? log : null));
  app.use(securityHeaders());
  const clientAddressOf = clientAddressResolver(config.trustProxy);
  const httpServer = createServer(app);
  const schema = await buildAppSchema();
  const authenticate = (secret: string | undefined) => new AuthService(deps.em.fork(), config).authenticate(secret);

  const showError = formatError(log);
  const finishResult = async (result: ExecutionResult): Promise<ExecutionResult | FormattedExecutionResult> => {
    if (!result.errors) return result;
    await recordRefusals(deps.em, result.errors);
    return { ...result, errors: result.errors.map((error) => showError(error.toJSON(), error)) };
  };
  const sharedSubscriptions = new SharedSubscriptions({
    schema,
    audiences: { taskUpdated: taskAudience },
    supersedes: { taskUpdated: taskStateKey },
    contextOf: (caller) => createRequestContext(deps, caller, null),
    finish: finishResult,
    mode: config.subscriptionFanout,
  });
  // A websocket message holds one operation: no real one comes near this. No permessage-deflate:
  // a taskUpdated frame is a few hundred bytes sent to every socket, and compressing it once per
  // socket would cost more CPU than sending it (see graphql/socket-outbox.ts).
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1024 * 1024, perMessageDeflate: false });
  observeWebsocketMessages(wsServer, config.logRequests ? log : null);
  const wsTimer = new WebsocketOperationTimer();
  const wsCleanup = useServer<Record<string, unknown>, { caller?: Caller }>(
    {
      schema,
      // Sockets authenticate before any operation: a token in connection_init, or the session
      // cookie from a page of our own origin. Anything else is closed.
      onConnect: async (ctx) => {
        const req = ctx.extra.request;
        const token = typeof ctx.connectionParams?.token === 'string' ? ctx.connectionParams.token : undefined;
        if (!token && !originAllowed(req, config.allowedOrigins)) return false;
        // From now on a revoked credential closes this socket (see LiveSockets).
        const viewer = await liveSockets.connect(ctx.extra.socket, token ?? bearerOf(req));
        if (!viewer) {
          ctx.extra.socket.close(4401, 'Unauthorized');
          return false;
        }
        ctx.extra.caller = callerOf(viewer, clientAddressOf(req));
        return true;
      },
      // The limits of HTTP operations hold here too; each operation gets a context, and so a unit
      // of work, of its own.
      onSubscribe: (ctx, id, payload) => {
        wsTimer.start(ctx, id);
        const checked = checkedOperation(schema, payload);
        if ('errors' in checked) return checked.errors;
        wsTimer.resolved(ctx, id, checked.document, payload.operationName);
        return {
          schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: sharedSubscriptions.bind(createRequestContext(deps, ctx.extra.caller!, null), ctx.extra.socket, id),
        };
      },
      // A document refused before execution (it does not parse or validate, or breaks a limit):
      // the same codes as over HTTP.
      onError: (ctx, id, _payload, errors) => {
        wsTimer.failed(ctx, id);
        wsTimer.finish(ctx, id);
        return errors.map((error) => showError(error.toJSON(), error));
      },
      onOperation: (ctx, id) => wsTimer.executing(ctx, id),
      onNext: (ctx, id, _payload, _args, result) => {
        if (result.errors) wsTimer.failed(ctx, id);
        return finishResult(result);
      },
      onComplete: (ctx, id) => wsTimer.finish(ctx, id),
      subscribe: sharedSubscriptions.subscribe,
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    // Custodian's own shutdown stops Apollo; Apollo's handlers would re-send SIGTERM and cut
    // short the worker's grace period in `npm start`.
    stopOnTerminationSignals: false,
    introspection: true,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    formatError: showError,
    plugins: [
      operationLimitsPlugin(),
      graphqlMetricsPlugin(),
      // Refusals no service wrote (a guard outside an audited transaction) are audited here, once.
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors }) {
              await recordRefusals(deps.em, errors);
            },
          };
        },
      },
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const routes: RouteDeps = {
    contextOf: async (req, options) =>
      createRequestContext(deps, callerOf(await authenticate(options?.authorizationOnly ? authorizationOf(req) : bearerOf(req)), clientAddressOf(req)), null),
    recordRefusals: (errors) => recordRefusals(deps.em, errors),
  };

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/metrics', apiPortMetricsRoute(config, log));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    refuseOversizedDocument,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const secure = req.secure;
        return createRequestContext(deps, callerOf(await authenticate(bearerOf(req)), clientAddressOf(req)), {
          set: (token) => res.setHeader('Set-Cookie', sessionCookie(token, config.sessionTtlHours * 3600, secure)),
          clear: () => res.setHeader('Set-Cookie', clearedSessionCookie(secure)),
        });
      },
    }),
  );
  app.get('/exports/:taskId/file', downloadRoute(routes));
  app.get('/api/recordings/:id/media', mediaRoute(routes));
  app.get('/api/recordings/:id/browser-preview', browserPreviewRoute(routes));
  app.get(EVIDENCE_BUNDLE_PATH, evidenceBundleRoute(routes, log));
  app.get(SIGNING_KEYS_PATH, signingKeysRoute(deps.keyRing));
  app.get('/api/audit/export.csv', auditCsvRoute(routes));
  app.post('/api/recordings', uploadRoute(routes));
  app.use(['/api', '/exports', SIGNING_KEYS_PATH], noRoute());

  if (fs.existsSync(path.join(config.webDir, 'index.html'))) {
    app.use(webAppRoutes(config.webDir));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send(`The web app is not built (${config.webDir} has no index.html). Run npm run build.`);
    });
  }

  app.use(jsonErrors(log));

  return {
    httpServer,
    sharedSubscriptions,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
