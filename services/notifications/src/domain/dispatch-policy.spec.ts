import { decideDispatch, type DispatchContext } from './dispatch-policy';
import type { Recipient } from './recipient';
import type { Workflow } from './workflow';

const customerId = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';
const loanId = '0192f0c2-7b1e-7cc1-8a3e-ffffffffffff';

function recipient(overrides: Partial<Recipient> = {}): Recipient {
  return {
    customerId,
    locale: 'en-US',
    timeZone: 'America/Chicago',
    countryOfResidence: 'US',
    preferredChannels: ['sms', 'email'],
    contactHours: { start: '07:00', end: '22:00' },
    contactPoints: { phone: '+13125550100', email: 'pat@example.com' },
    observedFestivals: [],
    adjustments: [],
    consents: [],
    hasContactPreferences: true,
    hardshipLoanIds: [],
    ...overrides,
  };
}

const missed: Workflow = {
  name: 'payment-missed',
  purpose: 'collections',
  audience: 'customer',
  templateKey: 'payment-missed',
  steps: [{ channels: ['sms', 'email'] }, { channels: ['staff-task'], task: 'call' }],
  params: {},
};

function context(overrides: Partial<DispatchContext> = {}): DispatchContext {
  return {
    // 12:00 in Chicago (CST, UTC-6).
    now: new Date('2026-11-24T18:00:00Z'),
    workflow: missed,
    notification: {
      purpose: 'collections',
      stepIndex: 0,
      loanId,
      createdAt: new Date('2026-11-24T18:00:00Z'),
    },
    recipient: recipient(),
    recentLoanContacts: [],
    sentInThrottleWindow: 0,
    defaultContactHours: { start: '08:00', end: '21:00' },
    awaitPreferencesMinutes: 60,
    ...overrides,
  };
}

describe('dispatch policy', () => {
  it('sends on the first channel of the customer preferred order that the step allows', () => {
    expect(decideDispatch(context())).toMatchObject({ kind: 'send', channel: 'sms', stepIndex: 0 });
  });

  it('holds US collections to 08:00 local even when the customer allows 07:00 (Regulation F)', () => {
    const decision = decideDispatch(context({ now: new Date('2026-11-24T13:30:00Z') })); // 07:30 CST
    expect(decision).toEqual({
      kind: 'defer',
      until: new Date('2026-11-24T14:00:00Z'),
      reason: 'LEGAL_CONTACT_HOURS',
    });
  });

  it('defers the eighth collections contact about a loan in seven days until the first ages out', () => {
    const first = new Date('2026-11-18T18:00:00Z');
    const contacts = Array.from({ length: 7 }, (_, i) => new Date(first.getTime() + i * 3_600_000));
    const decision = decideDispatch(context({ recentLoanContacts: contacts }));
    expect(decision).toEqual({
      kind: 'defer',
      until: new Date('2026-11-25T18:00:00Z'),
      reason: 'CONTACT_CAP_7_IN_7_DAYS',
    });
  });

  it('skips collections while a hardship arrangement is in force', () => {
    expect(decideDispatch(context({ recipient: recipient({ hardshipLoanIds: [loanId] }) }))).toEqual({
      kind: 'skip',
      reason: 'HARDSHIP_ARRANGEMENT_ACTIVE',
    });
  });

  it('keeps collections silent on a festival the customer observes', () => {
    const decision = decideDispatch(
      context({
        now: new Date('2026-12-25T18:00:00Z'),
        recipient: recipient({ observedFestivals: ['christmas'] }),
      }),
    );
    expect(decision).toEqual({
      kind: 'defer',
      until: new Date('2026-12-26T14:00:00Z'),
      reason: 'FESTIVAL_OBSERVED',
    });
  });

  it('lets security messages through at night', () => {
    const decision = decideDispatch(
      context({
        now: new Date('2026-11-24T09:00:00Z'), // 03:00 CST
        workflow: { ...missed, purpose: 'security' },
        notification: { purpose: 'security', stepIndex: 0, createdAt: new Date('2026-11-24T09:00:00Z') },
      }),
    );
    expect(decision).toMatchObject({ kind: 'send', channel: 'sms' });
  });

  it('skips with a reason when no channel is permitted, instead of failing', () => {
    const decision = decideDispatch(
      context({
        recipient: recipient({
          consents: [
            { purpose: 'service', channel: 'any', status: 'withdrawn', changedAt: new Date('2026-01-01') },
          ],
          adjustments: ['no-phone-calls'],
        }),
      }),
    );
    expect(decision).toEqual({ kind: 'skip', reason: 'NO_PERMITTED_CHANNEL' });
  });

  it('drops call tasks for a customer who asked for no phone calls', () => {
    const decision = decideDispatch(
      context({
        notification: {
          purpose: 'collections',
          stepIndex: 1,
          loanId,
          createdAt: new Date('2026-11-24T18:00:00Z'),
        },
        recipient: recipient({ adjustments: ['no-phone-calls'] }),
      }),
    );
    expect(decision).toEqual({ kind: 'skip', reason: 'NO_PERMITTED_CHANNEL' });
  });

  it('needs an opt-in for marketing on the channel', () => {
    const marketing = { ...missed, purpose: 'marketing' as const };
    const notification = {
      purpose: 'marketing' as const,
      stepIndex: 0,
      createdAt: new Date('2026-11-24T18:00:00Z'),
    };
    expect(decideDispatch(context({ workflow: marketing, notification }))).toEqual({
      kind: 'skip',
      reason: 'NO_PERMITTED_CHANNEL',
    });
    const granted = recipient({
      consents: [
        { purpose: 'marketing', channel: 'email', status: 'granted', changedAt: new Date('2026-01-01') },
      ],
    });
    expect(decideDispatch(context({ workflow: marketing, notification, recipient: granted }))).toMatchObject({
      kind: 'send',
      channel: 'email',
    });
  });

  it('waits for the contact preferences that follow a registration', () => {
    const decision = decideDispatch(context({ recipient: recipient({ hasContactPreferences: false }) }));
    expect(decision).toMatchObject({ kind: 'defer', reason: 'AWAITING_CONTACT_PREFERENCES' });
  });
});
