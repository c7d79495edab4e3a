import { eventsTopic } from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent } from '@crm/messaging';
import { TestPlatform, eventually, fullAccessToken, type TestService } from '@crm/testing';
import { interactionLogService } from '../src/interaction-log.service';
import { FollowUpsJob } from '../src/api/follow-ups.job';
import { client, correction } from './support';

const HOUR = 3_600_000;

describe('interaction log: follow-ups (kafka)', () => {
  let platform: TestPlatform;
  let first: TestService;
  let second: TestService;
  let api: ReturnType<typeof client>;
  let published: Awaited<ReturnType<TestPlatform['collect']>>;
  const clock = new AdjustableClock('2026-11-24T08:00:00Z');
  // Two hours of margin after dueAt before a follow-up counts as overdue.
  const env = { SCHEDULER_INTERVAL_MS: '0', FOLLOW_UP_OVERDUE_MARGIN_MINUTES: '120' };

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'il-follow-ups');
    first = await platform.start(interactionLogService, { clock, env });
    second = await platform.start(interactionLogService, { clock, env, replicaOf: first });
    api = client(first, await fullAccessToken());
    published = await platform.collect(eventsTopic('interaction-log', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  const events = (type: string, followUpId: string) =>
    published
      .map((record) => decodeEvent(record))
      .filter((e) => e.type === type && (e.data as { followUpId: string }).followUpId === followUpId);

  const schedule = async (body: Record<string, unknown> = {}) => {
    const answer = await api.post('/v1/follow-ups', {
      customerId: newId(),
      dueAt: new Date(clock.now().getTime() + HOUR).toISOString(),
      reason: 'check-hardship-outcome',
      assignedTeam: `team-${newId()}`,
      ...body,
    });
    expect(answer.status).toBe(201);
    return answer.body as Record<string, any>;
  };

  it('schedules a follow-up for a staff member or team and refuses one without either', async () => {
    const followUp = await schedule({ assignedStaffId: 'staff-0042', dueAt: '2026-11-24T18:00:00+08:00' });
    expect(followUp).toMatchObject({
      status: 'scheduled',
      dueAt: '2026-11-24T10:00:00.000Z',
      assignedStaffId: 'staff-0042',
    });
    const unassigned = await api.post('/v1/follow-ups', {
      customerId: newId(),
      dueAt: '2026-11-25T10:00:00Z',
      reason: 'call back',
    });
    expect(unassigned.status).toBe(422);
    expect(unassigned.body.code).toBe('FOLLOW_UP_UNASSIGNED');
  });

  it('fires crm.followup.due.v1 exactly once with two scheduler replicas running at once', async () => {
    const followUps = await Promise.all(Array.from({ length: 30 }, () => schedule()));
    clock.advanceBy(HOUR + 1);

    const jobs = [first.app.get(FollowUpsJob), second.app.get(FollowUpsJob)];
    const fired = await Promise.all([...jobs, ...jobs].map((job) => job.run()));

    expect(fired.reduce((a, b) => a + b, 0)).toBe(30);
    for (const followUp of followUps) {
      await eventually(() => expect(events('crm.followup.due.v1', followUp.id)).toHaveLength(1));
    }
    expect(await first.app.get(FollowUpsJob).run()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const followUp of followUps) expect(events('crm.followup.due.v1', followUp.id)).toHaveLength(1);
    const rows = await first.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM timeline_entries WHERE type = 'crm.followup.due.v1' AND customer_id = ANY($1)`,
      [followUps.map((f) => f.customerId)],
    );
    expect(rows[0]?.n).toBe(30);
  });

  it('lists due and overdue follow-ups per team, and fires overdue once after the configured margin', async () => {
    const team = `team-${newId()}`;
    const followUp = await schedule({ assignedTeam: team });
    const list = async (status: string) =>
      (await api.get(`/v1/follow-ups?assignedTeam=${team}&status=${status}`)).body.items.map(
        (f: { id: string }) => f.id,
      );

    clock.advanceBy(HOUR);
    await first.app.get(FollowUpsJob).run();
    expect(await list('due')).toEqual([followUp.id]);
    expect(await list('overdue')).toEqual([]);

    clock.advanceBy(2 * HOUR - 1000);
    await Promise.all([first.app.get(FollowUpsJob).run(), second.app.get(FollowUpsJob).run()]);
    expect(await list('overdue')).toEqual([]);

    clock.advanceBy(1000);
    await Promise.all([first.app.get(FollowUpsJob).run(), second.app.get(FollowUpsJob).run()]);
    expect(await list('overdue')).toEqual([followUp.id]);
    expect(await list('due')).toEqual([]);
    const [overdue] = await eventually(() => {
      const found = events('crm.followup.overdue.v1', followUp.id);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(overdue?.data).toMatchObject({
      followUpId: followUp.id,
      assignedTeam: team,
      overdueAt: new Date(Date.parse(followUp.dueAt) + 2 * HOUR).toISOString(),
    });
    await first.app.get(FollowUpsJob).run();
    expect(events('crm.followup.overdue.v1', followUp.id)).toHaveLength(1);
  });

  it('completes a follow-up with an outcome by recording the interaction, and only once', async () => {
    const loanId = newId();
    const followUp = await schedule({ loanId });
    const body = correction({
      outcome: 'informed',
      channel: 'branch',
      occurredAt: clock.now().toISOString(),
    });

    const completed = await api.post(`/v1/follow-ups/${followUp.id}/completion`, body);
    expect(completed.status).toBe(201);
    expect(completed.body).toMatchObject({
      status: 'completed',
      completionInteractionId: expect.any(String),
    });
    const interaction = await api.get(`/v1/interactions/${completed.body.completionInteractionId}`);
    expect(interaction.body).toMatchObject({ customerId: followUp.customerId, channel: 'branch', loanId });

    const again = await api.post(`/v1/follow-ups/${followUp.id}/completion`, body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('FOLLOW_UP_ALREADY_COMPLETED');

    clock.advanceBy(5 * HOUR);
    await first.app.get(FollowUpsJob).run();
    expect(events('crm.followup.due.v1', followUp.id)).toHaveLength(0);
  });

  it('reschedules a follow-up: it falls due again at the new time', async () => {
    const followUp = await schedule();
    clock.advanceBy(HOUR);
    await first.app.get(FollowUpsJob).run();
    const later = new Date(clock.now().getTime() + 24 * HOUR).toISOString();

    const answer = await api.post(`/v1/follow-ups/${followUp.id}/reschedule`, { dueAt: later });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'scheduled', dueAt: later });

    clock.advanceBy(24 * HOUR);
    await first.app.get(FollowUpsJob).run();
    await eventually(() => expect(events('crm.followup.due.v1', followUp.id)).toHaveLength(2));
    expect(
      events('crm.followup.due.v1', followUp.id).map((e) => (e.data as { dueAt: string }).dueAt),
    ).toEqual([followUp.dueAt, later]);
  });
});
