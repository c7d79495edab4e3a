import { BaseRpcContext } from '@nestjs/microservices';
import type { ReceivedRecord } from '../transport/event-transport';

/** What an event handler may know about the record it handles: `@Ctx() context: EventContext`. */
export class EventContext extends BaseRpcContext<[ReceivedRecord]> {
  get record(): ReceivedRecord {
    return this.args[0];
  }
}
