import { parseJurisdiction, type Jurisdiction } from './jurisdiction';
import { EXTENSION_RULES, HOLDING_RESPONSE_RULES, selectRegime } from './regime-rules';
import { RegulatoryClock, deadlinesOf, endOf, isOnTime, meetMilestones } from './regulatory-clock';

function j(value: string): Jurisdiction {
  const parsed = parseJurisdiction(value);
  if (!parsed) throw new Error(`bad jurisdiction ${value}`);
  return parsed;
}

/** The official 2026 Spring Festival schedule (国办发明电〔2025〕 holiday notice): 15–23 Feb off, 14 and 28 Feb worked. */
const CHINA_2026 = {
  CN: { closures: ['2026-02-19', '2026-02-20', '2026-02-23'], openings: ['2026-02-14', '2026-02-28'] },
};

describe('regime selection (rules as data)', () => {
  it.each([
    ['US-CA', 'Mortgage', 'us-cfpb'],
    ['GB', 'Mortgage', 'uk-fca-disp'],
    ['GB-SCT', 'Credit card', 'uk-fca-disp'],
    ['GB', 'Money transfer, virtual currency, or money service', 'uk-fca-psd'],
    ['CN', 'Checking or savings account', 'cn-nfra'],
    ['IE', 'Mortgage', 'eu-jc'],
    ['DE-BY', 'Prepaid card', 'eu-jc'],
  ])('chooses the regime of %s for %s: %s', (jurisdiction, product, regime) => {
    expect(selectRegime(j(jurisdiction), product)).toEqual({ regime, source: 'rules' });
  });

  it('has no regime for a jurisdiction no rule covers', () => {
    expect(selectRegime(j('JP'), 'Mortgage')).toBeUndefined();
  });

  it('takes an override with its reason over the rules', () => {
    expect(
      selectRegime(j('GB'), 'Mortgage', {
        regime: 'uk-fca-psd',
        reason: 'payment transaction on the mortgage account',
      }),
    ).toEqual({
      regime: 'uk-fca-psd',
      source: 'override',
      overrideReason: 'payment transaction on the mortgage account',
    });
  });
});

describe('day 0 is the day of receipt in the jurisdiction time zone', () => {
  const clock = new RegulatoryClock();

  it.each([
    ['US-CA', '2026-12-22T03:00:00Z', 'America/Los_Angeles', '2026-12-21'],
    ['US', '2026-12-22T03:00:00Z', 'America/New_York', '2026-12-21'],
    ['GB', '2023-06-30T23:30:00Z', 'Europe/London', '2023-07-01'],
    ['GB', '2022-12-23T23:30:00Z', 'Europe/London', '2022-12-23'],
    ['CN', '2026-02-09T16:30:00Z', 'Asia/Shanghai', '2026-02-10'],
    ['ES-CN', '2026-03-01T23:30:00Z', 'Atlantic/Canary', '2026-03-01'],
    ['ES', '2026-03-01T23:30:00Z', 'Europe/Madrid', '2026-03-02'],
  ])('%s at %s: zone %s, day 0 %s', (jurisdiction, at, zone, dayZero) => {
    const state = clock.start('us-cfpb', j(jurisdiction), new Date(at));
    expect(state.timeZone).toBe(zone);
    expect(state.dayZero).toBe(dayZero);
  });

  it('refuses a jurisdiction without a configured time zone', () => {
    expect(() => clock.start('eu-jc', j('JP'), new Date('2026-01-05T00:00:00Z'))).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_JURISDICTION_UNSUPPORTED' }),
    );
  });
});

