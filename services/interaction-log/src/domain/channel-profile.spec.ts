import { compareStatedAndObserved, type ObservedUse } from './channel-profile';

const observed = (overrides: Partial<ObservedUse>): ObservedUse => ({
  interactions: 1,
  channels: {},
  languages: {},
  hours: Array<number>(24).fill(0),
  ...overrides,
});

const at = (hour: number, count = 1) => {
  const hours = Array<number>(24).fill(0);
  hours[hour] = count;
  return hours;
};

describe('compareStatedAndObserved', () => {
  it('finds nothing to flag without interactions', () => {
    expect(compareStatedAndObserved({ preferredChannels: ['sms'] }, observed({ interactions: 0 }))).toEqual(
      [],
    );
  });

  it('flags a contact channel used but not stated, and a stated one never used', () => {
    const codes = compareStatedAndObserved(
      { preferredChannels: ['email'] },
      observed({ interactions: 2, channels: { whatsapp: 2 }, hours: at(10, 2) }),
    ).map((d) => d.code);
    expect(codes).toEqual(['CHANNEL_NOT_STATED', 'STATED_CHANNEL_UNUSED']);
  });

  it('does not compare touchpoint-only channels such as web with contact channels', () => {
    const differences = compareStatedAndObserved(
      { preferredChannels: ['email'] },
      observed({ channels: { web: 1, email: 1 }, interactions: 2, hours: at(10, 2) }),
    );
    expect(differences).toEqual([]);
  });

  it('compares languages by their primary subtag', () => {
    const same = compareStatedAndObserved(
      { preferredChannels: [], locale: 'en-GB' },
      observed({ languages: { en: 1, 'en-US': 1 }, interactions: 2 }),
    );
    expect(same).toEqual([]);
    const different = compareStatedAndObserved(
      { preferredChannels: [], locale: 'zh-Hant-TW' },
      observed({ languages: { en: 2, 'zh-Hant': 1 }, interactions: 3 }),
    );
    expect(different.map((d) => d.code)).toEqual(['LANGUAGE_DIFFERS']);
  });

  it('counts interactions outside the stated hours, also for windows across midnight', () => {
    const evening = { start: '18:00', end: '02:00' };
    expect(
      compareStatedAndObserved({ preferredChannels: [], contactHours: evening }, observed({ hours: at(23) })),
    ).toEqual([]);
    expect(
      compareStatedAndObserved({ preferredChannels: [], contactHours: evening }, observed({ hours: at(12) })),
    ).toEqual([expect.objectContaining({ code: 'OUTSIDE_CONTACT_HOURS' })]);
    expect(
      compareStatedAndObserved(
        { preferredChannels: [], contactHours: { start: '09:00', end: '21:00' } },
        observed({ hours: at(21) }),
      ),
    ).toEqual([
      expect.objectContaining({ detail: '1 of 1 interaction(s) outside the stated hours 09:00–21:00' }),
    ]);
  });
});
