import { Injectable } from '@nestjs/common';
import type { ScheduledJob } from '@crm/platform';
import { ScheduleFestivalGreetingsUseCase } from '../../application/schedule-festival-greetings/schedule-festival-greetings.use-case';

/** Greets customers on the festivals they observe (and consented to share), in their own time zone. */
@Injectable()
export class FestivalGreetingsJob implements ScheduledJob {
  readonly name = 'festival-greetings';

  constructor(private readonly greetings: ScheduleFestivalGreetingsUseCase) {}

  run(): Promise<number> {
    return this.greetings.execute();
  }
}
