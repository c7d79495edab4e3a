import { eventsTopic } from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent } from '@crm/messaging';
import { TestPlatform, eventually, fullAccessToken, type TestService } from '@crm/testing';
import { interactionLogService } from '../src/interaction-log.service';
import { FollowUpsJob } from '../src/api/follow-ups.job';
import { client, correction, interaction } from './support';

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

  /**
   * Records an interaction of the customer and waits for its event: the customer's events share a
   * partition, so once this later one has arrived, every event published before it has too.
   */
  const markerAfter = async (customerId: string) => {
    const recorded = await api.post('/v1/interactions', interaction(customerId));
    expect(recorded.status).toBe(201);
    await eventually(() =>
      expect(
        published
          .map((record) => decodeEvent(record))
          .filter(
            (e) =>
              e.type === 'crm.interaction.recorded.v1' &&
              (e.data as { interactionId: string }).interactionId === recorded.body.id,
          ),
      ).toHaveLength(1),
    );
  };

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
    // A later event of each customer: once it has arrived, a second due event would have too.
    await Promise.all(followUps.map((followUp) => markerAfter(followUp.customerId)));
    for (const followUp of followUps) expect(events('crm.followup.due.v1', followUp.id)).toHaveLength(1);
    const rows = await first.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM timeline_entries WHERE type = 'crm.followup.due.v1' AND customer_id = ANY($1)`,
      [followUps.map((f) => f.customerId)],
    );
    expect(rows[0]?.n).toBe(30);
  });

  it('refuses a well-formed cursor whose position was tampered with: a 400 problem, never a 500', async () => {
    const team = `team-${newId()}`;
    await schedule({ assignedTeam: team });
    await schedule({ assignedTeam: team });
    const page = await api.get(`/v1/follow-ups?assignedTeam=${team}&limit=1`);
    const issued = JSON.parse(Buffer.from(page.body.nextCursor, 'base64url').toString('utf8'));
    expect(issued).toEqual({ at: expect.any(String), id: expect.any(String) });
    const forge = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
    for (const forged of [
      forge({ ...issued, at: 'yesterday' }),
      forge({ ...issued, id: 'not-a-uuid' }),
      forge({ ...issued, id: `${issued.id}' OR '1'='1` }),
    ]) {
      const answer = await api.get(`/v1/follow-ups?assignedTeam=${team}&limit=1&cursor=${forged}`);
      expect({ forged, status: answer.status }).toEqual({ forged, status: 400 });
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/cursor']);
    }
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
    await Promise.all([first.app.get(FollowUpsJob).run(), second.app.get(FollowUpsJob).run()]);
    await markerAfter(followUp.customerId);
    expect(events('crm.followup.overdue.v1', followUp.id)).toHaveLength(1);
    expect(events('crm.followup.due.v1', followUp.id)).toHaveLength(1);
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
    // The completion's own event came first; a due or overdue event would come before this marker.
    await markerAfter(followUp.customerId);
    expect(events('crm.followup.due.v1', followUp.id)).toHaveLength(0);
    expect(events('crm.followup.overdue.v1', followUp.id)).toHaveLength(0);
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
