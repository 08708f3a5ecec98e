/**
 * `@fc-atlas/catalog/check`: the diagnostic scanner, for tools that look at code and configuration (lint rules, CI
 * checks, editors): what is wrong with a host and how to write it, and every FC host in a longer text. Apps that
 * build and parse hosts at run time need only the main entry, and do not ship the scanner.
 */
export { DYNAMIC, type AccountKind } from './account.js';
export { checkEndpoint, findEndpoints } from './endpoint.js';
export type { EndpointDiagnosis, EndpointMatch, EndpointProblem, EndpointProblemKind, RegionKind } from './endpoint.js';
export { mayContainEndpoint } from './parse-endpoint.js';
