// The fuzzer's shared parts: requests made from the schema, and the harness that sends them and
// checks the properties. Types: index.d.mts.
export {
  DOCUMENTED_CODES,
  FuzzViolation,
  KNOWN_FINDINGS,
  PRINCIPALS,
  createFuzzRunner,
  describeStats,
  prepareFuzzWorld,
  tableSnapshotter,
} from './harness.mjs';
export {
  DeeplyNested,
  HOSTILE_STRINGS,
  OMIT,
  SCHEMA_FILE,
  buildCase,
  describeCase,
  fuzzCaseArbitrary,
  loadSchema,
  requestBody,
  rootOperations,
  selectionFor,
  valueArbitrary,
  websocketVariables,
  wrongValueArbitrary,
} from './schema-arbitraries.mjs';
export { FILE_ROUTE_STATUS, FILE_ROUTES, askedRanges, fileCaseArbitrary, fileRouteSender, prepareFileRoutes } from './file-routes.mjs';