describe('us-cfpb: calendar days, public holidays not skipped', () => {
  const clock = new RegulatoryClock();

  it('response 15 calendar days after day 0 across Christmas and New Year', () => {
    // Day 0 = Mon 21 Dec 2026 in Los Angeles (19:00 PST); +15 = Tue 5 Jan 2027 (25 Dec and 1 Jan count).
    const state = clock.start('us-cfpb', j('US-CA'), new Date('2026-12-22T03:00:00Z'));
    expect(deadlinesOf(state)).toEqual({ response: '2027-01-05' });
  });

  it('keeps a deadline that falls on a federal holiday (calendar days do not roll)', () => {
    // Day 0 = Thu 10 Dec 2026; +15 = Fri 25 Dec 2026, Christmas Day.
    const state = clock.start('us-cfpb', j('US'), new Date('2026-12-10T15:00:00Z'));
    expect(deadlinesOf(state)).toEqual({ response: '2026-12-25' });
  });

  it('an "in progress" response meets the response milestone and owes a final response 60 days after day 0', () => {
    const rule = HOLDING_RESPONSE_RULES['us-cfpb'];
    if (!rule) throw new Error('missing rule');
    const started = clock.start('us-cfpb', j('US-CA'), new Date('2026-12-22T03:00:00Z'));
    const { state, change } = clock.change(started, j('US-CA'), rule);
    // 21 Dec 2026 + 60: 10 days to 31 Dec, 31 in January, 19 in February = Fri 19 Feb 2027.
    expect(deadlinesOf(state)).toEqual({ response: '2027-01-05', finalResponse: '2027-02-19' });
    expect(change).toEqual({ milestone: 'finalResponse', newDeadline: '2027-02-19', ground: 'in-progress' });
  });

  it('counts US federal holidays (substitute days included) when business days are asked', () => {
    // Thanksgiving Thu 26 Nov 2026 is closed, the Friday after is not.
    expect(clock.dueDate(j('US'), '2026-11-25', { days: 5, unit: 'business' })).toBe('2026-12-03');
    // Independence Day falls on a Saturday in 2026: observed Fri 3 Jul.
    expect(clock.dueDate(j('US'), '2026-07-01', { days: 2, unit: 'business' })).toBe('2026-07-06');
    // Juneteenth (Fri 19 Jun 2026) and Memorial Day (Mon 25 May 2026).
    expect(clock.dueDate(j('US'), '2026-06-18', { days: 1, unit: 'business' })).toBe('2026-06-22');
    expect(clock.dueDate(j('US'), '2026-05-22', { days: 1, unit: 'business' })).toBe('2026-05-26');
  });
});

describe('uk-fca-disp: English Christmas and New Year with substitute days', () => {
  const clock = new RegulatoryClock();

  it('2022: 25–26 Dec on a weekend, substitutes on Tue 27 Dec and Mon 2 Jan', () => {
    // Day 0 Fri 23 Dec 2022. Closed: 24–25 weekend, 26 Boxing Day, 27 Christmas (substitute).
    // Business days: 28 (1), 29 (2), 30 (3) → summary resolution Fri 30 Dec.
    // Then 31 Dec–1 Jan weekend, Mon 2 Jan New Year (substitute): 3 Jan (4), 4 Jan (5) → acknowledgement.
    // 23 Dec + 56 calendar days = Fri 17 Feb 2023.
    const state = clock.start('uk-fca-disp', j('GB'), new Date('2022-12-23T10:00:00Z'));
    expect(deadlinesOf(state)).toEqual({
      acknowledgement: '2023-01-04',
      summaryResolution: '2022-12-30',
      finalResponse: '2023-02-17',
    });
  });

  it('2027: 25–26 Dec on a weekend, substitutes on Mon 27 and Tue 28 Dec; New Year 2028 on Mon 3 Jan', () => {
    // Day 0 Thu 23 Dec 2027: Fri 24 (1), 25–26 weekend, 27–28 substitute days, Wed 29 (2), Thu 30 (3).
    // Fri 31 (4), 1–2 Jan weekend, Mon 3 Jan 2028 substitute for New Year's Day, Tue 4 Jan (5).
    const state = clock.start('uk-fca-disp', j('GB-ENG'), new Date('2027-12-23T09:00:00Z'));
    expect(deadlinesOf(state)).toEqual({
      acknowledgement: '2028-01-04',
      summaryResolution: '2027-12-30',
      finalResponse: '2028-02-17',
    });
  });

  it('matches the contract example: received 23 Dec 2026 → summary 30 Dec 2026, final 17 Feb 2027', () => {
    // Boxing Day 2026 is a Saturday: substitute Mon 28 Dec. Thu 24 (1), Tue 29 (2), Wed 30 (3).
    const state = clock.start('uk-fca-disp', j('GB'), new Date('2026-12-23T10:00:00Z'));
    expect(deadlinesOf(state).summaryResolution).toBe('2026-12-30');
    expect(deadlinesOf(state).finalResponse).toBe('2027-02-17');
  });

  it('counts Scottish holidays for GB-SCT (2 January is a bank holiday there)', () => {
    // Day 0 Wed 30 Dec 2026. England: Thu 31 (1), Fri 1 Jan closed, Mon 4 (2), Tue 5 (3).
    // Scotland also closes Sat 2 Jan (its substitute is Mon 4 Jan): Thu 31 (1), Tue 5 (2), Wed 6 (3).
    const at = new Date('2026-12-30T10:00:00Z');
    expect(deadlinesOf(clock.start('uk-fca-disp', j('GB'), at)).summaryResolution).toBe('2027-01-05');
    expect(deadlinesOf(clock.start('uk-fca-disp', j('GB-SCT'), at)).summaryResolution).toBe('2027-01-06');
  });

  it('honours bank closures and openings from the override table', () => {
    const withClosure = new RegulatoryClock({ calendarOverrides: { GB: { closures: ['2022-12-28'] } } });
    expect(
      deadlinesOf(withClosure.start('uk-fca-disp', j('GB'), new Date('2022-12-23T10:00:00Z')))
        .summaryResolution,
    ).toBe('2023-01-03');
    const withOpening = new RegulatoryClock({ calendarOverrides: { GB: { openings: ['2022-12-27'] } } });
    expect(
      deadlinesOf(withOpening.start('uk-fca-disp', j('GB'), new Date('2022-12-23T10:00:00Z')))
        .summaryResolution,
    ).toBe('2022-12-29');
  });
});

