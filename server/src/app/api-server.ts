import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { callerOf, type Caller } from '../access/caller.js';
import type { RequestContext } from '../access/request-context.js';
import { AuthService } from '../auth/auth.service.js';
import type { Log } from '../common/log.js';
import { EVIDENCE_BUNDLE_PATH } from '../evidence/evidence-bundle-url.js';
import { auditCsvRoute } from '../http/audit-csv.route.js';
import { bearerOf, clearedSessionCookie, clientAddressOf, originAllowed, sessionCookie } from '../http/credentials.js';
import { downloadRoute } from '../http/download.route.js';
import { evidenceBundleRoute } from '../http/evidence-bundle.route.js';
import type { LiveSockets } from '../http/live-sockets.js';
import { mediaRoute } from '../http/media.route.js';
import type { RequestContextOf } from '../http/route-context.js';
import { SIGNING_KEYS_PATH, signingKeysRoute } from '../http/signing-keys.route.js';
import { uploadRoute } from '../http/upload.route.js';
import { complexityLimit, depthLimit, MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './graphql-limits.js';
import { createRequestContext, type ApiDeps } from './request-services.js';
import { buildAppSchema } from './schema.js';

export interface ApiServer {
  httpServer: Server;
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

/** Hides internal failures from clients while keeping the errors they can act on. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    console.error('unexpected error:', error);
    return { message: 'Something went wrong on the server; the request changed nothing.', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
  }
  // Keep what the application added (the input field at fault, missing ids, when to retry); never a stack trace.
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { message: formatted.message, extensions: { ...extensions, code }, path: formatted.path, locations: formatted.locations };
}

/** The HTTP server of the API: GraphQL over HTTP and websockets, the file routes, and the web app. */
export async function createApiServer(deps: ApiDeps, liveSockets: LiveSockets, log: Log): Promise<ApiServer> {
  const { config } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const schema = await buildAppSchema();
  const authenticate = (secret: string | undefined) => new AuthService(deps.em.fork(), config).authenticate(secret);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { caller?: Caller }>(
    {
      schema,
      // Sockets authenticate before any operation: a token in connection_init, or the session
      // cookie from a page of our own origin. Anything else is closed.
      onConnect: async (ctx) => {
        const req = ctx.extra.request;
        const token = typeof ctx.connectionParams?.token === 'string' ? ctx.connectionParams.token : undefined;
        if (!token && !originAllowed(req, config.allowedOrigins)) return false;
        const viewer = await authenticate(token ?? bearerOf(req));
        // From now on a revoked credential closes this socket (see LiveSockets).
        if (!viewer || !(await liveSockets.add(ctx.extra.socket, viewer))) {
          ctx.extra.socket.close(4401, 'Unauthorized');
          return false;
        }
        ctx.extra.caller = callerOf(viewer, clientAddressOf(req));
        return true;
      },
      // A context per operation: each subscription reads with a unit of work of its own.
      context: (ctx) => createRequestContext(deps, ctx.extra.caller!, null),
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
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    formatError,
    plugins: [
      complexityLimit(MAX_QUERY_COMPLEXITY),
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

  const contextOf: RequestContextOf = async (req) => createRequestContext(deps, callerOf(await authenticate(bearerOf(req)), clientAddressOf(req)), null);

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
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
  app.get('/exports/:taskId/file', downloadRoute(contextOf));
  app.get('/api/recordings/:id/media', mediaRoute(contextOf));
  app.get(EVIDENCE_BUNDLE_PATH, evidenceBundleRoute(contextOf, log));
  app.get(SIGNING_KEYS_PATH, signingKeysRoute(deps.keyRing));
  app.get('/api/audit/export.csv', auditCsvRoute(contextOf));
  app.post('/api/recordings', uploadRoute(contextOf, config.recordingsDir));

  // The browser app, with every unknown path answered by index.html for client-side routing.
  if (fs.existsSync(path.join(config.webDir, 'index.html'))) {
    app.use(express.static(config.webDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|api\/|exports\/).*/, (_req, res) => {
      res.sendFile(path.join(config.webDir, 'index.html'), { maxAge: 0 });
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send(`The web app is not built (${config.webDir} has no index.html). Run npm run build.`);
    });
  }

  // Errors outside GraphQL (a malformed JSON body, a failed download) get a JSON answer without
  // internals; the details go to the log.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) console.error('request failed:', error);
    if (res.headersSent) return res.end();
    res.status(status).json({
      error:
        status === 500
          ? { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on the server.' }
          : { code: 'BAD_REQUEST', message: error.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : error.message },
    });
  });

  return {
    httpServer,
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
