export { provideTestInfrastructure, type TestInfrastructure } from './infrastructure';
export {
  createTestDatabase,
  createEmbeddedTestDatabase,
  createTestTopics,
  eventually,
  kafkaBrokers,
  runsEmbedded,
  type TestDatabase,
} from './test-environment';
export {
  TestPlatform,
  TRANSPORT_KINDS,
  type TransportKind,
  type TestService,
  type StartOptions,
} from './test-platform';
export { mintToken, fullAccessToken, bearer, type TokenOptions } from './tokens';
export { customerRegisteredEvent, eventRecord } from './events';
export { apiClient, type ApiAnswer, type ApiClient, type CallOptions } from './api-client';