describe('uk-fca-psd: 15 business days, 35 after a holding reply', () => {
  const clock = new RegulatoryClock();

  it('counts 15 and then 35 business days across the 2022 English Christmas', () => {
    // Day 0 Tue 20 Dec 2022: 21, 22, 23 (3); 26–27 closed; 28, 29, 30 (6); 2 Jan closed; 3–6 Jan (10);
    // 9–13 Jan (15) → Fri 13 Jan 2023. 35: 16–20 Jan (20), 23–27 (25), 30 Jan–3 Feb (30), 6–10 Feb (35).
    const started = clock.start('uk-fca-psd', j('GB'), new Date('2022-12-20T09:00:00Z'));
    expect(deadlinesOf(started)).toEqual({ acknowledgement: '2022-12-29', finalResponse: '2023-01-13' });
    const rule = HOLDING_RESPONSE_RULES['uk-fca-psd'];
    if (!rule) throw new Error('missing rule');
    const { state, change } = clock.change(started, j('GB'), rule);
    expect(deadlinesOf(state).finalResponse).toBe('2023-02-10');
    expect(change).toEqual({
      milestone: 'finalResponse',
      previousDeadline: '2023-01-13',
      newDeadline: '2023-02-10',
      ground: 'exceptional-circumstances',
    });
  });
});

describe('cn-nfra: working days across the Spring Festival', () => {
  it('with the holiday library alone (16–18 Feb 2026 closed)', () => {
    // Day 0 Tue 10 Feb 2026 (10:00 Beijing). 11, 12, 13 (3); 16–18 closed; 19, 20 (5); 23–27 (10);
    // 2–6 Mar (15) → Fri 6 Mar 2026.
    const state = new RegulatoryClock().start('cn-nfra', j('CN'), new Date('2026-02-10T02:00:00Z'));
    expect(deadlinesOf(state)).toEqual({ response: '2026-03-06' });
  });

  it('with the official 调休 schedule as overrides (15–23 Feb closed, Sat 14 and Sat 28 Feb worked)', () => {
    // 11, 12, 13 (3), Sat 14 (4); 15–23 closed; 24–27 (8), Sat 28 (9); 2–6 Mar (14); Mon 9 Mar (15).
    const clock = new RegulatoryClock({ calendarOverrides: CHINA_2026 });
    const started = clock.start('cn-nfra', j('CN'), new Date('2026-02-10T02:00:00Z'));
    expect(deadlinesOf(started)).toEqual({ response: '2026-03-09' });
    // Complex case: 30 working days: 10–13 Mar (19), 16–20 (24), 23–27 (29), Mon 30 Mar (30).
    const [complex] = EXTENSION_RULES['cn-nfra'] ?? [];
    if (!complex) throw new Error('missing rule');
    const { change } = clock.change(started, j('CN'), complex);
    expect(change).toEqual({
      milestone: 'response',
      previousDeadline: '2026-03-09',
      newDeadline: '2026-03-30',
      ground: 'complex-case',
    });
  });

  it('extends 15 → 30 → 60 working days from day 0 in summer', () => {
    // Day 0 Wed 1 Jul 2026 (no closing holiday until the Mid-Autumn Festival on 25 Sep; 1 Aug is a half day).
    // 15: 2–3 Jul (2), 6–10 (7), 13–17 (12), 20–22 (15) → 22 Jul. 30: 23–24 (17), 27–31 (22), 3–7 Aug (27),
    // 10–12 Aug (30) → 12 Aug. 60: 13–14 (32), 17–21 (37), 24–28 (42), 31 Aug–4 Sep (47), 7–11 (52),
    // 14–18 (57), 21–23 Sep (60) → 23 Sep.
    const clock = new RegulatoryClock();
    const cn = j('CN');
    const started = clock.start('cn-nfra', cn, new Date('2026-07-01T01:00:00Z'));
    const [complex, special] = EXTENSION_RULES['cn-nfra'] ?? [];
    if (!complex || !special) throw new Error('missing rules');
    const first = clock.change(started, cn, complex);
    const second = clock.change(first.state, cn, special);
    expect([deadlinesOf(started).response, first.change.newDeadline, second.change.newDeadline]).toEqual([
      '2026-07-22',
      '2026-08-12',
      '2026-09-23',
    ]);
  });
});

