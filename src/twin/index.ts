/**
 * smshex/twin: an offline twin of the provider's SMS endpoints, for
 * integration tests. Node only (`node:http`); the core `smshex` entry never
 * loads it.
 *
 * @packageDocumentation
 * @module smshex/twin
 */

export { startTwin } from './server.js';
export { PENDING_ENROUTE } from './answers.js';
export type { ScriptedFault, Twin, TwinEndpoint, TwinIssue, TwinIssueCode, TwinOptions, TwinRequest } from './types.js';
