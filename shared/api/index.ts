// The back end's wire contract (issue 3): request/response schemas (TypeBox, JSON Schema) and their static types.
export * from './errors';
export * from './common';
export * from './account-creation';
export * from './sessions';
export * from './migration';
export * from './password-reset';
export * from './account-space';
export * from './demandes';
export * from './sandbox';
export * from './routes';
export * from './franceconnect';