describe('eu-jc: deadlines configured per member state', () => {
  const clock = new RegulatoryClock();

  it('Ireland: 5 and 40 business days over Christmas, St Stephen’s substitute and St Brigid’s Day', () => {
    // Day 0 Wed 23 Dec 2026: Thu 24 (1); 25 Dec, Sat 26 (St Stephen's) and its substitute Mon 28 closed;
    // 29, 30, 31 (4); 1 Jan closed; Mon 4 Jan (5) → acknowledgement.
    // 5–8 Jan (9), 11–15 (14), 18–22 (19), 25–29 (24); Mon 1 Feb St Brigid's Day; 2–5 Feb (28), 8–12 (33),
    // 15–19 (38), 22–23 Feb (40) → final response Tue 23 Feb 2027.
    const state = clock.start('eu-jc', j('IE'), new Date('2026-12-23T10:00:00Z'));
    expect(deadlinesOf(state)).toEqual({ acknowledgement: '2027-01-04', finalResponse: '2027-02-23' });
  });

  it('France: 10 business days around 8 May, Ascension and Whit Monday; two months as 60 calendar days', () => {
    // Day 0 Thu 7 May 2026: Fri 8 May closed; 11–13 (3); Thu 14 Ascension; 15 (4); 18–22 (9);
    // Mon 25 Whit Monday; Tue 26 May (10). 7 May + 60 = 6 Jul.
    const state = clock.start('eu-jc', j('FR'), new Date('2026-05-07T08:00:00Z'));
    expect(deadlinesOf(state)).toEqual({ acknowledgement: '2026-05-26', finalResponse: '2026-07-06' });
  });

  it('a member state without an entry takes the default; a subdivision brings its own holidays', () => {
    // Day 0 Wed 23 Dec 2026 in Germany: 24 Dec and 31 Dec are half days (open). 24 (1); 25–26 closed;
    // 28–31 (5); 1 Jan closed; 4–8 Jan (10); 11–15 Jan (15) → 15 Jan. Bavaria also closes Wed 6 Jan → 18 Jan.
    const at = new Date('2026-12-23T10:00:00Z');
    expect(deadlinesOf(clock.start('eu-jc', j('DE'), at))).toEqual({ finalResponse: '2027-01-15' });
    expect(deadlinesOf(clock.start('eu-jc', j('DE-BY'), at))).toEqual({ finalResponse: '2027-01-18' });
  });

  it('takes the member-state table from configuration', () => {
    const configured = new RegulatoryClock({
      euJcMilestones: {
        DE: [
          {
            milestone: 'finalResponse',
            count: { days: 30, unit: 'calendar' },
            isObligation: true,
            basis: 'configured',
          },
        ],
      },
    });
    expect(deadlinesOf(configured.start('eu-jc', j('DE'), new Date('2026-12-23T10:00:00Z')))).toEqual({
      finalResponse: '2027-01-22',
    });
  });
});

describe('on time and end of day', () => {
  const clock = new RegulatoryClock();
  const state = clock.start('cn-nfra', j('CN'), new Date('2026-07-01T01:00:00Z'));

  it('is on time until the end of the due date in the jurisdiction zone', () => {
    // 22 Jul 2026 ends at 16:00 UTC (midnight in Shanghai).
    expect(endOf('2026-07-22', 'Asia/Shanghai').toISOString()).toBe('2026-07-22T16:00:00.000Z');
    expect(isOnTime(state, '2026-07-22', new Date('2026-07-22T15:59:59Z'))).toBe(true);
    expect(isOnTime(state, '2026-07-22', new Date('2026-07-22T16:00:00Z'))).toBe(false);
  });

  it('records each milestone met once, with whether it was on time', () => {
    const first = meetMilestones(state, ['response'], new Date('2026-07-23T02:00:00Z'));
    expect(first.met).toEqual([{ milestone: 'response', deadline: '2026-07-22', isOnTime: false }]);
    expect(meetMilestones(first.state, ['response'], new Date('2026-07-24T02:00:00Z')).met).toEqual([]);
  });

  it('never shortens a deadline when a change would move it earlier', () => {
    const [complex] = EXTENSION_RULES['cn-nfra'] ?? [];
    if (!complex) throw new Error('missing rule');
    const shorter = { ...complex, count: { days: 5, unit: 'business' as const } };
    expect(clock.change(state, j('CN'), shorter).change.newDeadline).toBe('2026-07-22');
  });
});
